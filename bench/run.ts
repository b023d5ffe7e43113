/**
 * npm run bench — runs every bench/*.bench.ts (each exports a default async function returning
 * BenchRow[]), prints one table, and exits non-zero if a value exceeds its budget.
 *   npm run bench [-- <name filter>]
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './types';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';

/** A fixed CPU loop: ~100 ms on an idle core of this machine; much more means the machine is busy and timings are inflated. */
function calibrate(): number {
	const t = performance.now();
	let s = 0;
	for (let i = 0; i < 1e8; i++) s += i;
	if (s < 0) console.log(s);
	return Math.round(performance.now() - t);
}

async function main() {
	console.log(`calibration loop: ${calibrate()} ms (≈ 100 ms when the machine is idle), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
	const files = readdirSync(DIR).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
	const rows: (BenchRow & { file: string })[] = [];
	const failed: string[] = [];
	for (const file of files) {
		process.stderr.write(`running ${file}…\n`);
		try {
			const mod = (await import(pathToFileURL(path.join(DIR, file)).href)) as { default: Bench };
			for (const r of await mod.default()) rows.push({ ...r, file });
		} catch (e) {
			// One failing bench must not hide the others' results.
			failed.push(file);
			process.stderr.write(`${file} failed: ${(e as Error).message.split('\n')[0]}\n`);
			rows.push({ file, name: 'FAILED (see stderr)', value: NaN, unit: '', note: (e as Error).message.split('\n')[0].slice(0, 80) });
		}
	}
	const cells = rows.map((r) => [
		r.file,
		r.name,
		`${r.value} ${r.unit}`,
		r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`,
		r.budget === undefined ? '' : r.value <= r.budget ? 'ok' : 'OVER',
		r.note ?? ''
	]);
	const head = ['bench', 'measure', 'value', 'budget', '', 'note'];
	const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
	const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const c of cells) console.log(line(c));
	console.log(`calibration loop after: ${calibrate()} ms`);
	const over = rows.filter((r) => r.budget !== undefined && r.value > r.budget);
	if (over.length) console.error(`${over.length} measure(s) over budget.`);
	if (failed.length) console.error(`${failed.length} bench file(s) failed: ${failed.join(', ')}.`);
	if (over.length || failed.length) process.exit(1);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
