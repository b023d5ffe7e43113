/**
 * Shape of the compact COG asset (static/data/cog.json) written by scripts/build-cog.ts and read by
 * buildCogIndex. Arrays and one-letter keys keep it small; coordinates are integers (degrees × 1e4).
 */

export const COG_ASSET_VERSION = 1;

/** [code, name, chef-lieu commune code] */
export type CogRegionRow = [string, string, string];
/** [code, name, région code, chef-lieu commune code] */
export type CogDepartementRow = [string, string, string, string];
/** [SIREN, official name, type (CC, CA, CU, METRO, MET69)] — members are found through CogCommunes.e */
export type CogEpciRow = [string, string, string];
/**
 * A commune that is not a current one: [code, name, kind, current commune code, lon×1e4|null, lat×1e4|null, population|null].
 * kind: 'd' commune déléguée, 'a' commune associée, 'm' arrondissement municipal (Paris, Lyon, Marseille).
 */
export type CogSubRow = [string, string, 'd' | 'a' | 'm', string, number | null, number | null, number | null];
/** Another name of a populated place inside a current commune (GeoNames): [name, commune code, lon×1e4, lat×1e4, population]. */
export type CogPlaceRow = [string, string, number, number, number];

/** Current communes, column-wise (same index in every array). */
export interface CogCommunes {
	code: string[];
	name: string[];
	/** Municipal population (COG), 0 when unknown. */
	pop: number[];
	/** lon × 1e4 and lat × 1e4. */
	x: number[];
	y: number[];
	/**
	 * Per commune, one character: 'g' its own place in the gazetteer; approximate fallbacks: 'e' centroid of its EPCI's
	 * located members, 'd' its département's chef-lieu (or its territory's main place overseas); 'n' none (x = y = 0).
	 */
	src: string;
	/** Index in CogAsset.e of the commune's EPCI, -1 when none. */
	e: number[];
}

export interface CogAsset {
	v: typeof COG_ASSET_VERSION;
	/** Provenance, shown in the app's sources. */
	sources: string[];
	r: CogRegionRow[];
	d: CogDepartementRow[];
	c: CogCommunes;
	e: CogEpciRow[];
	s: CogSubRow[];
	g: CogPlaceRow[];
}

/** Département code of a commune code ("34172" → "34", "2A004" → "2A", "97411" → "974"). */
export function departementOfCommune(code: string): string {
	return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}
