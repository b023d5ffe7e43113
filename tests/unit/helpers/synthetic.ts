/**
 * Seeded generator of SYNTHETIC cooperation records, for development, tests and benchmarks only.
 * Every dataset it makes has an id starting with "synthetic" and a title saying so: never ship it as real.
 * Places are real (communes with their INSEE codes, foreign cities with approximate coordinates);
 * the links between them, titles, years and calls are invented.
 *
 * @example const atlas = syntheticAtlas(42, 100_000); // same seed → same atlas
 */
import type { Atlas, CallKind, CoopRecord, Dataset, FrenchEntity, FrenchKind, LinkType, Partner } from '../../../src/lib/data/model';
import { normKey } from '../../../src/lib/data/text';
import { REGION_NAMES as REGIONS } from '../../../src/lib/data/regions';

/** [INSEE code, name, département code, département name, région code, lon, lat] */
type CommuneRow = [string, string, string, string, string, number, number];

const COMMUNES: CommuneRow[] = [
	['75056', 'Paris', '75', 'Paris', '11', 2.352, 48.857],
	['92050', 'Nanterre', '92', 'Hauts-de-Seine', '11', 2.206, 48.892],
	['93066', 'Saint-Denis', '93', 'Seine-Saint-Denis', '11', 2.358, 48.936],
	['94028', 'Créteil', '94', 'Val-de-Marne', '11', 2.455, 48.79],
	['13055', 'Marseille', '13', 'Bouches-du-Rhône', '93', 5.37, 43.296],
	['13001', 'Aix-en-Provence', '13', 'Bouches-du-Rhône', '93', 5.447, 43.529],
	['13004', 'Arles', '13', 'Bouches-du-Rhône', '93', 4.63, 43.677],
	['06088', 'Nice', '06', 'Alpes-Maritimes', '93', 7.262, 43.71],
	['83137', 'Toulon', '83', 'Var', '93', 5.928, 43.124],
	['84007', 'Avignon', '84', 'Vaucluse', '93', 4.806, 43.949],
	['05061', 'Gap', '05', 'Hautes-Alpes', '93', 6.079, 44.559],
	['69123', 'Lyon', '69', 'Rhône', '84', 4.835, 45.764],
	['69266', 'Villeurbanne', '69', 'Rhône', '84', 4.88, 45.766],
	['38185', 'Grenoble', '38', 'Isère', '84', 5.724, 45.188],
	['42218', 'Saint-Étienne', '42', 'Loire', '84', 4.387, 45.434],
	['63113', 'Clermont-Ferrand', '63', 'Puy-de-Dôme', '84', 3.087, 45.778],
	['63430', 'Thiers', '63', 'Puy-de-Dôme', '84', 3.548, 45.856],
	['74010', 'Annecy', '74', 'Haute-Savoie', '84', 6.129, 45.899],
	['73065', 'Chambéry', '73', 'Savoie', '84', 5.918, 45.564],
	['26362', 'Valence', '26', 'Drôme', '84', 4.892, 44.933],
	['03310', 'Vichy', '03', 'Allier', '84', 3.426, 46.128],
	['43157', 'Le Puy-en-Velay', '43', 'Haute-Loire', '84', 3.885, 45.043],
	['31555', 'Toulouse', '31', 'Haute-Garonne', '76', 1.444, 43.605],
	['34172', 'Montpellier', '34', 'Hérault', '76', 3.877, 43.611],
	['34032', 'Béziers', '34', 'Hérault', '76', 3.215, 43.344],
	['34301', 'Sète', '34', 'Hérault', '76', 3.697, 43.403],
	['30189', 'Nîmes', '30', 'Gard', '76', 4.36, 43.837],
	['30029', 'Barjac', '30', 'Gard', '76', 4.35, 44.307],
	['81065', 'Castres', '81', 'Tarn', '76', 2.241, 43.606],
	['81004', 'Albi', '81', 'Tarn', '76', 2.148, 43.929],
	['66136', 'Perpignan', '66', 'Pyrénées-Orientales', '76', 2.895, 42.699],
	['11069', 'Carcassonne', '11', 'Aude', '76', 2.353, 43.213],
	['82121', 'Montauban', '82', 'Tarn-et-Garonne', '76', 1.355, 44.018],
	['65440', 'Tarbes', '65', 'Hautes-Pyrénées', '76', 0.078, 43.233],
	['12202', 'Rodez', '12', 'Aveyron', '76', 2.575, 44.35],
	['46042', 'Cahors', '46', 'Lot', '76', 1.442, 44.448],
	['33063', 'Bordeaux', '33', 'Gironde', '75', -0.579, 44.838],
	['64445', 'Pau', '64', 'Pyrénées-Atlantiques', '75', -0.37, 43.295],
	['64102', 'Bayonne', '64', 'Pyrénées-Atlantiques', '75', -1.475, 43.493],
	['87085', 'Limoges', '87', 'Haute-Vienne', '75', 1.262, 45.834],
	['86194', 'Poitiers', '86', 'Vienne', '75', 0.34, 46.58],
	['17300', 'La Rochelle', '17', 'Charente-Maritime', '75', -1.151, 46.16],
	['16015', 'Angoulême', '16', 'Charente', '75', 0.156, 45.649],
	['24322', 'Périgueux', '24', 'Dordogne', '75', 0.721, 45.184],
	['47001', 'Agen', '47', 'Lot-et-Garonne', '75', 0.62, 44.203],
	['79191', 'Niort', '79', 'Deux-Sèvres', '75', -0.459, 46.324],
	['44109', 'Nantes', '44', 'Loire-Atlantique', '52', -1.554, 47.218],
	['49007', 'Angers', '49', 'Maine-et-Loire', '52', -0.551, 47.478],
	['49099', 'Cholet', '49', 'Maine-et-Loire', '52', -0.879, 47.06],
	['72181', 'Le Mans', '72', 'Sarthe', '52', 0.199, 48.006],
	['53130', 'Laval', '53', 'Mayenne', '52', -0.771, 48.073],
	['85191', 'La Roche-sur-Yon', '85', 'Vendée', '52', -1.426, 46.67],
	['35238', 'Rennes', '35', 'Ille-et-Vilaine', '53', -1.678, 48.117],
	['35288', 'Saint-Malo', '35', 'Ille-et-Vilaine', '53', -2.007, 48.649],
	['29019', 'Brest', '29', 'Finistère', '53', -4.486, 48.39],
	['29232', 'Quimper', '29', 'Finistère', '53', -4.097, 47.996],
	['56121', 'Lorient', '56', 'Morbihan', '53', -3.366, 47.748],
	['56260', 'Vannes', '56', 'Morbihan', '53', -2.76, 47.658],
	['22278', 'Saint-Brieuc', '22', "Côtes-d'Armor", '53', -2.765, 48.514],
	['76540', 'Rouen', '76', 'Seine-Maritime', '28', 1.099, 49.443],
	['76351', 'Le Havre', '76', 'Seine-Maritime', '28', 0.108, 49.494],
	['14118', 'Caen', '14', 'Calvados', '28', -0.37, 49.182],
	['50129', 'Cherbourg-en-Cotentin', '50', 'Manche', '28', -1.622, 49.639],
	['61001', 'Alençon', '61', 'Orne', '28', 0.093, 48.432],
	['27229', 'Évreux', '27', 'Eure', '28', 1.151, 49.024],
	['59350', 'Lille', '59', 'Nord', '32', 3.057, 50.629],
	['59183', 'Dunkerque', '59', 'Nord', '32', 2.377, 51.034],
	['59606', 'Valenciennes', '59', 'Nord', '32', 3.523, 50.357],
	['62193', 'Calais', '62', 'Pas-de-Calais', '32', 1.858, 50.951],
	['62041', 'Arras', '62', 'Pas-de-Calais', '32', 2.78, 50.291],
	['80021', 'Amiens', '80', 'Somme', '32', 2.296, 49.894],
	['60057', 'Beauvais', '60', 'Oise', '32', 2.08, 49.43],
	['02691', 'Saint-Quentin', '02', 'Aisne', '32', 3.287, 49.847],
	['67482', 'Strasbourg', '67', 'Bas-Rhin', '44', 7.752, 48.573],
	['68224', 'Mulhouse', '68', 'Haut-Rhin', '44', 7.338, 47.75],
	['68066', 'Colmar', '68', 'Haut-Rhin', '44', 7.358, 48.079],
	['57463', 'Metz', '57', 'Moselle', '44', 6.176, 49.119],
	['54395', 'Nancy', '54', 'Meurthe-et-Moselle', '44', 6.184, 48.692],
	['51454', 'Reims', '51', 'Marne', '44', 4.032, 49.258],
	['51108', 'Châlons-en-Champagne', '51', 'Marne', '44', 4.363, 48.957],
	['10387', 'Troyes', '10', 'Aube', '44', 4.074, 48.297],
	['88160', 'Épinal', '88', 'Vosges', '44', 6.449, 48.172],
	['21231', 'Dijon', '21', "Côte-d'Or", '27', 5.041, 47.322],
	['25056', 'Besançon', '25', 'Doubs', '27', 6.024, 47.238],
	['90010', 'Belfort', '90', 'Territoire de Belfort', '27', 6.863, 47.639],
	['89024', 'Auxerre', '89', 'Yonne', '27', 3.567, 47.798],
	['45234', 'Orléans', '45', 'Loiret', '24', 1.909, 47.903],
	['37261', 'Tours', '37', 'Indre-et-Loire', '24', 0.689, 47.394],
	['18033', 'Bourges', '18', 'Cher', '24', 2.398, 47.081],
	['28085', 'Chartres', '28', 'Eure-et-Loir', '24', 1.489, 48.446],
	['41018', 'Blois', '41', 'Loir-et-Cher', '24', 1.335, 47.586],
	['2A004', 'Ajaccio', '2A', 'Corse-du-Sud', '94', 8.738, 41.919],
	['2B033', 'Bastia', '2B', 'Haute-Corse', '94', 9.45, 42.697],
	['97120', 'Pointe-à-Pitre', '971', 'Guadeloupe', '01', -61.534, 16.241],
	['97209', 'Fort-de-France', '972', 'Martinique', '02', -61.073, 14.616],
	['97302', 'Cayenne', '973', 'Guyane', '03', -52.33, 4.922],
	['97411', 'Saint-Denis', '974', 'La Réunion', '04', 55.448, -20.882],
	['97611', 'Mamoudzou', '976', 'Mayotte', '06', 45.227, -12.78]
];

