/**
 * Free-text search over collectivité names, partner names, partner countries and titles:
 * accent- and case-insensitive (text.ts's normKey), tolerant of small typos.
 * A query token matches a vocabulary token when it is a prefix of it, or within a Damerau
 * (optimal string alignment) distance of 1 for tokens of ≥ 5 characters, 2 for ≥ 9; the last
 * token, still being typed, may also match a token's prefix within one edit. All tokens must match.
 *
 * @example searchRecordIds(createSearchIndex(records), 'montpelier') // → ids of the Montpellier records
 */
import type { CoopRecord } from './model';
import { normKey } from './text';

export interface SearchIndex {
	n: number;
	/** Distinct tokens, sorted, with their postings (record positions, CSR). */
	tokens: string[];
	offsets: Uint32Array;
	postings: Uint32Array;
	/** Last few query results, since typing re-runs the same query prefixes. */
	cache: Map<string, Uint8Array>;
}

/** The strings of a record that search looks at. */
function* searchedStrings(r: CoopRecord): Generator<string> {
	for (const f of r.french) {
		yield f.name;
		if (f.officialName && f.officialName !== f.name) yield f.officialName;
	}
	for (const p of r.partners) {
		yield p.name;
		if (p.countryFr) yield p.countryFr;
		if (p.countryEn) yield p.countryEn;
	}
	if (r.title) yield r.title;
}

export function createSearchIndex(records: readonly CoopRecord[]): SearchIndex {
	// Token ids per distinct string (names repeat across records), then (token, record) pairs.
	const idOf = new Map<string, number>();
	const raw: string[] = [];
	const memo = new Map<string, number[]>();
	let stamp: Int32Array = new Int32Array(1024);
	let pairTok: Uint32Array = new Uint32Array(1 << 16);
	let pairRec: Uint32Array = new Uint32Array(1 << 16);
	let len = 0;
	for (let i = 0; i < records.length; i++) {
		for (const s of searchedStrings(records[i])) {
			let ids = memo.get(s);
			if (!ids) {
				ids = [];
				for (const t of normKey(s).split(' ')) {
					if (!t) continue;
					let id = idOf.get(t);
					if (id === undefined) idOf.set(t, (id = raw.push(t) - 1));
					ids.push(id);
				}
				memo.set(s, ids);
				if (raw.length > stamp.length) stamp = grow(stamp, raw.length * 2) as Int32Array;
			}
			for (const id of ids) {
				if (stamp[id] === i + 1) continue; // once per record
				stamp[id] = i + 1;
				if (len === pairTok.length) {
					pairTok = grow(pairTok, len * 2) as Uint32Array;
					pairRec = grow(pairRec, len * 2) as Uint32Array;
				}
				pairTok[len] = id;
				pairRec[len++] = i;
			}
		}
	}
	// Sorted vocabulary for prefix search; postings grouped per token by a counting sort (stable: records stay in order).
	const order = raw.map((_, k) => k).sort((a, b) => (raw[a] < raw[b] ? -1 : raw[a] > raw[b] ? 1 : 0));
	const rank = new Uint32Array(raw.length);
	order.forEach((k, r) => (rank[k] = r));
	const offsets = new Uint32Array(raw.length + 1);
	for (let k = 0; k < len; k++) offsets[rank[pairTok[k]] + 1]++;
	for (let r = 0; r < raw.length; r++) offsets[r + 1] += offsets[r];
	const fill = offsets.slice(0, raw.length);
	const postings = new Uint32Array(len);
	for (let k = 0; k < len; k++) postings[fill[rank[pairTok[k]]]++] = pairRec[k];
	return { n: records.length, tokens: order.map((k) => raw[k]), offsets, postings, cache: new Map() };
}

function grow<T extends Int32Array | Uint32Array>(a: T, size: number): T {
	const b = new (a.constructor as new (n: number) => T)(size);
	b.set(a);
	return b;
}

/** Typo budget for a query token of this length. */
export function typoBudget(length: number): number {
	return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Vocabulary tokens matched by one query token. */
export function matchingTokens(index: SearchIndex, q: string, isLast: boolean): string[] {
	const ids = matchingTokenIds(index, q, isLast);
	return ids.map((k) => index.tokens[k]);
}

function matchingTokenIds(index: SearchIndex, q: string, isLast: boolean): number[] {
	const { tokens } = index;
	const out: number[] = [];
	// Prefix range by binary search in the sorted vocabulary.
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid] < q) lo = mid + 1;
		else hi = mid;
	}
	const prefixStart = lo;
	while (lo < tokens.length && tokens[lo].startsWith(q)) out.push(lo++);
	const prefixEnd = lo;
	const max = typoBudget(q.length);
	if (max === 0) return out;
	// A word still being typed may be a typo'd prefix, with one edit at most (two would let
	// "montpelier" reach "montbeliard").
	const prefixMax = isLast ? 1 : -1;
	for (let k = 0; k < tokens.length; k++) {
		if (k >= prefixStart && k < prefixEnd) continue;
		const token = tokens[k];
		if (withinDistance(q, token, max) || (prefixMax >= 0 && withinDistance(q, token, prefixMax, true))) out.push(k);
	}
	return out;
}

/** Positions of the records matching every token of `query` (1 = match). */
export function searchMask(index: SearchIndex, query: string): Uint8Array | null {
	const q = normKey(query);
	if (!q) return null;
	const cached = index.cache.get(q);
	if (cached) return cached;
	const parts = q.split(' ');
	let result: Uint8Array | null = null;
	parts.forEach((part, p) => {
		const mask = new Uint8Array(index.n);
		for (const k of matchingTokenIds(index, part, p === parts.length - 1))
			for (let j = index.offsets[k], end = index.offsets[k + 1]; j < end; j++) mask[index.postings[j]] = 1;
		if (result) for (let i = 0; i < mask.length; i++) result[i] &= mask[i];
		else result = mask;
	});
	if (index.cache.size > 32) index.cache.delete(index.cache.keys().next().value!);
	index.cache.set(q, result!);
	return result;
}

/** Positions of the records matching `query`, in record order. */
export function searchPositions(index: SearchIndex, query: string): number[] {
	const mask = searchMask(index, query);
	const out: number[] = [];
	if (mask) for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
	return out;
}

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Is the optimal-string-alignment distance between `a` and `b` (or, with `prefix`, between `a`
 * and some prefix of `b`) at most `max`? Stops as soon as a whole row exceeds `max`.
 */
export function withinDistance(a: string, b: string, max: number, prefix = false): boolean {
	const m = a.length;
	const n = prefix ? Math.min(b.length, m + max) : b.length;
	if (!prefix && Math.abs(m - n) > max) return false;
	if (n < m - max) return false;
	if (n + 1 > cur.length) {
		prev2 = new Int32Array(n + 1);
		prev = new Int32Array(n + 1);
		cur = new Int32Array(n + 1);
	}
	for (let j = 0; j <= n; j++) prev[j] = j;
	for (let i = 1; i <= m; i++) {
		cur[0] = i;
		let rowMin = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j <= n; j++) {
			const cb = b.charCodeAt(j - 1);
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
			if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return false;
		const t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	if (!prefix) return prev[n] <= max;
	for (let j = 0; j <= n; j++) if (prev[j] <= max) return true;
	return false;
}
