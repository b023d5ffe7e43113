/**
 * Offline geocoding of foreign partners: given coordinates > gazetteer populated place ('city') >
 * admin-1 region label point or admin-2 area centroid ('region') > a place of the same spelling
 * skeleton > country representative point ('country', approximate).
 * Never throws: whatever it cannot place comes back 'unresolved' with the country it was given.
 */
import type { Precision } from '../model';
import { decodeLatLon, decodePopulation, type GazetteerAsset, type Admin1Row, type Admin2Row } from './asset';
import { normKey } from '../text';
import { analyseName, areaKeys, plainKey, type NameQuery } from './variants';
import { countryByIso, resolveCountry } from '../resolve/countries';
import { greatCircleKm } from '../geo/distance';

export type { GazetteerAsset } from './asset';

export interface PartnerHints {
	lon?: number | null;
	lat?: number | null;
	/**
	 * The partner's country as the file writes it. What it says besides the country ("Algarve,
	 * Portugal", "Azores, Portugal") picks between homonyms like a qualifier in the name.
	 */
	countryText?: string | null;
}
export interface GeocodeResult {
	/** ISO alpha-2: the one given, or inferred from the gazetteer when none was given. */
	country: string | null;
	lon: number | null;
	lat: number | null;
	precision: Precision;
	matchedPlace: string | null;
}

interface Places {
	names: string[];
	lat: Float32Array;
	lon: Float32Array;
	pop: Float64Array;
	country: Uint16Array;
	admin1: string[];
}
interface Region {
	name: string;
	cc: string;
	lat: number;
	lon: number;
	a1: string;
}

export interface Gazetteer {
	readonly _brand: 'Gazetteer';
}
interface GazetteerImpl extends Gazetteer {
	places: Places;
	countries: string[];
	/** key → entry (place index × 2, + 1 when the key is only an alternate name), or -(n + 1) for lists[n]. */
	index: Map<string, number>;
	lists: number[][];
	/** `${cc}|${key}` → regions, and key → regions of every country. */
	regionsByKey: Map<string, Region[]>;
	/** `${cc}|${key}` → admin-2 areas, most populous first. */
	areasByKey: Map<string, Region[]>;
	centroids: GazetteerAsset['countries']['countries'];
	/** Per country, spelling skeleton (see skeleton) → entries: built on first need, for names nothing else placed. */
	skeletons: Map<string, Map<string, number[]>>;
	/**
	 * The localities (postal place names), looked up last: each country's block of the text is parsed
	 * on its first need into a gazetteer of its own sharing the regions (most files never fall that far,
	 * and the whole text is ≈ 460k lines).
	 */
	localText: string | null;
	localBlocks: Map<string, [number, number]> | null;
	localByCountry: Map<string, GazetteerImpl | null>;
	memo: Map<string, GeocodeResult>;
}

/** A country is inferred from a name alone only if its best place outweighs every other country's this much. */
const DOMINANCE = 10;
/**
 * A qualifier picks the homonym nearest to it: within this many km of a region's label point
 * ("Izumi, Kagoshima"), of a town it names ("Agarak (Meghri)"): farther, the homonym is another place.
 */
const REGION_KM = 150;
const TOWN_KM = 50;
const ALT_DISCOUNT = 0.05;
/** Below this population, a town known by a region's name only as an alternate yields to the region. */
const SMALL_TOWN = 2000;
/** Longer cells are not place names; the cap keeps the name analysis linear and cheap. */
const MAX_NAME = 300;

/** Adds an entry under a key: a lone entry is stored as is, homonyms as an index into `lists` (negative). */
function addEntry(index: Map<string, number>, lists: number[][], key: string, e: number): void {
	const cur = index.get(key);
	if (cur === undefined) index.set(key, e);
	else if (cur < 0) {
		const list = lists[-cur - 1];
		if (list[list.length - 1] >> 1 !== e >> 1) list.push(e);
	} else if (cur >> 1 !== e >> 1) index.set(key, -lists.push([cur, e]));
}

