/**
 * Filtering and free-text search over records, fast at 100k: every record's filter keys are
 * interned once into typed arrays (the index); a filter change is then a few array scans.
 *
 * @example
 * const index = buildIndex(atlas.records);
 * const shown = filterRecords(atlas.records, { countries: ['SN'], q: 'bethleem' }, index);
 */
import { NONE, type CoopRecord, type FrenchEntity, type Partner } from './model';
import { countryByIso } from './resolve/countries';
import { partnerCountryTest, type ContinentOf } from './partners';
import { normKey } from './text';
import { createSearchIndex, searchMask, type SearchIndex } from './search';

export { NONE };

/** Filter dimensions held by the index (each a list of string values per record). */
export const DIMS = [
	'countries',
	'continents',
	'themes',
	'regions',
	'departements',
	'kinds',
	'linkTypes',
	'calls',
	'datasets',
	'french'
] as const;
export type Dim = (typeof DIMS)[number];

/**
 * What the records are filtered by: every dimension combined with AND, values within one with OR.
 * The data core's own type (the UI maps its URL state onto it, see state/filters.ts `toQuery`).
 */
export type Query = { q?: string; yearMin?: number | null; yearMax?: number | null } & { [D in Dim]?: readonly string[] };

/** The records behind a map or chart selection (a French place, a partner, a country, a link, a record). */
export type RecordSelector =
	| { kind: 'french'; code: string }
	| { kind: 'partner'; key: string }
	| { kind: 'country'; iso: string }
	| { kind: 'link'; from: string; to: string }
	| { kind: 'record'; id: string };

/** One dimension: distinct values, and per record the ids of its values (CSR layout). */
export interface DimIndex {
	values: string[];
	/** A display label per value when the records carry one (country names, région names…). */
	labels: { fr: string; en: string }[];
	idOf: Map<string, number>;
	offsets: Uint32Array;
	ids: Uint32Array;
	/** Number of records holding each value. */
	counts: Uint32Array;
}

export interface RecordIndex {
	records: readonly CoopRecord[];
	dims: Record<Dim, DimIndex>;
	/** Partners of each record by partnerKey (for counting distinct partners; not a filter). */
	partners: DimIndex;
	/** Year per record, 0 when not given. */
	years: Int16Array;
	/**
	 * Per record, the position of the record whose link it repeats (`duplicateOf`, within or across
	 * datasets), -1 for none: the repeat counts as a link of its own only when that one is not shown.
	 */
	duplicateOf: Int32Array;
	/** The continent of a country code, as the index was built with. */
	continentOf: ContinentOf;
	readonly search: SearchIndex;
}

export type { ContinentOf };

const defaultContinentOf: ContinentOf = (iso) => countryByIso(iso)?.continent ?? null;

/** Key of a French collectivité for grouping and selection: its official code, else its normalised name. */
export function frenchKey(f: FrenchEntity): string {
	// Région and département codes clash ("76" is Occitanie and Seine-Maritime): régions get a prefix,
	// the same one as their /collectivite/region-<code> page.
	if (!f.code) return `name:${normKey(f.name)}`;
	return f.kind === 'region' ? `region-${f.code}` : f.code;
}

/** Key of a foreign partner for grouping and selection: country and normalised name. */
export function partnerKey(p: Partner): string {
	return `${p.country ?? NONE}:${p.normName || normKey(p.name)}`;
}