/** [SIREN, name, index of its seat in COMMUNES] */
const EPCIS: [string, string, number][] = [
	['243400017', 'Montpellier Méditerranée Métropole', 23],
	['243100518', 'Toulouse Métropole', 22],
	['243100633', 'Sicoval', 22],
	['200046977', 'Métropole de Lyon', 11],
	['243300316', 'Bordeaux Métropole', 36],
	['200093201', 'Métropole Européenne de Lille', 65],
	['244400404', 'Nantes Métropole', 46],
	['246700488', 'Eurométropole de Strasbourg', 73],
	['243500139', 'Rennes Métropole', 52],
	['200040715', 'Grenoble-Alpes-Métropole', 13]
];

/** [ISO, French name, English name, continent, cities as [name, lon, lat]] */
type CountryRow = [string, string, string, string, [string, number, number][]];
const COUNTRIES: CountryRow[] = [
	['DE', 'Allemagne', 'Germany', 'EU', [['Stuttgart', 9.18, 48.78], ['Mainz', 8.27, 50.0], ['Freiburg im Breisgau', 7.85, 47.99], ['Würzburg', 9.93, 49.79], ['Bamberg', 10.89, 49.89]]],
	['IT', 'Italie', 'Italy', 'EU', [['Padova', 11.88, 45.41], ['Firenze', 11.25, 43.77], ['Bologna', 11.34, 44.49], ['Torino', 7.69, 45.07]]],
	['ES', 'Espagne', 'Spain', 'EU', [['Barcelona', 2.17, 41.39], ['Sevilla', -5.98, 37.39], ['Zaragoza', -0.88, 41.65], ['Girona', 2.82, 41.98]]],
	['GB', 'Royaume-Uni', 'United Kingdom', 'EU', [['Bristol', -2.59, 51.45], ['Exeter', -3.53, 50.72], ['Cardiff', -3.18, 51.48], ['Edinburgh', -3.19, 55.95]]],
	['BE', 'Belgique', 'Belgium', 'EU', [['Namur', 4.87, 50.47], ['Liège', 5.57, 50.63], ['Gent', 3.72, 51.05]]],
	['CH', 'Suisse', 'Switzerland', 'EU', [['Montreux', 6.91, 46.43], ['Fribourg', 7.16, 46.8], ['Lausanne', 6.63, 46.52]]],
	['PL', 'Pologne', 'Poland', 'EU', [['Kraków', 19.94, 50.06], ['Wrocław', 17.03, 51.11], ['Łódź', 19.46, 51.76]]],
	['RO', 'Roumanie', 'Romania', 'EU', [['Iași', 27.59, 47.16], ['Cluj-Napoca', 23.6, 46.77], ['Timișoara', 21.23, 45.75]]],
	['AM', 'Arménie', 'Armenia', 'AS', [['Sevan', 44.95, 40.55], ['Gyumri', 43.85, 40.79], ['Vanadzor', 44.49, 40.81]]],
	['PS', 'Palestine', 'Palestine', 'AS', [['Béthléem', 35.2, 31.7], ['Naplouse', 35.26, 32.22], ['Hébron', 35.1, 31.53], ['Jéricho', 35.46, 31.86]]],
	['LB', 'Liban', 'Lebanon', 'AS', [['Byblos', 35.65, 34.12], ['Tripoli', 35.84, 34.44], ['Zahlé', 35.9, 33.85]]],
	['JP', 'Japon', 'Japan', 'AS', [['Kanazawa', 136.66, 36.56], ['Kyoto', 135.77, 35.01], ['Sendai', 140.87, 38.27]]],
	['CN', 'Chine', 'China', 'AS', [['Wuhan', 114.3, 30.59], ['Chengdu', 104.07, 30.57], ['Xi’an', 108.94, 34.34]]],
	['VN', 'Viêt Nam', 'Viet Nam', 'AS', [['Huế', 107.59, 16.46], ['Hải Phòng', 106.68, 20.86], ['Đà Nẵng', 108.2, 16.05]]],
	['KH', 'Cambodge', 'Cambodia', 'AS', [['Siem Reap', 103.86, 13.36], ['Battambang', 103.2, 13.1]]],
	['IN', 'Inde', 'India', 'AS', [['Pondichéry', 79.81, 11.94], ['Jaipur', 75.79, 26.91]]],
	['SN', 'Sénégal', 'Senegal', 'AF', [['Bargny', -17.22, 14.7], ['Gandon', -16.43, 15.98], ['Saint-Louis', -16.49, 16.03], ['Ziguinchor', -16.27, 12.58], ['Podor', -14.96, 16.65]]],
	['ML', 'Mali', 'Mali', 'AF', [['Kayes', -11.44, 14.45], ['Ségou', -6.26, 13.43], ['Koutiala', -5.46, 12.39], ['Mopti', -4.2, 14.49]]],
	['BF', 'Burkina Faso', 'Burkina Faso', 'AF', [['Ouahigouya', -2.42, 13.58], ['Bobo-Dioulasso', -4.3, 11.18], ['Koudougou', -2.36, 12.25]]],
	['BJ', 'Bénin', 'Benin', 'AF', [['Bohicon', 2.07, 7.18], ['Abomey', 1.99, 7.18], ['Porto-Novo', 2.6, 6.5]]],
	['MA', 'Maroc', 'Morocco', 'AF', [['Agadir', -9.6, 30.43], ['Fès', -5.0, 34.03], ['Essaouira', -9.77, 31.51]]],
	['TN', 'Tunisie', 'Tunisia', 'AF', [['Sousse', 10.64, 35.83], ['Sfax', 10.76, 34.74], ['Monastir', 10.83, 35.78]]],
	['MG', 'Madagascar', 'Madagascar', 'AF', [['Fianarantsoa', 47.09, -21.45], ['Antsirabe', 47.03, -19.87], ['Mahajanga', 46.32, -15.72]]],
	['RW', 'Rwanda', 'Rwanda', 'AF', [['Huye', 29.74, -2.6], ['Musanze', 29.63, -1.5]]],
	['NE', 'Niger', 'Niger', 'AF', [['Maradi', 7.1, 13.5], ['Zinder', 8.99, 13.8]]],
	['CM', 'Cameroun', 'Cameroon', 'AF', [['Dschang', 10.05, 5.45], ['Bafoussam', 10.42, 5.48]]],
	['CI', 'Côte d’Ivoire', "Côte d'Ivoire", 'AF', [['Bouaké', -5.03, 7.69], ['Korhogo', -5.63, 9.46]]],
	['HT', 'Haïti', 'Haiti', 'NA', [['Jacmel', -72.53, 18.23], ['Cap-Haïtien', -72.2, 19.76]]],
	['CA', 'Canada', 'Canada', 'NA', [['Québec', -71.21, 46.81], ['Sherbrooke', -71.89, 45.4], ['Moncton', -64.78, 46.09]]],
	['US', 'États-Unis', 'United States', 'NA', [['New Orleans', -90.07, 29.95], ['Louisville', -85.76, 38.25], ['Sacramento', -121.49, 38.58]]],
	['MX', 'Mexique', 'Mexico', 'NA', [['Puebla', -98.2, 19.04], ['Guanajuato', -101.26, 21.02], ['Oaxaca', -96.73, 17.06]]],
	['BR', 'Brésil', 'Brazil', 'SA', [['Curitiba', -49.27, -25.43], ['Belo Horizonte', -43.94, -19.92], ['Recife', -34.88, -8.05]]],
	['AR', 'Argentine', 'Argentina', 'SA', [['Tandil', -59.13, -37.32], ['Mendoza', -68.83, -32.89], ['Rosario', -60.64, -32.95]]],
	['CO', 'Colombie', 'Colombia', 'SA', [['Aratoca', -73.02, 6.69], ['Medellín', -75.57, 6.24]]],
	['CL', 'Chili', 'Chile', 'SA', [['Valparaíso', -71.62, -33.05], ['Concepción', -73.05, -36.83]]],
	['AU', 'Australie', 'Australia', 'OC', [['Adelaide', 138.6, -34.93], ['Hobart', 147.33, -42.88]]],
	['VU', 'Vanuatu', 'Vanuatu', 'OC', [['Port-Vila', 168.32, -17.73], ['Luganville', 167.17, -15.51]]],
	['NZ', 'Nouvelle-Zélande', 'New Zealand', 'OC', [['Christchurch', 172.64, -43.53], ['Nelson', 173.28, -41.27]]]
];