function parsePlaces(text: string, index: Map<string, number>, lists: number[][], countries: string[]): Places {
	const lines = text.split('\n');
	const n = lines.length;
	const p: Places = {
		names: [],
		lat: new Float32Array(n),
		lon: new Float32Array(n),
		pop: new Float64Array(n),
		country: new Uint16Array(n),
		admin1: []
	};
	let cc = 0;
	let i = 0;
	for (const line of lines) {
		const first = line.charCodeAt(0);
		if (first === 61 /* = */) {
			cc = countries.push(line.slice(1)) - 1;
			continue;
		}
		if (first === 35 /* # */ || !line) continue;
		const c = line.split('\t');
		p.names.push(c[0]);
		const ll = decodeLatLon(c[1]);
		p.lat[i] = ll[0];
		p.lon[i] = ll[1];
		p.admin1.push(c[2]);
		p.pop[i] = decodePopulation(c[3]);
		p.country[i] = cc;
		addEntry(index, lists, normKey(c[0]), i * 2);
		if (c[4]) addEntry(index, lists, c[4], i * 2);
		if (c[5]) for (const k of c[5].split('|')) addEntry(index, lists, k, i * 2 + 1);
		i++;
	}
	return p;
}

export function buildGazetteer(asset: GazetteerAsset): Gazetteer {
	const index = new Map<string, number>();
	const lists: number[][] = [];
	const countries: string[] = [];
	const places = parsePlaces(typeof asset?.places === 'string' ? asset.places : '', index, lists, countries);
	const regionsByKey = new Map<string, Region[]>();
	for (const [cc, rows] of Object.entries(asset?.admin1?.regions ?? {})) {
		for (const [name, lat, lon, a1, keys] of rows as Admin1Row[]) {
			const r: Region = { name, cc, lat, lon, a1 };
			for (const k of String(keys ?? '').split('|')) {
				for (const key of [`${cc}|${k}`, k]) {
					const list = regionsByKey.get(key);
					if (!list) regionsByKey.set(key, [r]);
					else if (!list.includes(r)) list.push(r);
				}
			}
		}
	}
	const areasByKey = new Map<string, Region[]>();
	for (const [cc, rows] of Object.entries(asset?.admin1?.admin2 ?? {})) {
		for (const [name, lat, lon, a1, keys] of rows as Admin2Row[]) {
			const r: Region = { name, cc, lat, lon, a1 };
			for (const k of String(keys ?? '').split('|')) {
				const list = areasByKey.get(`${cc}|${k}`);
				if (!list) areasByKey.set(`${cc}|${k}`, [r]);
				else if (!list.includes(r)) list.push(r);
			}
		}
	}
	const g: GazetteerImpl = {
		_brand: 'Gazetteer',
		places,
		countries,
		index,
		lists,
		regionsByKey,
		areasByKey,
		centroids: asset?.countries?.countries ?? {},
		skeletons: new Map(),
		localText: typeof asset?.localities === 'string' ? asset.localities : null,
		localBlocks: null,
		localByCountry: new Map(),
		memo: new Map()
	};
	return g;
}

/** Place indices under a key (own names before alternates), in one country or all. */
function entries(g: GazetteerImpl, key: string, cc: string | null): number[] {
	const hit = g.index.get(key);
	if (hit === undefined) return [];
	const list = hit < 0 ? g.lists[-hit - 1] : [hit];
	return cc === null ? list : list.filter((e) => g.countries[g.places.country[e >> 1]] === cc);
}
const place = (e: number) => e >> 1;
/**
 * How likely an entry is the place meant: its population, much discounted when the key is only an
 * alternate name ("York" is an old name of Warner Robins; "Stavropol" of Tolyatti).
 */
function weight(g: GazetteerImpl, e: number): number {
	return (g.places.pop[e >> 1] + 1) * (e & 1 ? ALT_DISCOUNT : 1);
}
function heaviest(g: GazetteerImpl, list: number[]): number {
	return list.reduce((a, b) => (weight(g, b) > weight(g, a) ? b : a));
}

/** Great-circle km, latitude first. */
const km = (lat1: number, lon1: number, lat2: number, lon2: number): number => greatCircleKm(lon1, lat1, lon2, lat2);

