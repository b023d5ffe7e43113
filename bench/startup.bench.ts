/**
 * Start-up as a user sees it: `/` of the built site in a cold Chromium (a new browser per run, so no
 * HTTP, code or shader cache), timed from navigation start, alternating with a bare MapLibre page
 * (bench/bare-map/) that draws the same embedded links on a plain background, served by the same
 * server as `npm start` (scripts/serve.ts on build/). 7 runs each, medians. Needs `npm run build` first.
 *   npm run bench -- startup
 *
 * - first picture: the map's overview (`[data-overview="painted"]`) on screen: an <img>'s paint time
 *   (Element Timing), otherwise two animation frames after the element appeared;
 * - map interactive: `.atlas-map[data-state="idle"]` (MapLibre idle with the links drawn);
 * - longest main-thread task before that (PerformanceObserver longtask), JS heap at that point.
 *
 * STARTUP_BASELINE=<dir of another build> (e.g. a copy of main's build/) adds that build's `/` to the
 * alternation, served the same way: before/after in the same run, on a machine whose load changes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { median, type BenchRow } from './types';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, 'build');
const BARE_DIR = '__bench-bare';
const RUNS = Number(process.env.STARTUP_RUNS ?? 7);

/** Collects the timings in the page, from the first script that runs (before the page's own). */
const PROBE = `(() => {
	const m = (window.__startup = { picture: null, pictureAppeared: null, idle: null, longest: 0, tasks: 0 });
	const done = () => m.idle !== null;
	try {
		new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!done()) { m.longest = Math.max(m.longest, e.duration); m.tasks++; } }).observe({ type: 'longtask', buffered: true });
		new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.identifier === 'overview' && m.picture === null) m.picture = e.renderTime || e.loadTime; }).observe({ type: 'element', buffered: true });
	} catch {}
	const check = () => {
		if (m.pictureAppeared === null && document.querySelector('[data-overview="painted"]')) {
			m.pictureAppeared = performance.now();
			const img = document.querySelector('[data-overview="painted"] img[elementtiming]');
			if (!img) requestAnimationFrame(() => requestAnimationFrame(() => { if (m.picture === null) m.picture = performance.now(); }));
		}
		if (m.idle === null && document.querySelector('[data-state="idle"]')) m.idle = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-overview'] });
})();`;

interface Run {
	picture: number | null;
	idle: number;
	longest: number;
	heap: number;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
		});
	});
}