const THEMES = [
	'eau et assainissement',
	'culture',
	'jeunesse',
	'éducation',
	'santé',
	'agriculture',
	'développement économique',
	'climat',
	'gouvernance locale',
	'égalité femmes-hommes',
	'sport',
	'numérique',
	'francophonie',
	'tourisme durable',
	'énergies renouvelables'
];

const CALLS: [string, CallKind][] = [
	['Généraliste', 'generaliste'],
	['Jeunesse', 'thematique'],
	['Climat', 'thematique'],
	['Sport', 'thematique'],
	['Égalité femmes-hommes', 'thematique'],
	['Franco-sénégalais', 'bilateral'],
	['Franco-palestinien', 'bilateral'],
	['Franco-marocain', 'bilateral'],
	['Franco-argentin', 'bilateral']
];

const SYLLABLES = ['ka', 'ro', 'mi', 'ta', 'lo', 'ne', 'sa', 'bu', 'di', 'ga', 'ze', 'ko', 'ri', 'an', 'vel', 'dor', 'ba', 'su'];

export const SYNTHETIC_DATASETS: Dataset[] = [
	ds('synthetic-jumelages', 'Données synthétiques — jumelages (générées, non réelles)'),
	ds('synthetic-partenariats', 'Données synthétiques — coopérations (générées, non réelles)'),
	ds('synthetic-laureats', 'Données synthétiques — lauréats (générées, non réelles)')
];

