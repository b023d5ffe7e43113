import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import type { CoopRecord } from '../../src/lib/data/model';
import { buildIndex, filterRecords, type RecordIndex } from '../../src/lib/data/query';
import { createSearchIndex, matchingTokens, searchPositions, typoBudget, withinDistance } from '../../src/lib/data/search';
import { emptyFilters } from '../../src/lib/state/filters';
import { FILES, readBytes, realResources } from './helpers/real-data';

let records: CoopRecord[];
let index: RecordIndex;

beforeAll(async () => {
	records = [];
	for (const [file, fileName] of [
		[FILES.laureats, 'laureats.csv'],
		[FILES.partenariats, 'partenariats.csv'],
		[FILES.twinTowns, 'twin-towns-france.csv']
	])
		records.push(...(await importFile(readBytes(file), { fileName }, realResources())).records);
	index = buildIndex(records);
});

const search = (q: string) => filterRecords(records, { ...emptyFilters(), q }, index);
const names = (r: CoopRecord) => [...r.french.map((f) => f.name), ...r.partners.map((p) => p.name)].join(' | ');

describe('search over the real laureates, partnerships and twin towns', () => {
	it('"bethleem" finds the Béthléem laureate row (Montpellier Méditerranée Métropole, Franco-palestinien 2025)', () => {
		const hit = search('bethleem').find((r) => r.source.file === 'laureats.csv' && r.partners.some((p) => p.name === 'Béthléem'));
		expect(hit).toBeDefined();
		expect(hit!.french[0].name).toBe('Montpellier Méditerranée Métropole');
		expect(hit!.call?.name).toBe('Franco-palestinien 2025');
	});

	it('"montpelier" finds every Montpellier row', () => {
		const expected = records.filter((r) => /montpellier/i.test(names(r))).map((r) => r.id);
		expect(expected.length).toBeGreaterThanOrEqual(15);
		const found = new Set(search('montpelier').map((r) => r.id));
		for (const id of expected) expect(found, id).toContain(id);
	});

	it.each([
		['BÉTHLÉEM', 'accents and case'],
		['Bethléem', 'one accent'],
		['bethlem', 'one letter missing'],
		['bethleme', 'transposition']
	])('"%s" (%s) finds Béthléem', (q) => {
		expect(search(q).some((r) => r.partners.some((p) => p.name === 'Béthléem'))).toBe(true);
	});

	it.each([
		['montpellier', 'Montpellier'],
		['MONTPELLIER', 'Montpellier'],
		['monptellier', 'Montpellier'],
		['montpeliier', 'Montpellier'],
		['toulous', 'Toulouse'],
		['sicoval', 'Sicoval'],
		['castres huye', 'Castres'],
		['kanazawa', 'Kanazawa'],
		['saint etienne', 'Saint-Étienne']
	])('"%s" finds %s', (q, name) => {
		const hits = search(q);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.some((r) => names(r).includes(name))).toBe(true);
	});

	it('searches titles too', () => {
		const hits = search('podcast villes creatives');
		expect(hits.map((r) => r.french[0].name)).toContain('Toulouse');
	});

	it('all words must match', () => {
		const both = search('montpellier bethleem');
		expect(both.length).toBeGreaterThan(0);
		for (const r of both) expect(names(r).toLowerCase() + (r.title ?? '').toLowerCase()).toMatch(/montpellier/);
		expect(both.length).toBeLessThan(search('montpellier').length);
	});

	it('finds nothing for a word absent from the data', () => {
		expect(search('zzqxwv')).toEqual([]);
	});

	it('an empty query filters nothing', () => {
		expect(search('  ').length).toBe(records.length);
	});
});

describe('typo tolerance bounds', () => {
	it.each([
		['montpelier', 'montpellier', 2, false, true],
		['bethleem', 'bethlehem', 1, false, true],
		['bethleme', 'bethleem', 1, false, true],
		['paris', 'parme', 1, false, false],
		['montp', 'montpellier', 1, true, true],
		['montpeli', 'montpellier', 1, true, true],
		['toulouse', 'toulon', 1, false, false]
	])('withinDistance(%s, %s, %i, prefix=%s) = %s', (a, b, max, prefix, expected) => {
		expect(withinDistance(a, b, max, prefix)).toBe(expected);
	});

	it.each([
		[3, 0],
		[4, 0],
		[5, 1],
		[8, 1],
		[9, 2],
		[14, 2]
	])('a %i-letter word allows %i typos', (len, budget) => expect(typoBudget(len)).toBe(budget));

	it('short words match by prefix only', () => {
		const idx = createSearchIndex(records);
		expect(matchingTokens(idx, 'nim', true).every((t) => t.startsWith('nim'))).toBe(true);
		expect(searchPositions(idx, 'nimes').length).toBeGreaterThan(0);
	});
});

describe('typos stay small', () => {
	it('"montpelier" does not reach Montbéliard (3 edits away, 2 from its prefix)', () => {
		const idx = createSearchIndex(records);
		expect(matchingTokens(idx, 'montpelier', true)).toEqual(['montpellier']);
		expect(search('montpelier').every((r) => /montpellier/i.test(names(r) + ' ' + (r.title ?? '')))).toBe(true);
	});
});
