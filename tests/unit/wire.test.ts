/**
 * The atlas's wire format (src/lib/data/wire.ts): the columns give back exactly the records, on the
 * real atlas and on shapes the real data does not have yet (optional keys, nulls, mixed values).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/data/model';
import { decodeAtlas, encodeAtlas } from '../../src/lib/data/wire';
import { syntheticAtlas } from './helpers/synthetic';
import { REPO } from './helpers/real-data';

const ATLAS = path.join(REPO, 'static/data/atlas.json');
const COLUMNS = path.join(REPO, 'static/data/atlas.columns.json');
const roundTrip = (a: Atlas) => decodeAtlas(JSON.parse(JSON.stringify(encodeAtlas(a))));

describe.runIf(existsSync(ATLAS))('the real atlas (static/data/atlas.json)', () => {
	const text = readFileSync(ATLAS, 'utf8');
	const atlas = JSON.parse(text) as Atlas;

	it('decode(encode(atlas)) deep-equals the atlas, optional keys absent where they were', () => {
		expect(atlas.records.length).toBeGreaterThan(1000);
		const back = roundTrip(atlas);
		expect(back).toStrictEqual(atlas);
		expect(JSON.stringify(back).length).toBe(text.length);
	});

	it('the committed atlas.columns.json is the same atlas (rerun `npm run data:build` when not)', () => {
		const wire = readFileSync(COLUMNS, 'utf8');
		expect(decodeAtlas(JSON.parse(wire))).toStrictEqual(atlas);
		expect(wire.length).toBeLessThan(text.length / 3);
	});
});

describe('wire format', () => {
	it('keeps nulls, empty arrays, optional keys and values of mixed kinds', () => {
		const atlas = syntheticAtlas(7, 300);
		const r = atlas.records;
		r[0] = { ...r[0], duplicateOf: r[1].id, call: null, themes: [] };
		r[1] = { ...r[1], french: [{ ...r[1].french[0], candidates: 3, ambiguous: true, lon: null, lat: null }, ...r[1].french.slice(1)] };
		r[2] = { ...r[2], partners: [] };
		(r[3] as unknown as Record<string, unknown>).extra = { any: ['thing', 1, null] };
		(r[4] as unknown as Record<string, unknown>).extra = 'text';
		expect(roundTrip(atlas)).toStrictEqual(atlas);
		expect(roundTrip({ datasets: [], records: [], figures: [] })).toStrictEqual({ datasets: [], records: [], figures: [] });
	});

	it('refuses a file that is not in the format, with the command that rebuilds it', () => {
		const plain = { datasets: [], records: [], figures: [] };
		expect(() => decodeAtlas(plain)).toThrow(/npm run data:build/);
		expect(() => decodeAtlas(null)).toThrow(/atlas-columns/);
	});
});