function ds(id: string, title: string): Dataset {
	return {
		id,
		title,
		licence: 'none — synthetic',
		sourceUrl: null,
		date: '2026-01-01',
		description: 'Generated by syntheticAtlas() for development, tests and benchmarks. Not real data.'
	};
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Builds `nLinks` synthetic records (one per link, some with several partners) from `seed`. */
export function syntheticAtlas(seed: number, nLinks: number): Atlas {
	const r = rng(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
	// Skewed pick: big cities and close countries are over-represented, as in real data.
	const skew = <T>(xs: readonly T[]): T => xs[Math.floor(Math.pow(r(), 1.8) * xs.length)];
	const partnerPool = makePartnerPool(r, Math.max(50, Math.round(nLinks / 6)));
	const records: CoopRecord[] = [];
	let link = 0;
	for (let line = 2; link < nLinks; line++) {
		const roll = r();
		const linkType: LinkType =
			roll < 0.55 ? 'jumelage' : roll < 0.8 ? 'cooperation_decentralisee' : roll < 0.93 ? 'laureat_aap' : roll < 0.97 ? 'pacte_amitie' : 'autre';
		const dataset = linkType === 'jumelage' ? 'synthetic-jumelages' : linkType === 'laureat_aap' ? 'synthetic-laureats' : 'synthetic-partenariats';
		const nPartners = Math.min(nLinks - link, linkType === 'laureat_aap' && r() < 0.25 ? 2 + Math.floor(r() * 4) : 1);
		const partners: Partner[] = [];
		for (let i = 0; i < nPartners; i++) partners.push(skew(partnerPool));
		link += nPartners;
		const french = [frenchEntity(r, skew)];
		if (linkType !== 'jumelage' && r() < 0.08) french.push(frenchEntity(r, skew));
		const year = r() < 0.12 ? null : linkType === 'jumelage' ? 1950 + Math.floor(r() * 75) : 2005 + Math.floor(r() * 21);
		const [callName, callKind] = pick(CALLS);
		const call = linkType === 'laureat_aap' && year ? { name: `${callName} ${year}`, year, kind: callKind } : null;
		const themes = linkType === 'jumelage' ? [] : [skew(THEMES), ...(r() < 0.4 ? [pick(THEMES)] : [])].filter((t, i, a) => a.indexOf(t) === i);
		const title = linkType === 'jumelage' ? null : `${themes[0] ?? 'coopération'} : ${french[0].name} et ${partners[0].name}`;
		const datasetTitle = SYNTHETIC_DATASETS.find((d) => d.id === dataset)!.title;
		records.push({
			id: `${dataset}:${line}`,
			french,
			partners,
			title,
			themes,
			year,
			yearEnd: null,
			call,
			linkType,
			source: { dataset, datasetTitle, url: null, licence: 'none — synthetic', file: `${dataset}.csv`, line },
			remark: 'synthetic'
		});
	}
	return { datasets: SYNTHETIC_DATASETS.map((d) => ({ ...d })), records, figures: [] };
}

function frenchEntity(r: () => number, skew: <T>(xs: readonly T[]) => T): FrenchEntity {
	const roll = r();
	if (roll < 0.08) {
		const [siren, name, seat] = EPCIS[Math.floor(r() * EPCIS.length)];
		return fromCommune(COMMUNES[seat], 'epci', siren, name);
	}
	const c = skew(COMMUNES);
	if (roll < 0.12) return fromCommune(c, 'departement', c[2], c[3]);
	if (roll < 0.15) return fromCommune(c, 'region', c[4], REGIONS[c[4]]);
	return fromCommune(c, 'commune', c[0], c[1]);
}

function fromCommune(c: CommuneRow, kind: FrenchKind, code: string, name: string): FrenchEntity {
	return {
		name,
		officialName: name,
		kind,
		code,
		departement: kind === 'region' ? null : c[2],
		departementName: kind === 'region' ? null : c[3],
		region: c[4],
		regionName: REGIONS[c[4]],
		lon: c[5],
		lat: c[6],
		coordSource: 'cog'
	};
}

/** Real cities, then invented names scattered around them; a few country-level and unresolved ones. */
function makePartnerPool(r: () => number, size: number): Partner[] {
	const pool: Partner[] = [];
	for (const [iso, fr, en, , cities] of COUNTRIES)
		for (const [name, lon, lat] of cities) pool.push(partner(name, iso, fr, en, lon, lat, 'city'));
	while (pool.length < size) {
		const [iso, fr, en, , cities] = COUNTRIES[Math.floor(r() * COUNTRIES.length)];
		const [, lon, lat] = cities[Math.floor(r() * cities.length)];
		const n = 2 + Math.floor(r() * 2);
		let name = '';
		for (let i = 0; i < n; i++) name += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
		name = name[0].toUpperCase() + name.slice(1);
		const roll = r();
		if (roll < 0.03) pool.push(partner(name, iso, fr, en, cities[0][1], cities[0][2], 'country'));
		else if (roll < 0.04) pool.push(partner(name, null, null, null, null, null, 'unresolved'));
		else pool.push(partner(name, iso, fr, en, lon + (r() - 0.5) * 3, lat + (r() - 0.5) * 2, 'city'));
	}
	return pool;
}

function partner(
	name: string,
	country: string | null,
	countryFr: string | null,
	countryEn: string | null,
	lon: number | null,
	lat: number | null,
	precision: Partner['precision']
): Partner {
	return { name, normName: normKey(name), country, countryFr, countryEn, lon, lat, precision, matchedPlace: null };
}

/** Continent of a synthetic country (tests use it where the real country table is not needed). */
export function syntheticContinent(iso: string): string | null {
	return COUNTRIES.find((c) => c[0] === iso)?.[3] ?? null;
}
