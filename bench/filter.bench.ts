/**
 * A filter change on 100k synthetic links, as the dashboard does it: indexed filter, key figures,
 * every chart's aggregation (src/lib/data/aggregate.ts) and the map's GeoJSON and flows
 * (src/lib/map). p95 over 50 varied changes (countries, continents, regions, years, themes,
 * link types, typo-tolerant searches, combinations and resets), after one warm-up pass. Budget: 50 ms.
 *   npx tsx bench/filter.bench.ts   (prints JSON)   ·   npm run bench -- filter
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { syntheticAtlas, syntheticContinent } from '../src/lib/data/synthetic';
import { buildIndex, countsAt, filterPositions, keyFiguresAt } from '../src/lib/data/query';
import { countByCountry, countByLinkType, countByRegion, countByTheme, countByYear } from '../src/lib/data/aggregate';
import { buildMapData } from '../src/lib/map/geojson';
import { buildFlows, type BasemapLabels } from '../src/lib/map/aggregate-flows';
import { emptyFilters, type Filters } from '../src/lib/state/filters';
import { median, type BenchRow } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LINKS = 100_000;

/** 50 filter states a user might go through, in order. */
function changes(): Partial<Filters>[] {
	const countries = ['SN', 'DE', 'IT', 'ML', 'PS', 'JP', 'CA', 'BF', 'MA', 'GB'];
	const regions = ['76', '84', '11', '53', '75', '44', '32', '93'];
	const out: Partial<Filters>[] = [];
	for (const c of countries) out.push({ countries: [c] });
	for (const r of regions) out.push({ regions: [r] });
	for (const c of ['AF', 'EU', 'AS', 'NA', 'SA', 'OC']) out.push({ continents: [c] });
	for (const [a, b] of [[1950, 1970], [1990, 2000], [2010, 2025], [2020, 2025]]) out.push({ yearMin: a, yearMax: b });
	for (const q of ['montpelier', 'bethleem', 'kanazawa', 'eau', 'tou', 'cooperation culture', 'sene']) out.push({ q });
	for (const t of ['culture', 'jeunesse', 'climat']) out.push({ themes: [t] });
	for (const l of ['laureat_aap', 'jumelage'] as const) out.push({ linkTypes: [l] });
	out.push({ regions: ['76'], continents: ['AF'] }, { countries: ['SN', 'ML', 'BF'], yearMin: 2010 }, { kinds: ['epci'] });
	out.push({ q: 'montpelier', countries: ['PS'] }, { regions: ['84'], themes: ['culture'], linkTypes: ['cooperation_decentralisee'] });
	while (out.length < 50) out.push({}); // resets: the heaviest case, everything shown
	return out.slice(0, 50);
}

export default async function filterBench(): Promise<BenchRow[]> {
	const labels = JSON.parse(readFileSync(path.join(ROOT, 'static/basemap/labels.json'), 'utf8')) as BasemapLabels;
	// Through JSON like the browser's fetch, so strings are flat as in real use.
	const atlas = JSON.parse(JSON.stringify(syntheticAtlas(42, LINKS))) as ReturnType<typeof syntheticAtlas>;
	let t = performance.now();
	const index = buildIndex(atlas.records, syntheticContinent);
	const indexMs = performance.now() - t;

	const step = (patch: Partial<Filters>) => {
		const t0 = performance.now();
		const positions = filterPositions(index, { ...emptyFilters(), ...patch });
		const records = Array.from(positions, (i) => index.records[i]);
		const t1 = performance.now();
		keyFiguresAt(index, positions);
		countByCountry(records);
		countByTheme(records);
		countByRegion(records);
		countByYear(records);
		countByLinkType(records);
		const t2 = performance.now();
		const data = buildMapData(records, 'fr');
		buildFlows(data, labels, 'fr');
		const t3 = performance.now();
		// The same chart counts straight from the index, for comparison (not part of the total).
		const t4 = performance.now();
		for (const d of ['countries', 'themes', 'regions', 'linkTypes'] as const) countsAt(index.dims[d], positions);
		const indexCharts = performance.now() - t4;
		return { total: t3 - t0, filter: t1 - t0, charts: t2 - t1, map: t3 - t2, indexCharts, n: records.length };
	};

	const list = changes();
	for (const c of list) step(c); // warm-up: JIT, arc cache (kept by the app across changes too)
	const runs = list.map(step);
	const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
	const totals = runs.map((r) => r.total);
	const round = (x: number) => Math.round(x * 10) / 10;
	return [
		{ name: 'filter change, 100k links: filter + key figures + charts + map GeoJSON (p95)', value: round(p95(totals)), unit: 'ms', budget: 50, note: `median ${round(median(totals))} ms, max ${round(Math.max(...totals))} ms over ${runs.length} changes; ${atlas.records.length} records` },
		{ name: '  of which filter + search (p95)', value: round(p95(runs.map((r) => r.filter))), unit: 'ms' },
		{ name: '  of which key figures + chart aggregations (p95)', value: round(p95(runs.map((r) => r.charts))), unit: 'ms' },
		{ name: '  of which map GeoJSON + flows (p95)', value: round(p95(runs.map((r) => r.map))), unit: 'ms' },
		{ name: 'for comparison: chart counts from the index (countsAt, p95)', value: round(p95(runs.map((r) => r.indexCharts))), unit: 'ms' },
		{ name: 'build filter/search index, 100k links (once per data change)', value: Math.round(indexMs), unit: 'ms' }
	];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	filterBench().then((rows) => console.log(JSON.stringify(rows, null, 2)));
}
