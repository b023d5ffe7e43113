/**
 * Pure aggregations behind the charts and key figures: counts by partner country, theme, French
 * région, year and link type, distinct-entity key figures, and the national applications-vs-laureates
 * figures. Every count takes a RecordSet (query.ts: index + positions; a plain array becomes one with
 * `recordSet`) and counts on the index's integer ids with typed arrays (about 1 ms per chart at 100k).
 * The record-by-record definitions the tests compare to live in tests/unit/indexed-equivalence.test.ts.
 *
 * Counting rule: a record counts ONCE in every bar it belongs to. A record with partners in five
 * countries adds 1 to five country bars, so the bars of a chart can sum to more than the records.
 */
import type { CoopRecord, Figure } from './model';
import { fold } from './text';
import { REGION_NAMES as REGIONS } from './regions';
import { keyFiguresAt, NONE, type DimIndex, type KeyFigures, type Query, type RecordSet } from './query';
import { partnerCountryTest } from './partners';

/** Key of the "unknown / not given" bar: the filters' own "none" value, so that it can be picked. */
export const UNKNOWN = NONE;
/** Key of the "others" bar gathering what is beyond the top N. */
export const OTHERS = 'others';

export interface Count {
	/** Filter value for this bar (ISO code, région code, theme, year, link type) or UNKNOWN / OTHERS. */
	key: string;
	/** Label from the data (région name, theme as given); null for countries (named by i18n/labels.ts) and UNKNOWN / OTHERS. */
	label: string | null;
	count: number;
}


/**
 * The one count: one pass over the positions' value ids of one dimension; a record counts once per
 * bar. `barOf[id]` is the bar of a value (-1: not counted); bar `unknown` takes the records that add
 * no bar. Bars come out in order of first appearance (record, then slot), with the label `labelOf`
 * gives from the first record of each bar.
 */
function tally(
	{ index, positions }: RecordSet,
	d: DimIndex,
	barOf: Int32Array,
	keys: readonly string[],
	unknown: number,
	labelOf: (r: CoopRecord, key: string) => string | null,
	/** false: a record adding no bar is not counted at all (instead of in the unknown bar). */
	countUnmatched = true
): Count[] {
	const bars = keys.length;
	const counts = new Uint32Array(bars);
	const first = new Int32Array(bars);
	const stamp = new Int32Array(bars);
	const order: number[] = [];
	const { offsets, ids } = d;
	for (let k = 0; k < positions.length; k++) {
		const i = positions[k];
		const s = k + 1;
		let added = false;
		for (let j = offsets[i], end = offsets[i + 1]; j < end; j++) {
			const b = barOf[ids[j]];
			if (b < 0) continue;
			added = true;
			if (stamp[b] === s) continue;
			stamp[b] = s;
			if (counts[b]++ === 0) {
				first[b] = i;
				order.push(b);
			}
		}
		if (!added && countUnmatched && counts[unknown]++ === 0) {
			first[unknown] = i;
			order.push(unknown);
		}
	}
	return order.map((b) => ({ key: keys[b], label: b === unknown ? null : labelOf(index.records[first[b]], keys[b]), count: counts[b] }));
}

/** Bars of a dimension: one per value, except values `merge` maps elsewhere (UNKNOWN or -1: skipped). */
function barsOf(d: DimIndex, merge: (value: string) => string | null | undefined): { barOf: Int32Array; keys: string[]; unknown: number } {
	const keys = d.values.slice();
	const unknown = keys.length;
	keys.push(UNKNOWN);
	const barOf = new Int32Array(d.values.length);
	d.values.forEach((v, id) => {
		const m = merge(v);
		barOf[id] = m === undefined ? id : m === null ? -1 : unknown;
	});
	return { barOf, keys, unknown };
}

/** `barsOf` with `merge`, once per dimension of an index. */
function cachedBars(merge: (value: string) => string | null | undefined) {
	const cache = new WeakMap<DimIndex, ReturnType<typeof barsOf>>();
	return (d: DimIndex) => {
		let b = cache.get(d);
		if (!b) cache.set(d, (b = barsOf(d, merge)));
		return b;
	};
}