/**
 * Picks among homonyms with the qualifiers ("Izumi, Kagoshima", "Chaoyang (Changchun)", "Lagoa,
 * Algarve"): the heaviest one in a qualifier's admin-1 region, else the one nearest to what a
 * qualifier names (a region's label point, a town). When a qualifier names a place of the country
 * but no homonym lies near it, the partner is not any of them ("Dongcheng (Beijing)": a district
 * GeoNames lists as a town only in other provinces): the qualifier's own place is the answer, a town
 * at city precision, a region at region precision. Without qualifiers: the heaviest homonym.
 */
function pick(g: GazetteerImpl, list: number[], cc: string, qualifiers: string[]): number | GeocodeResult {
	const p = g.places;
	let fallback: GeocodeResult | null = null;
	for (const qualifier of qualifiers) {
		// "~wales": from the country cell, a weaker hint than the name's own ("Milford Haven" with
		// country "England" is still the Welsh town): it picks among homonyms, never replaces them.
		const soft = qualifier.startsWith('~');
		const q = soft ? qualifier.slice(1) : qualifier;
		const regions = g.regionsByKey.get(`${cc}|${q}`) ?? [];
		for (const r of regions) {
			const inside = list.filter((e) => r.a1 && p.admin1[place(e)] === r.a1);
			if (inside.length) return place(heaviest(g, inside));
		}
		const towns = entries(g, q, cc);
		const anchors: [number, number, number][] = [
			...regions.map((r): [number, number, number] => [r.lat, r.lon, REGION_KM]),
			...towns.map((e): [number, number, number] => [p.lat[place(e)], p.lon[place(e)], TOWN_KM])
		];
		let best = -1;
		let bestD = Infinity;
		for (const e of list)
			for (const [la, lo, max] of anchors) {
				const d = km(p.lat[place(e)], p.lon[place(e)], la, lo);
				if (d <= max && d < bestD) [best, bestD] = [place(e), d];
			}
		if (best >= 0) return best;
		if (fallback || soft) continue;
		const exactTowns = towns.filter((e) => !(e & 1));
		if (exactTowns.length) fallback = cityResult(g, place(heaviest(g, exactTowns)));
		else if (regions.length) fallback = regionResult(regions[0]);
	}
	return fallback ?? place(heaviest(g, list));
}

function cityResult(g: GazetteerImpl, i: number): GeocodeResult {
	const p = g.places;
	return {
		country: g.countries[p.country[i]],
		lon: round(p.lon[i]),
		lat: round(p.lat[i]),
		precision: 'city',
		matchedPlace: p.names[i]
	};
}
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const regionResult = (r: Region): GeocodeResult => ({ country: r.cc, lon: r.lon, lat: r.lat, precision: 'region', matchedPlace: r.name });
const picked = (g: GazetteerImpl, x: number | GeocodeResult) => (typeof x === 'number' ? cityResult(g, x) : x);

/**
 * The places under a key, unless only alternate names of small or unknown-sized towns carry it
 * while an admin-1 region of the country is called so: "Quang Nam" is a province, and an alternate
 * name of its seat Điện Bàn (no population in GeoNames); "Padua" stays the city.
 */
function townsUnder(g: GazetteerImpl, key: string, cc: string): number[] {
	const list = entries(g, key, cc);
	const minor = (e: number) => (e & 1) === 1 && g.places.pop[e >> 1] < SMALL_TOWN;
	return list.length && list.every(minor) && g.regionsByKey.has(`${cc}|${key}`) ? [] : list;
}

function matchCity(g: GazetteerImpl, forms: string[], cc: string, qualifiers: string[]): GeocodeResult | null {
	for (const f of forms) {
		const list = townsUnder(g, f, cc);
		if (list.length) return picked(g, pick(g, list, cc, qualifiers));
	}
	return null;
}

/**
 * Last resort before regions: the same letters, spaced differently. "San'yō-Onoda" is "Sanyōonoda"
 * in GeoNames; the other way round ("Hitachinaka" / "Hitachi-Naka", "Tskhinvali" / "Ts’khinvali"),
 * the gazetteer carries the unspaced key of every hyphenated or apostrophed name.
 */
function matchCompact(g: GazetteerImpl, forms: string[], cc: string, qualifiers: string[]): GeocodeResult | null {
	for (const f of forms) {
		const c = f.replaceAll(' ', '');
		if (c === f || c.length < 6) continue;
		const list = townsUnder(g, c, cc);
		if (list.length) return picked(g, pick(g, list, cc, qualifiers));
	}
	return null;
}

