/**
 * Time to interactive on the embedded data: headless Debian Chromium navigates to the built site and
 * waits for the map's `data-state="idle"` (MapLibre idle with the data drawn). Median of 5 fresh pages.
 * Needs `npm run build` first; starts `vite preview` on :4173 unless something already answers there.
 * Budget: 2,000 ms for the dashboard.   npm run bench -- interactive
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { median, type BenchRow } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ORIGIN = process.env.BENCH_ORIGIN ?? 'http://localhost:4173';
const RUNS = 5;

async function up(): Promise<boolean> {
	try {
		return (await fetch(ORIGIN)).ok;
	} catch {
		return false;
	}
}

async function startPreview(): Promise<ChildProcess | null> {
	if (await up()) return null;
	const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', '4173', '--strictPort'], { cwd: ROOT, stdio: 'ignore' });
	for (let i = 0; i < 100 && !(await up()); i++) await new Promise((r) => setTimeout(r, 200));
	return child;
}

export default async function interactiveBench(): Promise<BenchRow[]> {
	const server = await startPreview();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1', '--disable-domain-reliability', '--disable-sync', '--no-pings']
	});
	const rows: BenchRow[] = [];
	try {
		for (const [name, url, budget] of [
			['dashboard (/) time to map idle', '/', 2000],
			['map alone (/dev/map) time to idle', '/dev/map', undefined]
		] as const) {
			const times: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
				const t0 = performance.now();
				await page.goto(ORIGIN + url);
				await page.locator('.atlas-map[data-state="idle"]').waitFor({ timeout: 120_000 });
				times.push(performance.now() - t0);
				await page.close();
			}
			rows.push({ name, value: Math.round(median(times)), unit: 'ms', budget, note: `runs: ${times.map((t) => Math.round(t)).join(', ')}` });
		}
	} finally {
		await browser.close();
		server?.kill();
	}
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) interactiveBench().then((r) => console.log(JSON.stringify(r, null, 1)));