/** Unknown values ("none", and the empty string) go to the UNKNOWN bar. */
const barsOrUnknown = cachedBars((v) => (v === NONE || v === '' ? UNKNOWN : undefined));
/** Themes: the empty string is no theme (skipped); "none" stands for "no theme given". */
const themeBars = cachedBars((v) => (v === '' ? null : v === NONE ? UNKNOWN : undefined));

function countAt(set: RecordSet, d: DimIndex, labelOf: (r: CoopRecord, key: string) => string | null, merge = barsOrUnknown): Count[] {
	const { barOf, keys, unknown } = merge(d);
	return tally(set, d, barOf, keys, unknown, labelOf);
}

/** Descending count, then label/key; UNKNOWN and OTHERS always last. */
function byCountDesc(a: Count, b: Count): number {
	const sa = a.key === UNKNOWN || a.key === OTHERS ? 1 : 0;
	const sb = b.key === UNKNOWN || b.key === OTHERS ? 1 : 0;
	if (sa !== sb) return sa - sb;
	return b.count - a.count || (a.label ?? a.key).localeCompare(b.label ?? b.key, 'fr');
}

/**
 * Keeps the `top` largest bars, folds the rest into one OTHERS bar (its count is the number of
 * record-bar memberships folded, i.e. the sum of the hidden bars), keeps UNKNOWN visible at the end.
 */
export function topN(counts: Count[], top: number): Count[] {
	const sorted = counts.slice().sort(byCountDesc);
	const known = sorted.filter((c) => c.key !== UNKNOWN);
	const unknown = sorted.find((c) => c.key === UNKNOWN);
	// No "others" bar holding a single entry: show that entry instead.
	const keep = known.length <= top + 1 ? known : known.slice(0, top);
	const rest = known.slice(keep.length);
	const out = keep.slice();
	if (rest.length) out.push({ key: OTHERS, label: null, count: rest.reduce((s, c) => s + c.count, 0) });
	if (unknown) out.push(unknown);
	return out;
}

/**
 * Records per partner country (ISO alpha-2), top N + others + unknown; ties in ISO order. Under a country or continent
 * filter (`query`), only the partners that filter is about count (partners.ts): "partners in
 * Africa" lists African countries, not the other partners of the same records.
 */
export function countByCountry(set: RecordSet, top = 15, query: Query = {}): Count[] {
	const test = partnerCountryTest(query, set.index.continentOf);
	const d = set.index.dims.countries;
	const bars = barsOrUnknown(d);
	let barOf = bars.barOf;
	if (test) {
		barOf = barOf.slice();
		d.values.forEach((v, id) => {
			if (!test(v)) barOf[id] = -1;
		});
	}
	return topN(tally(set, d, barOf, bars.keys, bars.unknown, () => null, !test), top);
}

/** Records per theme (as given), top N + others + "no theme given". */
export function countByTheme(set: RecordSet, top = 15): Count[] {
	return topN(countAt(set, set.index.dims.themes, (_r, key) => key, themeBars), top);
}

/** Records per French région (COG code): all 18 régions that occur, sorted, + unknown. */
export function countByRegion(set: RecordSet): Count[] {
	const regionLabel = (f: CoopRecord['french'][number]) => REGIONS[f.region!] ?? f.regionName ?? f.region;
	return countAt(set, set.index.dims.regions, (r, key) => regionLabel(r.french.find((f) => f.region === key)!)).sort(byCountDesc);
}

/**
 * Records per French département (COG code), sorted by count, + unknown: what the région chart shows
 * for a single région, where bars by région would be one bar.
 */
export function countByDepartement(set: RecordSet): Count[] {
	const label = (r: CoopRecord, key: string) => r.french.find((f) => f.departement === key)?.departementName ?? key;
	return countAt(set, set.index.dims.departements, label).sort(byCountDesc);
}

/** Records per link type, sorted by count. */
export function countByLinkType(set: RecordSet): Count[] {
	return countAt(set, set.index.dims.linkTypes, (_r, key) => key).sort(byCountDesc);
}

