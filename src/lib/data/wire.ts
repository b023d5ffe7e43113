/**
 * The wire format of the embedded atlas (static/data/atlas.columns.json): the same `Atlas`, written
 * column by column with every string stored once. The records repeat the same few hundred strings
 * (dataset titles, licences, URLs, country and région names) thousands of times: as columns of
 * string numbers the file is a fraction of the plain JSON, and the browser parses arrays of small
 * integers much faster than thousands of objects. decodeAtlas(encodeAtlas(x)) deep-equals x.
 *
 * The encoding is generic over the shape of the objects (a key added to the model travels without
 * a change here): an array of objects becomes a table with one column per key; a column holds
 * strings (as numbers into `strings`), numbers, nested objects, arrays of objects or of strings,
 * or plain JSON values when its values are of mixed kinds. Keys missing from some rows keep
 * the positions of the rows that have them, so optional keys stay absent after decoding.
 */
import type { Atlas } from './model';

export const WIRE_FORMAT = 'atlas-columns/1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

/** A column of a table, `rows` (positions, ascending) when the key is missing from some rows. */
export type Column =
	| { key: string; kind: 's'; rows?: number[]; values: number[] | Runs<number> } // string index, -1 for null
	| { key: string; kind: 'n'; rows?: number[]; values: (number | null)[] | Runs<number | null> }
	| { key: string; kind: 'o'; rows?: number[]; nulls: number[]; table: Table } // objects; `nulls`: positions (in this column) of null values
	| { key: string; kind: 'a'; rows?: number[]; lengths: number[]; table: Table } // arrays of objects, flattened
	| { key: string; kind: 'as'; rows?: number[]; lengths: number[]; values: number[] } // arrays of strings, flattened
	| { key: string; kind: 'j'; rows?: number[]; values: Json[] };

/** Run-length form of a column whose values repeat (`[value, count, value, count, …]`). */
export interface Runs<T> {
	runs: (T | number)[];
}

export interface Table {
	length: number;
	columns: Column[];
}

