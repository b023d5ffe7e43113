/**
 * The year player's pure logic: which years it steps through, what each step shows, and the
 * records it cannot place in time. A step is an ordinary query (query.ts `filterFaceted` etc.),
 * its year range narrowed by `playQuery`, so map, charts and counts follow it like any filter.
 *
 * @example
 * const span = playerSpan(index, query);            // { years: [1958, 1961, …], undated: 3877 }
 * const step = playQuery(query, { year: nextYear(span.years, null)!, mode: 'cumulative' });
 */
import { DIMS, filterFaceted, filterPositions, type Dim, type Faceted, type Query, type RecordIndex } from './query';

/** 'cumulative': the partnerships active by that year (year ≤ Y); 'single': that year only (year = Y). */
export const PLAY_MODES = ['cumulative', 'single'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

/** Where the player stands. */
export interface Play {
	year: number;
	mode: PlayMode;
}

export interface PlayerSpan {
	/** The years some record passing the query has, ascending (within the query's own year range). */
	years: number[];
	/** Records passing every other filter that have no year: never shown by a step, counted apart. */
	undated: number;
}

/** The years to step through and the records without a year, for the filters of `query`. One scan. */
export function playerSpan(index: RecordIndex, query: Query): PlayerSpan {
	const yMin = query.yearMin ?? null;
	const yMax = query.yearMax ?? null;
	const positions = filterPositions(index, { ...query, yearMin: null, yearMax: null });
	// Years are 16-bit (index.years): one flag per possible year beats a Set at 100k records.
	const seen = new Uint8Array(1 << 16);
	let undated = 0;
	for (let k = 0; k < positions.length; k++) {
		const y = index.years[positions[k]];
		if (y === 0) undated++;
		else if ((yMin === null || y >= yMin) && (yMax === null || y <= yMax)) seen[y + 32768] = 1;
	}
	const years: number[] = [];
	for (let i = 0; i < seen.length; i++) if (seen[i]) years.push(i - 32768);
	return { years, undated };
}

/** The first year of `years` after `year` (the first one when `year` is null); null past the last. */
export function nextYear(years: readonly number[], year: number | null): number | null {
	if (year === null) return years[0] ?? null;
	for (const y of years) if (y > year) return y;
	return null;
}

/** The last year of `years` before `year` (the last one when `year` is null); null before the first. */
export function prevYear(years: readonly number[], year: number | null): number | null {
	if (year === null) return years.at(-1) ?? null;
	for (let k = years.length - 1; k >= 0; k--) if (years[k] < year) return years[k];
	return null;
}

/**
 * The query (or filters: any object with `yearMin`/`yearMax`) of one step: its year range narrowed
 * to the years up to `play.year` (cumulative) or to that year alone, never widened: a year outside
 * the range matches nothing. No play: `q` itself.
 */
export function playQuery<Q extends { yearMin?: number | null; yearMax?: number | null }>(q: Q, play: Play | null): Q {
	if (!play) return q;
	const { year, mode } = play;
	const yearMax = q.yearMax == null ? year : Math.min(q.yearMax, year);
	const yearMin = mode === 'single' ? (q.yearMin == null ? year : Math.max(q.yearMin, year)) : (q.yearMin ?? null);
	return { ...q, yearMin, yearMax };
}

/**
 * `filterFaceted` of a step, for one dashboard: a cumulative step after the previous one (same
 * index, filters and dimensions, a later year) adds the records of the years in between to the
 * last result instead of counting every shown record again; any other step is a plain
 * `filterFaceted` of `playQuery(base, play)`. Same result either way (tests/unit/player.test.ts).
 */
export function createStepper(): (index: RecordIndex, base: Query, play: Play | null, dims?: readonly Dim[]) => Faceted {
	let last: { index: RecordIndex; key: string; year: number; result: Faceted } | null = null;
	return (index, base, play, dims = DIMS) => {
		const query = playQuery(base, play);
		if (!play || play.mode !== 'cumulative') {
			last = null;
			return filterFaceted(index, query, dims);
		}
		const key = JSON.stringify([base, dims]);
		// The same step again (the view state, then the URL it wrote): the same result.
		if (last && last.index === index && last.key === key && last.year === play.year) return last.result;
		let result: Faceted;
		if (last && last.index === index && last.key === key && last.year < play.year) {
			const from = Math.max(last.year + 1, query.yearMin ?? -Infinity);
			const added = filterFaceted(index, { ...query, yearMin: from }, dims);
			const facets: Faceted['facets'] = {};
			for (const d of dims) {
				const sum = Uint32Array.from(last.result.facets[d]!);
				const more = added.facets[d]!;
				for (let k = 0; k < sum.length; k++) sum[k] += more[k];
				facets[d] = sum;
			}
			result = { positions: mergeAscending(last.result.positions, added.positions), facets };
		} else result = filterFaceted(index, query, dims);
		last = { index, key, year: play.year, result };
		return result;
	};
}

/** The union of two ascending position lists with no common element, ascending. */
function mergeAscending(a: Uint32Array, b: Uint32Array): Uint32Array {
	if (!b.length) return a;
	const out = new Uint32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = a[i] < b[j] ? a[i++] : b[j++];
	while (i < a.length) out[k++] = a[i++];
	while (j < b.length) out[k++] = b[j++];
	return out;
}