/** Records per year (ascending, empty years between first and last filled with 0) + unknown last. */
export function countByYear(set: RecordSet): Count[] {
	const { byYear, unknown } = yearsAt(set);
	const out: Count[] = [];
	if (byYear.size) {
		let min = Infinity;
		let max = -Infinity;
		for (const y of byYear.keys()) {
			if (y < min) min = y;
			if (y > max) max = y;
		}
		for (let y = min; y <= max; y++) out.push({ key: String(y), label: String(y), count: byYear.get(y) ?? 0 });
	}
	if (unknown) out.push({ key: UNKNOWN, label: null, count: unknown });
	return out;
}

/** The index holds years as Int16 with 0 for "not given" (parsed years are 1900–2099). */
function yearsAt({ index, positions }: RecordSet): { byYear: Map<number, number>; unknown: number } {
	const counts = yearScratch;
	const years = index.years;
	for (let k = 0; k < positions.length; k++) counts[years[positions[k]] + 32768]++;
	const byYear = new Map<number, number>();
	for (let y = 0; y < counts.length; y++) if (counts[y] && y !== 32768) byYear.set(y - 32768, counts[y]);
	const unknown = counts[32768];
	counts.fill(0);
	return { byYear, unknown };
}

/** Records per Int16 year + 32768, reused (left all 0). */
const yearScratch = new Uint32Array(1 << 16);

export type { KeyFigures };

/** Key figures of a set; under a country or continent filter (`query`), partners and countries are those it is about. */
export function keyFigures({ index, positions }: RecordSet, query: Query = {}): KeyFigures {
	return keyFiguresAt(index, positions, query);
}

export interface SourcedValue {
	value: number;
	sourceUrl: string | null;
	/** Host name of the source ("resacoop.org"), for short on-chart credits. */
	source: string;
	indicator: string;
}

export interface CallYearFigures {
	year: number;
	applications: SourcedValue[];
	laureates: SourcedValue[];
	/** Acceptance rates as reported (percent), one per source. */
	rates: SourcedValue[];
	/** laureates / applications (percent) when both are known and unambiguous; else null. */
	computedRate: number | null;
	/** true when two sources give different values for the same year and measure. */
	disagreement: boolean;
}

const APPLICATIONS = /^nombre de (dossiers de candidature|candidatures)\b/;
const LAUREATES = /^nombre (de projets retenus|de laureats|d'initiatives soutenues)\b/;
const RATE = /^taux d'acceptation\b/;

export function sourceHost(url: string | null): string {
	if (!url) return '?';
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/**
 * The national calls for projects (MEAE/DCTCIV): applications, laureates and acceptance rate per
 * year, from Atlas.figures. Every source's value is kept (2025: 57.6 % per one page, 60 % per
 * another); regional counts ("… en région Occitanie") are not national figures and are ignored.
 */
export function callFigures(figures: readonly Figure[]): CallYearFigures[] {
	const years = new Map<number, CallYearFigures>();
	for (const f of figures) {
		if (f.year == null) continue;
		const ind = fold(f.indicator);
		const kind = APPLICATIONS.test(ind)
			? 'applications'
			: LAUREATES.test(ind)
				? 'laureates'
				: RATE.test(ind)
					? 'rates'
					: null;
		if (!kind) continue;
		let y = years.get(f.year);
		if (!y) {
			y = { year: f.year, applications: [], laureates: [], rates: [], computedRate: null, disagreement: false };
			years.set(f.year, y);
		}
		const list = y[kind];
		if (!list.some((v) => v.value === f.value && v.sourceUrl === f.sourceUrl)) {
			list.push({ value: f.value, sourceUrl: f.sourceUrl, source: sourceHost(f.sourceUrl), indicator: f.indicator });
		}
	}
	const distinct = (l: SourcedValue[]) => new Set(l.map((v) => v.value)).size;
	for (const y of years.values()) {
		y.disagreement = distinct(y.applications) > 1 || distinct(y.laureates) > 1 || distinct(y.rates) > 1;
		if (distinct(y.applications) === 1 && distinct(y.laureates) === 1 && y.applications[0].value > 0) {
			y.computedRate = (100 * y.laureates[0].value) / y.applications[0].value;
		}
	}
	return [...years.values()].sort((a, b) => a.year - b.year);
}