export interface AtlasWire {
	format: typeof WIRE_FORMAT;
	strings: string[];
	records: Table;
	/** The other members of the atlas (datasets, figures…), small: as they are. */
	rest: Obj;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Strings {
	readonly list: string[] = [];
	readonly #ids = new Map<string, number>();
	id(s: string): number {
		let id = this.#ids.get(s);
		if (id === undefined) this.#ids.set(s, (id = this.list.push(s) - 1));
		return id;
	}
}

/** The values as runs when that is at most half as long. */
function compact<T extends number | null>(values: T[]): T[] | Runs<T> {
	const runs: (T | number)[] = [];
	for (let i = 0; i < values.length; ) {
		let j = i + 1;
		while (j < values.length && values[j] === values[i]) j++;
		runs.push(values[i], j - i);
		if (runs.length * 2 > values.length) return values;
		i = j;
	}
	return { runs };
}

function expand<T>(values: T[] | Runs<T>): T[] {
	if (Array.isArray(values)) return values;
	const out: T[] = [];
	const r = values.runs;
	for (let k = 0; k < r.length; k += 2) for (let n = r[k + 1] as number; n > 0; n--) out.push(r[k] as T);
	return out;
}

function kindOf(values: Json[]): Column['kind'] {
	const present = values.filter((v) => v !== null);
	if (present.every((v) => typeof v === 'string')) return 's';
	if (present.every((v) => typeof v === 'number')) return 'n';
	if (present.every(isObj)) return 'o';
	if (values.every((v) => Array.isArray(v))) {
		const items = (values as Json[][]).flat();
		if (items.every((v) => typeof v === 'string')) return 'as';
		if (items.every(isObj)) return 'a';
	}
	return 'j';
}

function encodeColumn(key: string, values: Json[], rows: number[] | undefined, strings: Strings): Column {
	const at = rows ? { rows } : {};
	switch (kindOf(values)) {
		case 's':
			return { key, kind: 's', ...at, values: compact(values.map((v) => (v === null ? -1 : strings.id(v as string)))) };
		case 'n':
			return { key, kind: 'n', ...at, values: compact(values as (number | null)[]) };
		case 'o': {
			const nulls: number[] = [];
			values.forEach((v, i) => v === null && nulls.push(i));
			return { key, kind: 'o', ...at, nulls, table: encodeTable(values.filter(isObj), strings) };
		}
		case 'as':
			return { key, kind: 'as', ...at, lengths: (values as string[][]).map((v) => v.length), values: (values as string[][]).flat().map((s) => strings.id(s)) };
		case 'a':
			return { key, kind: 'a', ...at, lengths: (values as Obj[][]).map((v) => v.length), table: encodeTable((values as Obj[][]).flat(), strings) };
		default:
			return { key, kind: 'j', ...at, values };
	}
}

function encodeTable(objects: Obj[], strings: Strings): Table {
	const keys: string[] = [];
	const seen = new Set<string>();
	for (const o of objects) for (const k of Object.keys(o)) if (!seen.has(k)) (seen.add(k), keys.push(k));
	const columns = keys.map((key) => {
		const rows: number[] = [];
		const values: Json[] = [];
		objects.forEach((o, i) => {
			if (Object.hasOwn(o, key) && o[key] !== undefined) (rows.push(i), values.push(o[key]));
		});
		return encodeColumn(key, values, rows.length === objects.length ? undefined : rows, strings);
	});
	return { length: objects.length, columns };
}

/** The atlas as columns (what scripts/build-data.ts writes). */
export function encodeAtlas(atlas: Atlas): AtlasWire {
	const strings = new Strings();
	const { records, ...rest } = atlas;
	const table = encodeTable(records as unknown as Obj[], strings);
	return { format: WIRE_FORMAT, strings: strings.list, records: table, rest: rest as unknown as Obj };
}

function decodeColumn(c: Column, strings: readonly string[]): Json[] {
	switch (c.kind) {
		case 's':
			return expand(c.values).map((i) => (i < 0 ? null : strings[i]));
		case 'n':
			return expand(c.values);
		case 'j':
			return c.values;
		case 'o': {
			const objects = decodeTable(c.table, strings);
			const out: Json[] = new Array(objects.length + c.nulls.length);
			let next = 0;
			for (let i = 0, n = 0; i < out.length; i++) out[i] = c.nulls[n] === i ? (n++, null) : objects[next++];
			return out;
		}
		case 'as': {
			let at = 0;
			return c.lengths.map((len) => {
				const a: string[] = new Array(len);
				for (let k = 0; k < len; k++) a[k] = strings[c.values[at++]];
				return a;
			});
		}
		case 'a': {
			const items = decodeTable(c.table, strings);
			let at = 0;
			return c.lengths.map((len) => items.slice(at, (at += len)));
		}
	}
}

function decodeTable(t: Table, strings: readonly string[]): Obj[] {
	const objects: Obj[] = new Array(t.length);
	for (let i = 0; i < t.length; i++) objects[i] = {};
	for (const c of t.columns) {
		const values = decodeColumn(c, strings);
		if (c.rows) for (let k = 0; k < c.rows.length; k++) objects[c.rows[k]][c.key] = values[k];
		else for (let i = 0; i < t.length; i++) objects[i][c.key] = values[i];
	}
	return objects;
}

/** Reads the columns back into the atlas; throws a clear error on anything else. */
export function decodeAtlas(wire: unknown): Atlas {
	if (!isObj(wire) || wire.format !== WIRE_FORMAT) {
		throw new Error(`Not an atlas in the ${WIRE_FORMAT} format (run \`npm run data:build\`).`);
	}
	const w = wire as unknown as AtlasWire;
	return { ...(w.rest as object), records: decodeTable(w.records, w.strings) } as unknown as Atlas;
}