function matchRegion(g: GazetteerImpl, forms: string[], cc: string): GeocodeResult | null {
	for (const f of forms) {
		const r = g.regionsByKey.get(`${cc}|${f}`)?.[0];
		if (r) return regionResult(r);
	}
	return null;
}

/**
 * An admin-2 area (county, district, municipality) of the country going by one of the forms, at
 * region precision: the one inside the admin-1 region a qualifier names, else the most populous.
 */
function matchArea(g: GazetteerImpl, forms: string[], cc: string, qualifiers: string[]): GeocodeResult | null {
	for (const f of forms) {
		const areas = g.areasByKey.get(`${cc}|${f}`);
		if (!areas) continue;
		for (const qualifier of qualifiers) {
			const q = qualifier.startsWith('~') ? qualifier.slice(1) : qualifier;
			for (const r of g.regionsByKey.get(`${cc}|${q}`) ?? []) {
				const inside = areas.find((a) => r.a1 && a.a1 === r.a1);
				if (inside) return regionResult(inside);
			}
		}
		return regionResult(areas[0]);
	}
	return null;
}

/**
 * What a name sounds like across transliterations and spellings: spaces, doubled letters and
 * h-digraphs go; y/j → i, w → v, ou → u, ph → f, c before a/o/u and q → k. "Khmelnytskyi" and "Khmelnitskiy",
 * "Sjöbo" and "Siobo", "Mikkeli" and "Mikeli" meet; only tried once every literal form has failed.
 */
export function skeleton(key: string): string {
	return key
		.replaceAll(' ', '')
		.replace(/ph/g, 'f')
		.replace(/([kgtdszc])h/g, '$1')
		.replace(/ou/g, 'u')
		.replace(/[yj]/g, 'i')
		.replace(/w/g, 'v')
		.replace(/q/g, 'k')
		.replace(/c(?=[aouk]|$)/g, 'k')
		.replace(/(.)\1+/g, '$1');
}
const MIN_SKELETON = 5;

/** Skeleton → own-name entries of one country's places; built for a country on its first need. */
function skeletonIndex(g: GazetteerImpl, cc: string): Map<string, number[]> {
	let idx = g.skeletons.get(cc);
	if (idx) return idx;
	idx = new Map();
	const c = g.countries.indexOf(cc);
	const p = g.places;
	for (let i = 0; c >= 0 && i < p.names.length; i++) {
		if (p.country[i] !== c) continue;
		const sk = skeleton(normKey(p.names[i]));
		if (sk.length < MIN_SKELETON) continue;
		const list = idx.get(sk);
		if (list) list.push(i * 2);
		else idx.set(sk, [i * 2]);
	}
	g.skeletons.set(cc, idx);
	return idx;
}

/** Last resort in a known country: a place whose name has the same skeleton as one of the forms. */
function matchSkeleton(g: GazetteerImpl, forms: string[], cc: string, qualifiers: string[]): GeocodeResult | null {
	for (const f of forms) {
		if (f.length < MIN_SKELETON) continue;
		const list = skeletonIndex(g, cc).get(skeleton(f));
		if (list) return picked(g, pick(g, list, cc, qualifiers));
	}
	return null;
}

/**
 * A locality of the postal dump (village, municipality, hamlet) going by the name, once no place,
 * region or area of the gazetteer does: "Bikal" (Hungary), "Rödermark" (Germany).
 */
function matchLocality(g: GazetteerImpl, q: NameQuery, cc: string): GeocodeResult | null {
	const local = localitiesOf(g, cc);
	return local && (asArea(matchCity(local, q.forms, cc, q.qualifiers), q) || matchCity(local, q.fallbacks, cc, []));
}