/** Precomputes every record's filter keys and the search vocabulary. O(records) once per data change. */
export function buildIndex(records: readonly CoopRecord[], continentOf: ContinentOf = defaultContinentOf): RecordIndex {
	const builders = Object.fromEntries(DIMS.map((d) => [d, dimBuilder(records.length)])) as Record<Dim, DimBuilder>;
	const continentCache = new Map<string, string>();
	const continent = (iso: string) => {
		let c = continentCache.get(iso);
		if (c === undefined) continentCache.set(iso, (c = continentOf(iso) ?? NONE));
		return c;
	};
	const partnerKeys = dimBuilder(records.length);
	const years = new Int16Array(records.length);
	const duplicateOf = new Int32Array(records.length).fill(-1);
	const positionOfId = new Map<string, number>();
	for (let i = 0; i < records.length; i++) {
		const r = records[i];
		const b = builders;
		positionOfId.set(r.id, i);
		for (const p of r.partners) {
			// A partner in France (overseas included) is not foreign: no partner country, not a foreign partner.
			if (p.domestic) continue;
			b.countries.add(p.country ?? NONE, p.countryFr, p.countryEn);
			b.continents.add(p.country ? continent(p.country) : NONE);
			partnerKeys.add(partnerKey(p), p.name);
		}
		if (r.partners.length === 0) {
			b.countries.add(NONE);
			b.continents.add(NONE);
		}
		for (const t of r.themes) b.themes.add(t);
		if (r.themes.length === 0) b.themes.add(NONE);
		for (const f of r.french) {
			b.regions.add(f.region ?? NONE, f.regionName);
			b.departements.add(f.departement ?? NONE, f.departementName);
			b.kinds.add(f.kind);
			b.french.add(frenchKey(f), f.officialName ?? f.name);
		}
		b.linkTypes.add(r.linkType);
		b.calls.add(r.call?.name ?? NONE);
		b.datasets.add(r.source.dataset, r.source.datasetTitle);
		for (const d of DIMS) b[d].next();
		partnerKeys.next();
		years[i] = r.year ?? 0;
	}
	for (let i = 0; i < records.length; i++) {
		const of = records[i].duplicateOf;
		if (of) duplicateOf[i] = positionOfId.get(of) ?? -1;
	}
	const dims = Object.fromEntries(DIMS.map((d) => [d, builders[d].done()])) as Record<Dim, DimIndex>;
	let search: SearchIndex | null = null;
	return {
		records,
		dims,
		partners: partnerKeys.done(),
		years,
		duplicateOf,
		continentOf: (iso) => continent(iso),
		// Built on the first query only: it is not needed for the first picture (start-up budget).
		get search() {
			return (search ??= createSearchIndex(records));
		}
	};
}

interface DimBuilder {
	add(value: string, fr?: string | null, en?: string | null): void;
	next(): void;
	done(): DimIndex;
}

function dimBuilder(n: number): DimBuilder {
	const values: string[] = [];
	const labels: { fr: string; en: string }[] = [];
	const idOf = new Map<string, number>();
	const offsets = new Uint32Array(n + 1);
	let ids = new Uint32Array(Math.max(16, n * 2));
	let len = 0;
	let rec = 0;
	let start = 0;
	return {
		add(value, fr, en) {
			let id = idOf.get(value);
			if (id === undefined) {
				id = values.length;
				idOf.set(value, id);
				values.push(value);
				labels.push({ fr: fr ?? en ?? value, en: en ?? fr ?? value });
			}
			for (let k = start; k < len; k++) if (ids[k] === id) return; // once per record
			if (len === ids.length) {
				const grown = new Uint32Array(ids.length * 2);
				grown.set(ids);
				ids = grown;
			}
			ids[len++] = id;
		},
		next() {
			offsets[++rec] = len;
			start = len;
		},
		done() {
			const finalIds = ids.slice(0, len);
			const counts = new Uint32Array(values.length);
			for (let k = 0; k < len; k++) counts[finalIds[k]]++;
			return { values, labels, idOf, offsets, ids: finalIds, counts };
		}
	};
}

const indexCache = new WeakMap<readonly CoopRecord[], RecordIndex>();

/** The index of `records`, built once per array and cached. */
export function indexFor(records: readonly CoopRecord[]): RecordIndex {
	let index = indexCache.get(records);
	if (!index) indexCache.set(records, (index = buildIndex(records)));
	return index;
}

interface Check {
	d: Dim;
	dim: DimIndex;
	allowed: Uint8Array;
}

/** One check per active dimension: which value ids pass. */
function checksOf(index: RecordIndex, query: Query): Check[] {
	const checks: Check[] = [];
	for (const d of DIMS) {
		const wanted = query[d];
		if (!wanted || wanted.length === 0) continue;
		const dim = index.dims[d];
		const allowed = new Uint8Array(dim.values.length);
		for (const w of wanted) {
			const id = dim.idOf.get(w);
			if (id !== undefined) allowed[id] = 1;
		}
		checks.push({ d, dim, allowed });
	}
	return checks;
}

