/** The user's column choices, remembered per header set and used by the next import of a file with the same headers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headerSetKey, rememberedMapping } from '../../src/lib/data/formats';
import { importFile } from '../../src/lib/data/pipeline';
import { parseSaved, rememberMapping, savedMappings } from '../../src/lib/imports/mappings';
import { FIXTURES, realResources } from './helpers/real-data';

const FREE = readFileSync(path.join(FIXTURES, 'reseau-entetes-libres.csv'));
const HEADERS = ['Qui', 'Type', 'Avec qui', 'Où', 'Depuis', 'Comment', 'Sujets', 'Réf.'];
const CHOICE = { french: 'Qui', partner: 'Avec qui', country: 'Où' };

describe('remembered mappings', () => {
	const store = new Map<string, string>();
	beforeEach(() => {
		store.clear();
		(globalThis as { localStorage?: unknown }).localStorage = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v)
		};
	});
	afterEach(() => delete (globalThis as { localStorage?: unknown }).localStorage);

	it('the header set key ignores case, accents and punctuation, not order', () => {
		expect(headerSetKey(['Qui', 'Où'])).toBe(headerSetKey(['QUI', 'ou.']));
		expect(headerSetKey(['Qui', 'Où'])).not.toBe(headerSetKey(['Où', 'Qui']));
	});

	it('a choice is kept for its header set and spelt as in the next file', () => {
		rememberMapping(HEADERS, CHOICE);
		const saved = savedMappings();
		expect(rememberedMapping(HEADERS, saved)).toEqual(CHOICE);
		expect(rememberedMapping(HEADERS.map((h) => h.toUpperCase()), saved)).toEqual({ french: 'QUI', partner: 'AVEC QUI', country: 'OÙ' });
		expect(rememberedMapping(['Qui', 'Avec qui'], saved)).toBeUndefined();
	});

	it('stored values are checked: unknown fields, non-strings and broken JSON are dropped', () => {
		expect(parseSaved('{"k":{"french":"A","evil":"B","partner":3}}')).toEqual({ k: { french: 'A' } });
		expect(parseSaved('not json')).toEqual({});
		expect(parseSaved(null)).toEqual({});
	});

	it('the pipeline imports a file with the remembered choice for its headers, and fails without it', async () => {
		const err = await importFile(new Uint8Array(FREE), { fileName: 'x.csv' }, realResources()).catch((e) => e);
		expect(err).toMatchObject({ code: 'no-columns', columns: { headers: HEADERS, missing: ['french', 'partner'] } });
		expect(err.columns.preview).toHaveLength(5);
		expect(err.columns.preview[0].slice(0, 4)).toEqual(['Grenoble', 'commune', 'Sévan', 'Arménie']);
		rememberMapping(HEADERS, CHOICE);
		const { report } = await importFile(new Uint8Array(FREE), { fileName: 'x.csv', savedMappings: savedMappings() }, realResources());
		expect(report).toMatchObject({ rows: 45, accepted: 45, countries: 21, mapping: CHOICE });
	});
});
