/**
 * The map's per-filter-change work in Node, for 25k and 100k seeded synthetic links: records → points
 * and world-zoom flows (what a filter change costs: arcs are deferred), then the great-circle arcs
 * built on the first zoom-in or selection ("cold": every geometry computed), then the same again (the
 * unfiltered map data is cached per dataset, language and arc cache, so this is a reuse). The map index
 * (map-index.ts) is built once per records array and shared by the runs.
 *   npm run bench -- map
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { syntheticAtlas } from '../tests/unit/helpers/synthetic';
import { buildMapData, type ArcCache } from '../src/lib/map/geojson';
import { recordSet } from '../src/lib/data/query';
import { buildFlows, type BasemapLabels } from '../src/lib/map/aggregate-flows';
import { median, type BenchRow } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default async function mapBench(): Promise<BenchRow[]> {
	const labels = JSON.parse(readFileSync(path.join(ROOT, 'static/basemap/labels.json'), 'utf8')) as BasemapLabels;
	const rows: BenchRow[] = [];
	for (const n of [25_000, 100_000]) {
		const records = JSON.parse(JSON.stringify(syntheticAtlas(42, n).records)) as ReturnType<typeof syntheticAtlas>['records'];
		const change: number[] = [];
		const arcsCold: number[] = [];
		const arcsWarm: number[] = [];
		let arcs = 0;
		const all = recordSet(records);
		for (let run = 0; run < 5; run++) {
			const cache: ArcCache = new Map();
			let t = performance.now();
			const data = buildMapData(all, 'fr', cache);
			buildFlows(data, labels);
			change.push(performance.now() - t);
			t = performance.now();
			arcs = data.arcs.features.length;
			arcsCold.push(performance.now() - t);
			t = performance.now();
			void buildMapData(all, 'fr', cache).arcs;
			arcsWarm.push(performance.now() - t);
		}
		const k = `${n / 1000}k links`;
		rows.push({ name: `map points + flows on a filter change, ${k}`, value: Math.round(median(change)), unit: 'ms', budget: n <= 25_000 ? 50 : undefined, note: `${arcs} distinct pairs; arcs deferred until zoom-in/selection` });
		rows.push({ name: `map arcs on first zoom-in, ${k}, cold`, value: Math.round(median(arcsCold)), unit: 'ms', note: 'great circles computed' });
		rows.push({ name: `map points + flows + arcs again, ${k}`, value: Math.round(median(arcsWarm)), unit: 'ms', note: 'unfiltered map data (and its arcs) reused, as the app does on a reset' });
	}
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) mapBench().then((r) => console.log(JSON.stringify(r, null, 1)));
