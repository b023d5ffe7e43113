/** The 18 French régions (13 in mainland France, 5 overseas): the one table of their COG codes and current names. */

/** COG région code → current name. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
	'01': 'Guadeloupe',
	'02': 'Martinique',
	'03': 'Guyane',
	'04': 'La Réunion',
	'06': 'Mayotte',
	'11': 'Île-de-France',
	'24': 'Centre-Val de Loire',
	'27': 'Bourgogne-Franche-Comté',
	'28': 'Normandie',
	'32': 'Hauts-de-France',
	'44': 'Grand Est',
	'52': 'Pays de la Loire',
	'53': 'Bretagne',
	'75': 'Nouvelle-Aquitaine',
	'76': 'Occitanie',
	'84': 'Auvergne-Rhône-Alpes',
	'93': "Provence-Alpes-Côte d'Azur",
	'94': 'Corse'
};

export interface RegionInfo {
	code: string;
	name: string;
	overseas: boolean;
}

/** The 18 régions, mainland first then overseas, each by code. */
export const REGIONS: readonly RegionInfo[] = Object.entries(REGION_NAMES)
	.map(([code, name]) => ({ code, name, overseas: code < '10' }))
	.sort((a, b) => Number(a.overseas) - Number(b.overseas) || a.code.localeCompare(b.code));

const REGION_BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** Région by COG code ("76"); also accepts "1" for "01". Null for anything else. */
export function regionByCode(code: string | null | undefined): RegionInfo | null {
	if (!code) return null;
	const c = code.trim();
	return REGION_BY_CODE.get(c) ?? REGION_BY_CODE.get(c.padStart(2, '0')) ?? null;
}
