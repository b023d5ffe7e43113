/**
 * A filter change on 100k synthetic links, as the dashboard does it (Explorer.svelte and the
 * components under it): indexed filter with the filter panel's facet counts, key figures, every chart's aggregation (aggregate.ts, as
 * CountsChart/YearChart/RegionChart call them) and the map's GeoJSON, flows and summary (AtlasMap.svelte).
 * The headline is ALL consumers although the UI only mounts the visible tab; the map-tab and
 * charts-tab chains are given too. p95 over 50 varied changes (countries, continents, regions,
 * years, themes, link types, typo-tolerant searches, combinations and resets), after one warm-up
 * pass. Resets reuse the cached "everything" map data as the app does; their cost without that
 * cache is reported separately. Budget: 50 ms.
 *   npx tsx bench/filter.bench.ts   (prints JSON)   ·   npm run bench -- filter
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { syntheticAtlas, syntheticContinent } from '../tests/unit/helpers/synthetic';
import { buildIndex, DIMS, filterFaceted, filterPositions, keyFiguresAt, linksOf, recordsAt } from '../src/lib/data/query';
import type { ArcCache } from '../src/lib/map/geojson';
import type { BasemapLabels } from '../src/lib/map/aggregate-flows';
import { partnerCountryTest } from '../src/lib/data/partners';
import { chartCounts, mapWork } from './lib/dashboard-work';
import { mapIndexFor } from '../src/lib/map/map-index';
import { emptyFilters, toQuery, type Filters } from '../src/lib/state/filters';
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
	t = performance.now();
	mapIndexFor(atlas.records);
	const mapIndexMs = performance.now() - t;

	const step = (patch: Partial<Filters>, arcCache?: ArcCache) => {
		const t0 = performance.now();
		const query = toQuery({ ...emptyFilters(), ...patch });
		// The filter panel's dimensions (components/labels.ts FACET_DIMS: every one but 'french').
		const { positions } = filterFaceted(index, query, DIMS.filter((d) => d !== 'french'));
		recordsAt(index, positions); // the table's rows
		keyFiguresAt(index, positions, query);
		const links = linksOf({ index, positions }); // what the charts and the map count (Explorer)
		const t1 = performance.now();
		chartCounts(links, query);
		const t2 = performance.now();
		mapWork(links, labels, arcCache, partnerCountryTest(query, syntheticContinent));
		const t3 = performance.now();
		filterPositions(index, query); // the same filter without the facet counts, for their cost alone
		const t4 = performance.now();
		return { total: t3 - t0, filter: t1 - t0, charts: t2 - t1, map: t3 - t2, plain: t4 - t3, n: positions.length };
	};

	const list = changes();
	for (const c of list) step(c); // warm-up: JIT, map index, arc cache (kept by the app across changes too)
	const runs = list.map((c) => step(c));
	// Resets again, each with a new arc cache: the "everything" map data is then recomputed, not reused.
	const resets = list.filter((c) => Object.keys(c).length === 0).map((c) => step(c, new Map()));
	const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
	const totals = runs.map((r) => r.total);
	const round = (x: number) => Math.round(x * 10) / 10;
	const stats = (xs: number[]) => `median ${round(median(xs))} ms, max ${round(Math.max(...xs))} ms`;
	return [
		{ name: 'filter change, 100k links, all consumers: filter + key figures + charts + map (p95)', value: round(p95(totals)), unit: 'ms', budget: 50, note: `${stats(totals)} over ${runs.length} changes; ${atlas.records.length} records` },
		{ name: '  of which filter + facet counts + search + key figures (p95)', value: round(p95(runs.map((r) => r.filter))), unit: 'ms' },
		{ name: '  (filter without facet counts, same changes, p95)', value: round(p95(runs.map((r) => r.plain))), unit: 'ms' },
		{ name: '  of which chart aggregations (p95)', value: round(p95(runs.map((r) => r.charts))), unit: 'ms' },
		{ name: '  of which map GeoJSON + flows + summary (p95)', value: round(p95(runs.map((r) => r.map))), unit: 'ms' },
		{ name: 'visible tab only: map tab (filter + figures + map, p95)', value: round(p95(runs.map((r) => r.filter + r.map))), unit: 'ms' },
		{ name: 'visible tab only: charts tab (filter + figures + charts, p95)', value: round(p95(runs.map((r) => r.filter + r.charts))), unit: 'ms' },
		{ name: 'reset to everything without the cached map data (max)', value: round(Math.max(...resets.map((r) => r.total))), unit: 'ms', note: `${stats(resets.map((r) => r.total))} over ${resets.length} resets` },
		{ name: 'build filter/search index, 100k links (once per data change)', value: Math.round(indexMs), unit: 'ms' },
		{ name: 'build map index, 100k links (once per data change, on the first map draw)', value: Math.round(mapIndexMs), unit: 'ms' }
	];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	filterBench().then((rows) => console.log(JSON.stringify(rows, null, 2)));
}
