/**
 * Start-up on the embedded data, in headless Debian Chromium against the built site; median of 5 fresh pages.
 * Two moments, both from navigation start:
 *  - "first interactive" (budget 2,000 ms on /): the atlas is loaded (explorer data-status="ready"),
 *    key figures show the record count, the filter panel and search box are there, and the map area shows
 *    a picture with the data (the SVG overview painted with its flows, or MapLibre already idle) —
 *    checked in a requestAnimationFrame callback, so a frame was produced and the main thread was free;
 *  - "MapLibre idle": the map's `data-state="idle"` (WebGL map drawn with the data, what e2e tests wait on).
 * Also reported: the longest main-thread task (PerformanceObserver longtask) between the two, i.e. how
 * long a click on a filter could wait while MapLibre starts.
 * Needs `npm run build` first; starts scripts/serve.ts (as `npm start`) on :4173 unless something already answers there.
 *   npm run bench -- interactive
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { median, type BenchRow } from './types';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';

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
	// what `npm start` serves: build/ with its precompressed files
	const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/serve.ts'), '--port', '4173'], { cwd: ROOT, stdio: 'ignore' });
	for (let i = 0; i < 100 && !(await up()); i++) await new Promise((r) => setTimeout(r, 200));
	return child;
}

export default async function interactiveBench(): Promise<BenchRow[]> {
	const server = await startPreview();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	const rows: BenchRow[] = [];
	try {
		for (const [name, url, budget] of [
			['dashboard (/)', '/', 2000],
			['map alone (/embed/map)', '/embed/map', undefined]
		] as const) {
			const first: number[] = [];
			const idle: number[] = [];
			const block: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
				await page.addInitScript(() => {
					const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
					w.__longTasks = [];
					new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
				});
				const t0 = performance.now();
				await page.goto(ORIGIN + url, { waitUntil: 'commit' });
				if (url === '/') {
					await page.waitForFunction(
						() =>
							document.querySelector('[data-testid="explorer"]')?.getAttribute('data-status') === 'ready' &&
							/\d/.test(document.querySelector('[data-testid="figure-records"]')?.textContent ?? '') &&
							!!document.querySelector('[data-testid="filter-panel"]') &&
							!!document.querySelector('[data-testid="search"]') &&
							!!document.querySelector('.atlas-map [data-overview="painted"], .atlas-map[data-state="idle"]'),
						undefined,
						{ polling: 'raf', timeout: 120_000 }
					);
				} else {
					await page.waitForFunction(() => !!document.querySelector('.atlas-map [data-overview="painted"], .atlas-map[data-state="idle"]'), undefined, { polling: 'raf', timeout: 120_000 });
				}
				const tFirst = performance.now() - t0;
				const firstAt = await page.evaluate(() => performance.now());
				await page.locator('.atlas-map[data-state="idle"]').waitFor({ timeout: 120_000 });
				idle.push(performance.now() - t0);
				first.push(tFirst);
				const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
				block.push(Math.max(0, ...tasks.filter((t) => t.start + t.duration > firstAt).map((t) => t.duration)));
				await page.close();
			}
			const runs = (xs: number[]) => `runs: ${xs.map((t) => Math.round(t)).join(', ')}`;
			rows.push({ name: `${name} first interactive (data + overview painted)`, value: Math.round(median(first)), unit: 'ms', budget, note: runs(first) });
			rows.push({ name: `${name} MapLibre idle`, value: Math.round(median(idle)), unit: 'ms', note: runs(idle) });
			rows.push({ name: `${name} longest task after first interactive`, value: Math.round(median(block)), unit: 'ms', note: runs(block) });
		}
	} finally {
		await browser.close();
		server?.kill();
	}
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) interactiveBench().then((r) => console.log(JSON.stringify(r, null, 1)));
