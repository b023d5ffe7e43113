/**
 * Names the COG does not carry but real files use, each mapped to a current code. Keys are written
 * naturally and matched through normKey (accents, case, hyphens, apostrophes do not matter).
 * Keep this table small: general rules (prefixes, suffixes, communes déléguées, EPCI name cores)
 * live in french-names.ts and french.ts; only names that no rule can reach belong here.
 */

/** Régions before the 2016 merger, usual short forms and English names → current région code. */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
	Alsace: '44',
	Lorraine: '44',
	'Champagne-Ardenne': '44',
	'Alsace-Champagne-Ardenne-Lorraine': '44',
	ACAL: '44',
	Aquitaine: '75',
	Limousin: '75',
	'Poitou-Charentes': '75',
	'Aquitaine-Limousin-Poitou-Charentes': '75',
	'Nouvelle Aquitaine': '75',
	Auvergne: '84',
	'Rhône-Alpes': '84',
	'Rhône-Alpes-Auvergne': '84',
	AURA: '84',
	Bourgogne: '27',
	'Franche-Comté': '27',
	Burgundy: '27',
	'Basse-Normandie': '28',
	'Haute-Normandie': '28',
	'Lower Normandy': '28',
	'Upper Normandy': '28',
	Normandy: '28',
	Centre: '24',
	'Région Centre': '24',
	'Languedoc-Roussillon': '76',
	'Midi-Pyrénées': '76',
	'Languedoc-Roussillon-Midi-Pyrénées': '76',
	'Occitanie Pyrénées-Méditerranée': '76',
	'Nord-Pas-de-Calais': '32',
	Picardie: '32',
	Picardy: '32',
	'Nord-Pas-de-Calais-Picardie': '32',
	PACA: '93',
	Sud: '93',
	'Région Sud': '93',
	'Sud-PACA': '93',
	'Provence-Alpes-Côte d’Azur': '93',
	Brittany: '53',
	Corsica: '94',
	'Collectivité de Corse': '94',
	IDF: '11',
	'Paris Region': '11',
	Réunion: '04'
};

/** Exonyms used in English-language sources → INSEE commune code. */
export const COMMUNE_ALIASES: Readonly<Record<string, string>> = {
	Dunkirk: '59183',
	Lyons: '69123',
	Marseilles: '13055',
	Rheims: '51454',
	Strasburg: '67482',
	Strassburg: '67482'
};

/** English names of départements → département code. */
export const DEPARTEMENT_ALIASES: Readonly<Record<string, string>> = {
	Savoy: '73',
	'Upper Savoy': '74',
	'Haute Savoy': '74'
};

/** Former names of EPCI that neither their name core nor their seat commune reach → current SIREN. */
export const EPCI_ALIASES: Readonly<Record<string, string>> = {
	'Brest Métropole Océane': '242900314',
	'Communauté urbaine de Brest': '242900314',
	'Chalon Val de Bourgogne': '247100589',
	'Communauté d’agglomération Chalon Val de Bourgogne': '247100589',
	'Grand Lyon': '200046977',
	CUB: '243300316',
	'Communauté urbaine de Bordeaux': '243300316'
};
