/**
 * Shapes of the four static geocoding assets (written by scripts/build-gazetteer.ts, loaded lazily
 * by the worker) and the parsing of the compact places text.
 */

export const PLACES_FORMAT = 'atlas-gazetteer-places/1';
export const ADMIN1_FORMAT = 'atlas-gazetteer-admin1/1';
export const CENTROIDS_FORMAT = 'atlas-country-centroids/1';

interface Provenance {
	format: string;
	source: string;
	licence: string;
	built: string;
}

/**
 * static/data/gazetteer.tsv, as text (TSV, not JSON: JSON would escape every tab and newline).
 * Lines starting with "#" carry the format and provenance. Places are grouped by country: a line
 * "=DE" switches the country; a place line is
 * `name \t latlon \t admin1 \t population class \t ASCII-name key \t alternate keys joined by "|"`
 * (latlon: see decodeLatLon; keys already passed through normKey; a key equal to the name's own is
 * left empty/omitted; population class: see encodePopulation). French places are left out: partners are foreign.
 */
export type PlacesAsset = string;

/** One admin-1 region: [display name, lat, lon, GeoNames admin-1 code or "", keys joined by "|"]. */
export type Admin1Row = [string, number, number, string, string];

/**
 * One admin-2 area (county, district, municipality): [display name, lat, lon, GeoNames admin-1 code,
 * keys joined by "|", population class of its towns (see encodePopulation)].
 */
export type Admin2Row = [string, number, number, string, string, string];

/**
 * static/data/admin1.json: Natural Earth admin-1 regions per ISO2 country, at their label points;
 * `admin2`: GeoNames admin-2 areas per ISO2 country, at the population-weighted centroid of their
 * towns, most populous first (absent from assets built before it existed).
 */
export interface Admin1Asset extends Provenance {
	regions: Record<string, Admin1Row[]>;
	admin2?: Record<string, Admin2Row[]>;
	admin2Source?: string;
}

/** static/data/country-centroids.json: one representative point per ISO2: [lon, lat, English name]. */
export interface CountryCentroidsAsset extends Provenance {
	countries: Record<string, [number, number, string]>;
}

/** Everything buildGazetteer needs: the TSVs' text and the two JSON files, parsed. */
export interface GazetteerAsset {
	places: PlacesAsset;
	admin1: Admin1Asset;
	countries: CountryCentroidsAsset;
	/**
	 * static/data/localities.tsv, same line format as `places` (population class: number of postal
	 * codes): GeoNames postal place names nothing else goes by, looked up last (scripts/build-localities.ts).
	 */
	localities?: PlacesAsset;
}

/** Public paths of the assets under the site's base path. */
export const GAZETTEER_FILES = {
	places: 'data/gazetteer.tsv',
	admin1: 'data/admin1.json',
	countries: 'data/country-centroids.json',
	localities: 'data/localities.tsv'
} as const;

/**
 * Each place line of the places text, with its country: "=FR" starts a country's block, "#" lines are
 * comments; `cells` are the line's tab-separated cells (name, lat/lon, then the optional columns).
 */
export function eachPlaceLine(places: PlacesAsset, visit: (country: string, cells: string[]) => void): void {
	let cc = '';
	for (const line of places.split('\n')) {
		if (line.startsWith('=')) cc = line.slice(1);
		else if (cc && line && !line.startsWith('#')) visit(cc, line.split('\t'));
	}
}

/** "8egd9g" → [48.86, 2.35]: hundredths of a degree offset by 90 / 180, three base-36 digits each. */
export function decodeLatLon(s: string): [number, number] {
	return [parseInt(s.slice(0, 3), 36) / 100 - 90, parseInt(s.slice(3, 6), 36) / 100 - 180];
}

/** Population as one base-36 digit, 5 steps per power of ten (≈ ×1.6 each): enough to rank homonyms. */
export function encodePopulation(pop: number): string {
	return pop >= 1 ? Math.min(35, Math.max(1, Math.round(Math.log10(pop) * 5))).toString(36) : '';
}
const POPULATION_CLASSES = Array.from({ length: 36 }, (_, i) => Math.round(10 ** (i / 5)));
export function decodePopulation(s: string): number {
	return s ? POPULATION_CLASSES[parseInt(s, 36)] : 0;
}
