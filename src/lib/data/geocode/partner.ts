/**
 * Offline geocoding of foreign partners: given coordinates > gazetteer populated place ('city') >
 * admin-1 region label point ('region') > country representative point ('country', approximate).
 * Never throws: whatever it cannot place comes back 'unresolved' with the country it was given.
 */
import type { Precision } from '../model';
import { decodeLatLon, decodePopulation, type GazetteerAsset, type Admin1Row } from './asset';
import { normKey } from '../text';
import { analyseName, plainKey } from './variants';

export type { GazetteerAsset } from './asset';

export interface PartnerHints {
	lon?: number | null;
	lat?: number | null;
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
	centroids: GazetteerAsset['countries']['countries'];
	memo: Map<string, GeocodeResult>;
}

/** A country is inferred from a name alone only if its best place outweighs every other country's this much. */
const DOMINANCE = 10;
/** A qualifier ("Izumi, Kagoshima") picks the homonym nearest to it, if within this many km. */
const QUALIFIER_KM = 150;
const ALT_DISCOUNT = 0.05;
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
	const g: GazetteerImpl = {
		_brand: 'Gazetteer',
		places,
		countries,
		index,
		lists,
		regionsByKey,
		centroids: asset?.countries?.countries ?? {},
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

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const r = Math.PI / 180;
	const a =
		Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
		Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
	return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Picks among homonyms: the one in the qualifier's admin-1 region, else the one nearest to the
 * qualifier, else the qualifier itself when it is a town and the main part matched only alternate
 * names ("Dongcheng (Beijing)"), else the heaviest.
 */
function pick(g: GazetteerImpl, list: number[], cc: string, qualifiers: string[]): number {
	const p = g.places;
	for (const q of qualifiers) {
		const regions = g.regionsByKey.get(`${cc}|${q}`) ?? [];
		for (const r of regions) {
			const inside = list.filter((e) => r.a1 && p.admin1[place(e)] === r.a1);
			if (inside.length) return place(heaviest(g, inside));
		}
		const towns = entries(g, q, cc);
		const anchors = [...regions.map((r) => [r.lat, r.lon]), ...towns.map((e) => [p.lat[place(e)], p.lon[place(e)]])];
		let best = -1;
		let bestD = QUALIFIER_KM;
		for (const e of list)
			for (const [la, lo] of anchors) {
				const d = km(p.lat[place(e)], p.lon[place(e)], la, lo);
				if (d < bestD) [best, bestD] = [place(e), d];
			}
		if (best >= 0) return best;
		// Only alternate names matched the main part, far from a town the qualifier names exactly: trust the qualifier.
		const exactTowns = towns.filter((e) => !(e & 1));
		if (exactTowns.length && list.every((e) => e & 1)) return place(heaviest(g, exactTowns));
	}
	return place(heaviest(g, list));
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

function matchCity(g: GazetteerImpl, forms: string[], cc: string, qualifiers: string[]): GeocodeResult | null {
	for (const f of forms) {
		const list = entries(g, f, cc);
		if (list.length) return cityResult(g, pick(g, list, cc, qualifiers));
	}
	return null;
}

function matchRegion(g: GazetteerImpl, forms: string[], cc: string): GeocodeResult | null {
	for (const f of forms) {
		const r = g.regionsByKey.get(`${cc}|${f}`)?.[0];
		if (r) return { country: cc, lon: r.lon, lat: r.lat, precision: 'region', matchedPlace: r.name };
	}
	return null;
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
		return cityResult(g, pick(g, list.filter((e) => g.countries[g.places.country[place(e)]] === topCc), topCc, qualifiers));
	}
	return null;
}

function inferRegion(g: GazetteerImpl, forms: string[]): GeocodeResult | null {
	for (const f of forms) {
		const list = g.regionsByKey.get(f);
		if (!list) continue;
		if (new Set(list.map((r) => r.cc)).size !== 1) return null;
		const r = list[0];
		return { country: r.cc, lon: r.lon, lat: r.lat, precision: 'region', matchedPlace: r.name };
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

function resolve(g: GazetteerImpl, name: string, cc: string | null): GeocodeResult {
	// Most partners are a plain place name in a known country: look it up before analysing the name.
	const plain = cc ? plainKey(name) : null;
	if (plain) {
		const list = entries(g, plain, cc);
		if (list.length) return cityResult(g, pick(g, list, cc!, []));
	}
	const q = analyseName(name);
	if (!q.forms.length) return countryFallback(g, cc);
	if (cc) {
		return (
			(q.adminHint && matchRegion(g, q.forms, cc)) ||
			matchCity(g, q.forms, cc, q.qualifiers) ||
			matchRegion(g, q.forms, cc) ||
			(q.fallbackAdminHint && matchRegion(g, q.fallbacks, cc)) ||
			matchCity(g, q.fallbacks, cc, []) ||
			matchRegion(g, q.fallbacks, cc) ||
			countryFallback(g, cc)
		);
	}
	return (
		(q.adminHint && inferRegion(g, q.forms)) ||
		inferCity(g, q.forms, q.qualifiers) ||
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
	const memoKey = `${cc ?? ''}|${name ?? ''}`;
	const hit = g.memo?.get(memoKey);
	if (hit) return { ...hit };
	let result: GeocodeResult;
	try {
		result = resolve(g, String(name ?? '').slice(0, MAX_NAME), cc);
	} catch {
		result = { country: cc, lon: null, lat: null, precision: 'unresolved', matchedPlace: null };
	}
	g.memo?.set(memoKey, result);
	return { ...result };
}