/** The localities of one country, parsed on first need. */
function localitiesOf(g: GazetteerImpl, cc: string): GazetteerImpl | null {
	const text = g.localText;
	if (text === null) return null;
	if (g.localByCountry.has(cc)) return g.localByCountry.get(cc)!;
	if (!g.localBlocks) {
		// "=XX" lines start each country's block: one scan for where each begins and ends.
		const blocks = new Map<string, [number, number]>();
		let at = text.startsWith('=') ? 0 : text.indexOf('\n=') + 1;
		while (text[at] === '=') {
			const next = text.indexOf('\n=', at);
			const end = next < 0 ? text.length : next + 1;
			blocks.set(text.slice(at + 1, text.indexOf('\n', at)), [at, end]);
			at = end;
		}
		g.localBlocks = blocks;
	}
	const block = g.localBlocks.get(cc);
	let local: GazetteerImpl | null = null;
	if (block) {
		const index = new Map<string, number>();
		const lists: number[][] = [];
		const countries: string[] = [];
		const places = parsePlaces(text.slice(block[0], block[1]), index, lists, countries);
		local = { ...g, places, index, lists, countries, skeletons: new Map(), localText: null, localByCountry: new Map() };
	}
	g.localByCountry.set(cc, local);
	return local;
}

/** No country given: the country whose best place clearly dominates every other country's. */
function inferCity(g: GazetteerImpl, forms: string[], qualifiers: string[]): GeocodeResult | null {
	for (const f of forms) {
		const list = entries(g, f, null);
		if (!list.length) continue;
		const best = new Map<string, number>();
		for (const e of list) {
			const cc = g.countries[g.places.country[place(e)]];
			const cur = best.get(cc);
			if (cur === undefined || weight(g, e) > weight(g, cur)) best.set(cc, e);
		}
		const ranked = [...best.entries()].sort((a, b) => weight(g, b[1]) - weight(g, a[1]));
		const [topCc, top] = ranked[0];
		if (ranked.length > 1 && weight(g, top) < DOMINANCE * weight(g, ranked[1][1])) return null;
		return picked(g, pick(g, list.filter((e) => g.countries[g.places.country[place(e)]] === topCc), topCc, qualifiers));
	}
	return null;
}

function inferRegion(g: GazetteerImpl, forms: string[]): GeocodeResult | null {
	for (const f of forms) {
		const list = g.regionsByKey.get(f);
		if (!list) continue;
		if (new Set(list.map((r) => r.cc)).size !== 1) return null;
		return regionResult(list[0]);
	}
	return null;
}

function countryFallback(g: GazetteerImpl, cc: string | null): GeocodeResult {
	const c = cc ? g.centroids[cc] : undefined;
	if (c) return { country: cc, lon: c[0], lat: c[1], precision: 'country', matchedPlace: null };
	return { country: cc, lon: null, lat: null, precision: 'unresolved', matchedPlace: null };
}

function validHints(h: PartnerHints | undefined): h is { lon: number; lat: number } {
	if (!h || typeof h.lon !== 'number' || typeof h.lat !== 'number') return false;
	if (!Number.isFinite(h.lon) || !Number.isFinite(h.lat)) return false;
	if (Math.abs(h.lat) > 90 || Math.abs(h.lon) > 180 || (h.lat === 0 && h.lon === 0)) return false;
	return true;
}

/** A name that says it is an area ("Zbarazh Raion", "Märkisch-Oderland (district)") placed at its namesake town: region precision. */
function asArea(r: GeocodeResult | null, q: NameQuery): GeocodeResult | null {
	return r && q.adminHint && r.precision === 'city' ? { ...r, precision: 'region' } : r;
}

function resolveIn(g: GazetteerImpl, q: NameQuery, cc: string): GeocodeResult | null {
	return (
		// "Hawaii County": the county itself, before the state its stripped name also names.
		(q.adminHint && matchArea(g, [q.mainKey], cc, q.qualifiers)) ||
		(q.adminHint && matchRegion(g, q.forms, cc)) ||
		asArea(matchCity(g, q.forms, cc, q.qualifiers), q) ||
		matchRegion(g, q.forms, cc) ||
		asArea(matchCompact(g, q.forms, cc, q.qualifiers), q) ||
		(q.fallbackAdminHint && matchRegion(g, q.fallbacks, cc)) ||
		matchCity(g, q.fallbacks, cc, []) ||
		matchRegion(g, q.fallbacks, cc) ||
		matchArea(g, q.forms, cc, q.qualifiers) ||
		matchArea(g, q.fallbacks, cc, q.qualifiers) ||
		matchLocality(g, q, cc) ||
		asArea(matchSkeleton(g, q.forms, cc, q.qualifiers), q)
	);
}

