/**
 * Import of a generated 100k-row generic CSV (bench/gen-import-csv.ts) through the same pipeline as
 * the browser worker and the CLI, in Node: decode, parse, map, resolve French sides, geocode
 * partners without coordinates, check given partner points against their country's polygon.
 * Median of 5 runs after a first one (reported apart: cold JIT, empty geocoder memo), with the
 * resources already loaded (the worker loads them once; their load is reported apart too). Budget: 2 s. Five runs, not three: on this shared virtual machine consecutive
 * runs differ by up to ±20 %.
 */
import { performance } from 'node:perf_hooks';
import { importFile } from '../src/lib/data/pipeline';
import { loadCog, loadCountryShapes, loadGazetteer } from '../scripts/lib/resources';
import { generateImportCsv } from './gen-import-csv';
import { median, type BenchRow } from './types';

export default async function importBench(): Promise<BenchRow[]> {
	const bytes = new TextEncoder().encode(generateImportCsv(100_000, 42));
	let t = performance.now();
	const cog = loadCog();
	const cogMs = performance.now() - t;
	t = performance.now();
	const gazetteer = loadGazetteer();
	const gazMs = performance.now() - t;
	t = performance.now();
	const countries = loadCountryShapes();
	const countriesMs = performance.now() - t;
	const times: number[] = [];
	const cpu: number[] = [];
	let accepted = 0;
	let rejected = 0;
	let cold = 0;
	for (let i = 0; i < 6; i++) {
		t = performance.now();
		const c = process.cpuUsage();
		const { report } = await importFile(bytes, { fileName: 'import-100k.csv' }, { cog, gazetteer, countries });
		const ms = performance.now() - t;
		const used = process.cpuUsage(c);
		// The first run is reported apart: cold JIT, and the geocoder's memo starts empty.
		if (i === 0) {
			cold = ms;
			continue;
		}
		times.push(ms);
		cpu.push((used.user + used.system) / 1000);
		accepted = report.accepted;
		rejected = report.rejected.length;
	}
	const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
	return [
		{ name: 'import 100k-row CSV (generic, ;, decimal commas)', value: Math.round(median(times)), unit: 'ms', budget: 2000, note: `${mb} MB, ${accepted} accepted, ${rejected} rejected; runs ${times.map(Math.round).join(' / ')} ms` },
		{ name: 'same, CPU time (all threads, incl. GC)', value: Math.round(median(cpu)), unit: 'ms' },
		{ name: 'first import in a fresh process (cold JIT, empty geocoder memo)', value: Math.round(cold), unit: 'ms' },
		{ name: 'load COG index (once per worker)', value: Math.round(cogMs), unit: 'ms' },
		{ name: 'load gazetteer (once, lazily)', value: Math.round(gazMs), unit: 'ms' },
		{ name: 'load country polygons (once, when a file gives partner coordinates)', value: Math.round(countriesMs), unit: 'ms' }
	];
}
