/**
 * Facet counts under the current filters: each value's count is the number of records ticking that
 * value alone would give (every other filter, the page scope and the search applied), on the real
 * laureates and partnerships and on seeded synthetic links.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import type { CoopRecord } from '../../src/lib/data/model';
import { buildIndex, DIMS, filterFaceted, filterPositions, type Dim, type Query, type RecordIndex } from '../../src/lib/data/query';
import { syntheticAtlas, syntheticContinent } from './helpers/synthetic';
import { FILES, readBytes, realResources } from './helpers/real-data';

/** For every value of every dimension: the records of `query` with that dimension set to that value only. */
function expectTrueFacets(index: RecordIndex, query: Query, dims: readonly Dim[] = DIMS) {
	const { positions, facets } = filterFaceted(index, query, dims);
	expect([...positions]).toEqual([...filterPositions(index, query)]);
	for (const d of dims) {
		const counts = facets[d]!;
		index.dims[d].values.forEach((v, id) => {
			const ticked = filterPositions(index, { ...query, [d]: [v] }).length;
			expect(counts[id], `${d}=${v} under ${JSON.stringify(query)}`).toBe(ticked);
		});
	}
}

describe('facet counts on the real laureates and partnerships', () => {
	let index: RecordIndex;
	beforeAll(async () => {
		const records: CoopRecord[] = [];
		for (const [file, fileName] of [
			[FILES.laureats, 'laureats.csv'],
			[FILES.partenariats, 'partenariats.csv']
		])
			records.push(...(await importFile(readBytes(file), { fileName }, realResources())).records);
		index = buildIndex(records);
	});

	it.each([
		['no filter', {}],
		['a région scope (/region/76)', { regions: ['76'] }],
		['a région scope and a continent', { regions: ['76'], continents: ['AF'] }],
		['a search', { q: 'montpellier' }],
		['a search and a link type', { q: 'bethleem', linkTypes: ['cooperation_decentralisee'] }],
		['two values of one dimension and a year range', { countries: ['SN', 'PS'], yearMin: 2015, yearMax: 2025 }]
	] as [string, Query][])('%s', (_name, query) => {
		expectTrueFacets(index, query);
	});

	it('a scope narrows the counts of every other dimension (the global counts do not)', () => {
		const { facets } = filterFaceted(index, { regions: ['76'] }, ['countries']);
		const total = index.dims.countries.counts.reduce((s, c) => s + c, 0);
		const scoped = facets.countries!.reduce((s, c) => s + c, 0);
		expect(scoped).toBeGreaterThan(0);
		expect(scoped).toBeLessThan(total);
	});
});

describe('facet counts on 20k synthetic links', () => {
	const { records } = syntheticAtlas(3, 20_000);
	const index = buildIndex(records, syntheticContinent);
	it.each([
		[{ regions: ['84'], themes: ['culture'] }],
		[{ continents: ['EU', 'AF'], kinds: ['commune'], yearMin: 2000 }],
		[{ q: 'sene', linkTypes: ['jumelage'] }]
	] as [Query][])('%j', (query) => {
		expectTrueFacets(index, query, ['countries', 'continents', 'regions', 'kinds', 'linkTypes', 'themes']);
	});
});