async function waitFor(url: string, ms: number): Promise<void> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not answer`);
}

/** Straight lines French collectivité → partner for every embedded record placed at both ends. */
function linksGeoJSON(): string {
	const atlas = JSON.parse(readFileSync(path.join(ROOT, 'static/data/atlas.json'), 'utf8')) as { records: Record<string, unknown>[] };
	const features: unknown[] = [];
	const pos = (o: unknown): [number, number] | null => {
		const p = o as { lon?: number; lat?: number } | null;
		return p && Number.isFinite(p.lon) && Number.isFinite(p.lat) ? [p.lon!, p.lat!] : null;
	};
	for (const r of atlas.records) {
		for (const f of (r.french as unknown[]) ?? []) {
			const a = pos(f);
			for (const p of (r.partners as unknown[]) ?? []) {
				const b = pos(p);
				if (a && b) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [a, b] } });
			}
		}
	}
	return JSON.stringify({ type: 'FeatureCollection', features });
}

async function measure(browser: Browser, url: string): Promise<Run> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	await context.route((u) => !u.href.startsWith('http://127.0.0.1'), (r) => r.abort());
	const page = await context.newPage();
	await page.addInitScript(PROBE);
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(() => (window as unknown as { __startup: { idle: number | null } }).__startup?.idle !== null, null, { timeout: 60_000, polling: 50 });
	// Let a late Element Timing entry arrive.
	await page.waitForTimeout(100);
	const m = await page.evaluate(() => {
		const s = (window as unknown as { __startup: { picture: number | null; idle: number; longest: number } }).__startup;
		const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
		return { picture: s.picture, idle: s.idle, longest: s.longest, heap: mem?.usedJSHeapSize ?? 0 };
	});
	await context.close();
	return m;
}

export default async function startupBench(): Promise<BenchRow[]> {
	if (!existsSync(path.join(BUILD, 'index.html'))) throw new Error('no build/: run `npm run build` first');
	const bare = path.join(BUILD, BARE_DIR);
	rmSync(bare, { recursive: true, force: true });
	mkdirSync(bare, { recursive: true });
	cpSync(path.join(ROOT, 'bench/bare-map'), bare, { recursive: true });
	for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) cpSync(path.join(ROOT, 'node_modules/maplibre-gl/dist', f), path.join(bare, f));
	writeFileSync(path.join(bare, 'links.json'), linksGeoJSON());

	const serve = async (root: string) => {
		const port = await freePort();
		// what `npm start` serves (a build with its precompressed files)
		const server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/serve.ts'), '--port', String(port), '--root', root], { cwd: ROOT, stdio: 'ignore', detached: true });
		servers.push(server);
		await waitFor(`http://127.0.0.1:${port}/`, 30_000);
		return `http://127.0.0.1:${port}`;
	};
	const servers: ChildProcess[] = [];
	const baselineDir = process.env.STARTUP_BASELINE;
	const app: Run[] = [];
	const floor: Run[] = [];
	const baseline: Run[] = [];
	try {
		const origin = await serve(BUILD); // the bare page is served beside the app
		const baseOrigin = baselineDir ? await serve(path.resolve(baselineDir)) : null;
		for (let i = 0; i < RUNS; i++) {
			// Alternate (and swap the order every other run) so load changes hit both sides alike.
			const order: [string, Run[]][] = [
				[`${origin}/`, app],
				[`${origin}/${BARE_DIR}/index.html`, floor]
			];
			if (baseOrigin) order.push([`${baseOrigin}/`, baseline]);
			if (i % 2) order.reverse();
			for (const [url, out] of order) {
				const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
				try {
					out.push(await measure(browser, url));
				} finally {
					await browser.close();
				}
			}
		}
	} finally {
		for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
		rmSync(bare, { recursive: true, force: true });
	}
	const med = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k] ?? NaN));
	const idle = Math.round(med(app, 'idle'));
	const bareIdle = Math.round(med(floor, 'idle'));
	const ratio = Math.round((idle / bareIdle) * 100) / 100;
	const all = (runs: Run[], k: keyof Run) => runs.map((r) => Math.round(r[k] ?? NaN)).join(' ');
	const base = baseline.length
		? [
				{ name: 'start-up: baseline build, map interactive', value: Math.round(med(baseline, 'idle')), unit: 'ms', note: `${baselineDir}; runs: ${all(baseline, 'idle')}` },
				{ name: 'start-up: baseline build, map interactive / bare page', value: Math.round((med(baseline, 'idle') / bareIdle) * 100) / 100, unit: '×' },
				{ name: 'start-up: baseline build, longest main-thread task', value: Math.round(med(baseline, 'longest')), unit: 'ms', note: `runs: ${all(baseline, 'longest')}` }
			]
		: [];
	return [
		{ name: 'start-up: first picture of the map with links', value: Math.round(med(app, 'picture')), unit: 'ms', budget: 800, note: `runs: ${all(app, 'picture')}` },
		{ name: 'start-up: map interactive (MapLibre idle with data)', value: idle, unit: 'ms', note: `runs: ${all(app, 'idle')}` },
		{ name: 'start-up: bare MapLibre page, same links, idle', value: bareIdle, unit: 'ms', note: `runs: ${all(floor, 'idle')}` },
		{ name: 'start-up: map interactive / bare page', value: ratio, unit: '×', budget: 1.5, note: 'goal 1.2×' },
		{ name: 'start-up: longest main-thread task', value: Math.round(med(app, 'longest')), unit: 'ms', budget: 200, note: `runs: ${all(app, 'longest')}` },
		{ name: 'start-up: bare page, longest main-thread task', value: Math.round(med(floor, 'longest')), unit: 'ms', note: `runs: ${all(floor, 'longest')}` },
		{ name: 'start-up: JS heap at map interactive', value: Math.round(med(app, 'heap') / 1e5) / 10, unit: 'MB' },
		...base
	];
}

if (import.meta.url === `file://${process.argv[1]}`) startupBench().then((r) => console.log(JSON.stringify(r, null, 1)));