function passes({ dim, allowed }: Check, i: number): boolean {
	for (let k = dim.offsets[i], end = dim.offsets[i + 1]; k < end; k++) if (allowed[dim.ids[k]]) return true;
	return false;
}

/** Positions (in `index.records`) of the records passing `query`. */
export function filterPositions(index: RecordIndex, query: Query): Uint32Array {
	const n = index.records.length;
	const checks = checksOf(index, query);
	const yMin = query.yearMin ?? null;
	const yMax = query.yearMax ?? null;
	const years = index.years;
	const text = query.q ? searchMask(index.search, query.q) : null;
	// Scanned into a reused buffer, returned as an exact copy: megabytes of short-lived typed arrays per change make the engine collect the whole heap.
	if (scan.length < n) scan = new Uint32Array(n);
	const out = scan;
	let count = 0;
	outer: for (let i = 0; i < n; i++) {
		if (text && !text[i]) continue;
		if (yMin !== null || yMax !== null) {
			const y = years[i];
			if (y === 0 || (yMin !== null && y < yMin) || (yMax !== null && y > yMax)) continue;
		}
		for (const c of checks) if (!passes(c, i)) continue outer;
		out[count++] = i;
	}
	return out.slice(0, count);
}

let scan = new Uint32Array(0);
let nearScratch: Uint32Array[] = [];

/** The records passing a query and the counts its filter panel shows. */
export interface Faceted {
	positions: Uint32Array;
	/**
	 * Per dimension asked for, per value id: the records that pass every OTHER filter and hold that
	 * value, i.e. how many records ticking that value alone would give ("disjunctive" facets: a
	 * dimension does not narrow its own counts). Read-only (may be the index's own counts).
	 */
	facets: Partial<Record<Dim, Uint32Array>>;
}

/**
 * `filterPositions` and the facet counts of `dims` in one pass: a record failing no check counts in
 * every dimension; a record failing exactly one dimension's check counts in that dimension only.
 */
export function filterFaceted(index: RecordIndex, query: Query, dims: readonly Dim[] = DIMS): Faceted {
	const n = index.records.length;
	const checks = checksOf(index, query);
	const yMin = query.yearMin ?? null;
	const yMax = query.yearMax ?? null;
	const text = query.q ? searchMask(index.search, query.q) : null;
	const facets: Partial<Record<Dim, Uint32Array>> = {};
	if (!checks.length && !text && yMin === null && yMax === null) {
		const positions = new Uint32Array(n);
		for (let i = 0; i < n; i++) positions[i] = i;
		for (const d of dims) facets[d] = index.dims[d].counts;
		return { positions, facets };
	}
	const years = index.years;
	if (scan.length < n) scan = new Uint32Array(n);
	const out = scan;
	let count = 0;
	// One filter alone (the most frequent change): its own facet is the index's counts, nothing to collect.
	const only = checks.length === 1 && !text && yMin === null && yMax === null;
	// Records failing exactly one check, per check (they count in that dimension's facet only), in reused buffers.
	const counted = checks.map((c) => !only && dims.includes(c.d));
	while (nearScratch.length < checks.length) nearScratch.push(new Uint32Array(0));
	for (let c = 0; c < checks.length; c++) if (counted[c] && nearScratch[c].length < n) nearScratch[c] = new Uint32Array(n);
	const nearLen = new Uint32Array(checks.length);
	for (let i = 0; i < n; i++) {
		if (text && !text[i]) continue;
		if (yMin !== null || yMax !== null) {
			const y = years[i];
			if (y === 0 || (yMin !== null && y < yMin) || (yMax !== null && y > yMax)) continue;
		}
		let missed = -1;
		let misses = 0;
		for (let c = 0; c < checks.length; c++)
			if (!passes(checks[c], i)) {
				missed = c;
				if (++misses > 1) break;
			}
		if (misses === 0) out[count++] = i;
		else if (misses === 1 && counted[missed]) nearScratch[missed][nearLen[missed]++] = i;
	}
	const positions = out.slice(0, count);
	for (const d of dims) {
		if (only && checks[0].d === d) {
			facets[d] = index.dims[d].counts;
			continue;
		}
		const counts = countsAt(index.dims[d], positions);
		const c = checks.findIndex((x) => x.d === d);
		if (c >= 0) addCounts(counts, index.dims[d], nearScratch[c].subarray(0, nearLen[c]));
		facets[d] = counts;
	}
	return { positions, facets };
}