/** A qualifier names a country when the country resolver says so and it is more than a code ("Portugal", not "MA"). */
const countryOf = (text: string) => (text.length > 3 ? (resolveCountry(text)?.iso2 ?? null) : null);


/**
 * What a country cell says besides the country: "Algarve, Portugal" → "Algarve"; "Wales, United
 * Kingdom" and "Wales" → "Wales" (a country to the resolver, a region of the gazetteer);
 * "Portugal", "Georgia (country)" → "".
 */
function regionOfCountryText(g: GazetteerImpl, text: string | null | undefined): string[] {
	if (typeof text !== 'string' || !text || text.length > MAX_NAME) return [];
	return text.split(/\s*[,;/()]\s*/).filter((part) => part && !/^country$/i.test(part) && !countryIn(g, part));
}

/** The name's qualifiers, then the country cell's ("~" marks them soft: see pick). */
function withSoft(q: NameQuery, soft: string[]): NameQuery {
	return soft.length ? { ...q, qualifiers: [...q.qualifiers, ...soft] } : q;
}

/**
 * The country a text names, unless it is another name of an admin-1 region of that country:
 * "Wales", "England" are regions; "Mexico" stays the country (and not the State of México).
 */
function countryIn(g: GazetteerImpl, text: string): string | null {
	const iso = countryOf(text);
	if (!iso) return null;
	const key = normKey(text);
	if (!g.regionsByKey.has(`${iso}|${key}`)) return iso;
	const c = countryByIso(iso);
	return c && (normKey(c.en) === key || normKey(c.fr) === key) ? iso : null;
}

function resolve(g: GazetteerImpl, name: string, cc: string | null, soft: string[]): GeocodeResult {
	// Most partners are a plain place name in a known country: look it up before analysing the name.
	const plain = cc ? plainKey(name) : null;
	if (plain) {
		const list = townsUnder(g, plain, cc!);
		if (list.length) return picked(g, pick(g, list, cc!, soft));
	}
	let q = withSoft(analyseName(name, (t) => countryIn(g, t)), soft);
	if (!q.forms.length) return countryFallback(g, cc);
	if (cc) {
		// A country named beside the place is only a place to look for when it is not the partner's own
		// ("Columbus, Georgia" in the United States).
		const other = q.countries.filter((c) => c !== cc);
		if (other.length) q = withSoft(analyseName(name, (t) => (countryIn(g, t) === cc ? cc : null)), soft);
		return resolveIn(g, q, cc) || countryFallback(g, cc);
	}
	// No country given, one named in the name ("Lagoa (Algarve, Portugal)"): looked for there first.
	for (const c of new Set(q.countries)) {
		const r = resolveIn(g, q, c);
		if (r) return r;
	}
	if (q.countries.length) q = withSoft(analyseName(name), soft);
	return (
		(q.adminHint && inferRegion(g, q.forms)) ||
		asArea(inferCity(g, q.forms, q.qualifiers), q) ||
		inferRegion(g, q.forms) ||
		(q.fallbackAdminHint && inferRegion(g, q.fallbacks)) ||
		inferCity(g, q.fallbacks, []) ||
		inferRegion(g, q.fallbacks) ||
		countryFallback(g, null)
	);
}

export function geocodePartner(
	gaz: Gazetteer,
	name: string,
	country: string | null,
	hints?: PartnerHints
): GeocodeResult {
	const cc = typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null;
	if (validHints(hints)) return { country: cc, lon: hints.lon, lat: hints.lat, precision: 'given', matchedPlace: null };
	const g = gaz as GazetteerImpl;
	const extra = regionOfCountryText(g, hints?.countryText);
	const soft = extra.flatMap((part) => areaKeys(part).map((k) => '~' + k));
	const memoKey = `${cc ?? ''}|${name ?? ''}|${extra.join('|')}`;
	const hit = g.memo?.get(memoKey);
	if (hit) return { ...hit };
	let result: GeocodeResult;
	try {
		result = resolve(g, String(name ?? '').slice(0, MAX_NAME), cc, soft);
	} catch {
		result = { country: cc, lon: null, lat: null, precision: 'unresolved', matchedPlace: null };
	}
	g.memo?.set(memoKey, result);
	return { ...result };
}
