/**
 * The year player at 100k synthetic links: one frame is one year step as the dashboard does it
 * (Explorer.svelte and what it feeds): the step's query (data/player.ts `playQuery`) through
 * `filterFaceted` with the filter panel's facet counts, the key figures, the distinct links, every
 * chart's aggregation and the map's GeoJSON, flows and summary — the same work as a filter change
 * (bench/filter.bench.ts). The faceted filter goes through `createStepper` as in the dashboard: a
 * cumulative step adds the years since the previous step to its records and facet counts; key
 * figures, charts and map data are computed in full at every step.
 * Every year of the data is stepped through, cumulative and per year, with no other filter and
 * under a continent filter, after one warm-up pass. p50 and p95 of a step; budget 50 ms.
 *   npx tsx bench/player.bench.ts   (prints JSON)   ·   npm run bench -- player
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { syntheticAtlas, syntheticContinent } from '../tests/unit/helpers/synthetic';
import { buildIndex, DIMS, keyFiguresAt, linksOf, type Query } from '../src/lib/data/query';
import { createStepper, nextYear, playerSpan, playQuery, type Play, type PlayMode } from '../src/lib/data/player';
import type { BasemapLabels } from '../src/lib/map/aggregate-flows';
import { chartCounts, mapWork } from './lib/dashboard-work';
import { partnerCountryTest } from '../src/lib/data/partners';
import { mapIndexFor } from '../src/lib/map/map-index';
import { median, type BenchRow } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LINKS = 100_000;

export default async function playerBench(): Promise<BenchRow[]> {
	const labels = JSON.parse(readFileSync(path.join(ROOT, 'static/basemap/labels.json'), 'utf8')) as BasemapLabels;
	// Through JSON like the browser's fetch, so strings are flat as in real use.
	const atlas = JSON.parse(JSON.stringify(syntheticAtlas(42, LINKS))) as ReturnType<typeof syntheticAtlas>;
	const index = buildIndex(atlas.records, syntheticContinent);
	mapIndexFor(atlas.records);

	/** One frame: what the dashboard recomputes when the player shows `play` under `base`. */
	const stepper = createStepper();
	const frame = (base: Query, play: Play) => {
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		const query = playQuery(base, play);
		const { positions } = stepper(index, base, play, DIMS.filter((d) => d !== 'french'));
		keyFiguresAt(index, positions, query);
		const links = linksOf({ index, positions });
		const t1 = performance.now();
		chartCounts(links, query);
		const t2 = performance.now();
		mapWork(links, labels, undefined, partnerCountryTest(query, syntheticContinent));
		const t3 = performance.now();
		const cpu = process.cpuUsage(cpu0);
		return { cpu: (cpu.user + cpu.system) / 1000, total: t3 - t0, filter: t1 - t0, charts: t2 - t1, map: t3 - t2, n: positions.length };
	};

	const bases: Query[] = [{}, { continents: ['AF'] }];
	let spanMs = 0;
	const plan: { base: Query; play: Play }[] = [];
	for (const base of bases) {
		const t = performance.now();
		const span = playerSpan(index, base); // once per filter change, not per frame
		spanMs = Math.max(spanMs, performance.now() - t);
		for (const mode of ['cumulative', 'single'] as PlayMode[])
			for (let y = nextYear(span.years, null); y !== null; y = nextYear(span.years, y)) plan.push({ base, play: { year: y, mode } });
	}
	const undated = playerSpan(index, {}).undated;
	for (const p of plan) frame(p.base, p.play); // warm-up: JIT, map index, arc cache (kept by the app across steps)
	const runs = plan.map((p) => ({ mode: p.play.mode, ...frame(p.base, p.play) }));

	const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * p) - 1)];
	const round = (x: number) => Math.round(x * 10) / 10;
	const totals = runs.map((r) => r.total);
	const of = (mode: PlayMode) => runs.filter((r) => r.mode === mode).map((r) => r.total);
	const years = plan.length / (2 * bases.length);
	return [
		{ name: 'year player step, 100k links: filter + facets + key figures + charts + map (p95)', value: round(pct(totals, 0.95)), unit: 'ms', budget: 50, note: `p50 ${round(median(totals))} ms, max ${round(Math.max(...totals))} ms over ${runs.length} steps (≈ ${Math.round(years)} years × 2 modes × 2 filters); ${undated} undated records counted apart` },
		{ name: 'year player step, 100k links (p50)', value: round(median(totals)), unit: 'ms', budget: 50 },
		{ name: '  CPU time of a step (p95; less sensitive to a busy machine than wall time)', value: round(pct(runs.map((r) => r.cpu), 0.95)), unit: 'ms', note: `p50 ${round(median(runs.map((r) => r.cpu)))} ms` },
		{ name: '  cumulative steps (p95)', value: round(pct(of('cumulative'), 0.95)), unit: 'ms', note: `p50 ${round(median(of('cumulative')))} ms` },
		{ name: '  per-year steps (p95)', value: round(pct(of('single'), 0.95)), unit: 'ms', note: `p50 ${round(median(of('single')))} ms` },
		{ name: '  of which filter + facet counts + key figures (p95)', value: round(pct(runs.map((r) => r.filter), 0.95)), unit: 'ms' },
		{ name: '  of which chart aggregations (p95)', value: round(pct(runs.map((r) => r.charts), 0.95)), unit: 'ms' },
		{ name: '  of which map GeoJSON + flows + summary (p95)', value: round(pct(runs.map((r) => r.map), 0.95)), unit: 'ms' },
		{ name: 'years to play and undated count (once per filter change, max)', value: round(spanMs), unit: 'ms' }
	];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	playerBench().then((rows) => console.log(JSON.stringify(rows, null, 2)));
}