function addCounts(counts: Uint32Array, d: DimIndex, positions: ArrayLike<number>): void {
	for (let k = 0; k < positions.length; k++) {
		const i = positions[k];
		for (let j = d.offsets[i], end = d.offsets[i + 1]; j < end; j++) counts[d.ids[j]]++;
	}
}

/** The records passing `filters` (every filter combined with AND; values within one filter with OR). */
export function filterRecords(records: readonly CoopRecord[], query: Query, index?: RecordIndex): CoopRecord[] {
	const idx = index && index.records === records ? index : indexFor(records);
	return recordsAt(idx, filterPositions(idx, query));
}

/**
 * A set of records as a value: ascending `positions` in an index. It is what the key figures, the
 * charts, the map and the export footer count, on the index's typed arrays; a plain array of records
 * becomes one with `recordSet(records)`, so every caller takes the same path.
 */
export interface RecordSet {
	readonly index: RecordIndex;
	readonly positions: Uint32Array;
}

/** Every record of `records` as a RecordSet (its index is built once per array, `indexFor`). */
export function recordSet(records: readonly CoopRecord[], continentOf?: ContinentOf): RecordSet {
	const index = continentOf ? buildIndex(records, continentOf) : indexFor(records);
	const positions = new Uint32Array(records.length);
	for (let i = 0; i < positions.length; i++) positions[i] = i;
	return { index, positions };
}

/** The records of a set, in order (a new array). */
export function recordsOf({ index, positions }: RecordSet): CoopRecord[] {
	return recordsAt(index, positions);
}

/** The distinct links of a set (`distinctLinks`). */
export function linksOf({ index, positions }: RecordSet): RecordSet {
	return { index, positions: distinctLinks(index, positions) };
}

/** The records at `positions` (ascending) of the index, as a new array. */
export function recordsAt(index: RecordIndex, positions: ArrayLike<number>): CoopRecord[] {
	const out = new Array<CoopRecord>(positions.length);
	for (let k = 0; k < positions.length; k++) out[k] = index.records[positions[k]];
	return out;
}

/**
 * The positions (ascending, a subset of `positions`) that are distinct links: a record repeating
 * another's link (`duplicateOf`) is left out when that record is among `positions` too. Charts, the
 * map and the links key figure count these; the table lists every record and both sources.
 */
export function distinctLinks(index: RecordIndex, positions: ArrayLike<number>): Uint32Array {
	const dup = index.duplicateOf;
	let any = false;
	for (let k = 0; k < positions.length && !any; k++) any = dup[positions[k]] >= 0;
	if (!any) return positions instanceof Uint32Array ? positions : Uint32Array.from(positions);
	const shown = new Uint8Array(index.records.length);
	for (let k = 0; k < positions.length; k++) shown[positions[k]] = 1;
	const out = new Uint32Array(positions.length);
	let n = 0;
	for (let k = 0; k < positions.length; k++) {
		const i = positions[k];
		if (dup[i] < 0 || !shown[dup[i]]) out[n++] = i;
	}
	return out.subarray(0, n);
}

/** True when no filter narrows the records. */
export function isUnfiltered(query: Query): boolean {
	return !query.q && query.yearMin == null && query.yearMax == null && DIMS.every((d) => !query[d]?.length);
}

/** The records behind a map or chart selection. */
export function selectRecords(records: readonly CoopRecord[], sel: RecordSelector | null): CoopRecord[] {
	if (!sel) return [];
	switch (sel.kind) {
		case 'record':
			return records.filter((r) => r.id === sel.id);
		case 'french':
			return records.filter((r) => r.french.some((f) => frenchKey(f) === sel.code));
		case 'partner':
			return records.filter((r) => r.partners.some((p) => partnerKey(p) === sel.key));
		case 'country':
			return records.filter((r) => r.partners.some((p) => (p.country ?? NONE) === sel.iso));
		case 'link':
			return records.filter(
				(r) => r.french.some((f) => frenchKey(f) === sel.from) && r.partners.some((p) => partnerKey(p) === sel.to)
			);
	}
}

/**
 * Options of one filter, most frequent first, with their labels from the data and record counts
 * (`counts`: the facet counts of `filterFaceted`; default: over all records).
 */
export function facetOptions(
	index: RecordIndex,
	dim: Dim,
	counts: ArrayLike<number> = index.dims[dim].counts
): { value: string; label: { fr: string; en: string }; count: number }[] {
	const d = index.dims[dim];
	return d.values
		.map((value, id) => ({ value, label: d.labels[id], count: counts[id] }))
		.sort((a, b) => b.count - a.count || a.label.fr.localeCompare(b.label.fr, 'fr'));
}

export interface KeyFigures {
	records: number;
	/** Records less those repeating another's link (`duplicateOf`): each link counted once. */
	links: number;
	french: number;
	partners: number;
	countries: number;
}

/**
 * Records, distinct French collectivités, distinct foreign partners and distinct known countries
 * among `positions`. Under a country or continent filter, partners and countries are those the
 * filter is about (partners.ts), not every partner of the matching records.
 */
export function keyFiguresAt(index: RecordIndex, positions: ArrayLike<number>, query: Query = {}): KeyFigures {
	const test = partnerCountryTest(query, index.continentOf);
	const key = test && `${query.countries ?? ''}|${query.continents ?? ''}`;
	const links = distinctLinks(index, positions).length;
	return {
		records: positions.length,
		links,
		french: countDistinct(index.dims.french, positions),
		partners: countDistinct(index.partners, positions, true, test && excludedBy(index.partners, key!, test, partnerCountry)),
		countries: countDistinct(index.dims.countries, positions, true, test && excludedBy(index.dims.countries, key!, test, (v) => v))
	};
}

const excludedCache = new WeakMap<DimIndex, Map<string, Uint8Array>>();

/** The country code in a partner key (`partnerKey`: "<country>:<name>"). */
const partnerCountry = (key: string) => key.slice(0, key.indexOf(':'));

/** Value ids of `d` whose country fails `test` (1 = excluded), cached per dimension and partner filter (`key`). */
function excludedBy(d: DimIndex, key: string, test: (iso: string | null) => boolean, countryOf: (value: string) => string): Uint8Array {
	let byKey = excludedCache.get(d);
	if (!byKey) excludedCache.set(d, (byKey = new Map()));
	let out = byKey.get(key);
	if (out) return out;
	out = new Uint8Array(d.values.length);
	const byCountry = new Map<string, boolean>();
	for (let id = 0; id < d.values.length; id++) {
		const c = countryOf(d.values[id]);
		let pass = byCountry.get(c);
		if (pass === undefined) byCountry.set(c, (pass = test(c)));
		if (!pass) out[id] = 1;
	}
	if (byKey.size >= 64) byKey.clear();
	byKey.set(key, out);
	return out;
}

/** Distinct values of one dimension over the given positions ("none" and "" not counted, nor ids marked in `skip`). */
export function countDistinct(d: DimIndex, positions: ArrayLike<number>, skipNone = true, skip: Uint8Array | null = null): number {
	const seen = skip ? skip.slice() : new Uint8Array(d.values.length);
	if (skipNone) for (const v of [NONE, '']) if (d.idOf.has(v)) seen[d.idOf.get(v)!] = 1;
	let count = 0;
	const { offsets, ids } = d;
	for (let k = 0; k < positions.length; k++) {
		const i = positions[k];
		for (let j = offsets[i], end = offsets[i + 1]; j < end; j++) {
			const id = ids[j];
			if (!seen[id]) {
				seen[id] = 1;
				count++;
			}
		}
	}
	return count;
}

/**
 * Records per value of one dimension over the given positions, in O(positions) on typed arrays:
 * the fast path for chart counts at 100k (`counts[id]` is the count of `d.values[id]`).
 */
export function countsAt(d: DimIndex, positions: ArrayLike<number>): Uint32Array {
	const counts = new Uint32Array(d.values.length);
	for (let k = 0; k < positions.length; k++) {
		const i = positions[k];
		for (let j = d.offsets[i], end = d.offsets[i + 1]; j < end; j++) counts[d.ids[j]]++;
	}
	return counts;
}
