/**
 * npm run briefs -- [--region 76|all|11,76] [--lang fr|en] [--out briefs] [--no-build]
 *
 * For each région, the brief of its prerendered page: the PDF printed by Chromium (print CSS: key
 * figures, map picture, four charts, records with sources), and the page's own "Download the brief
 * (ZIP)" unpacked beside it (chart PNGs and SVGs, records CSV), with an index.html per région and one
 * for the whole run. Builds the site first when build/ is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { chromium, type Browser } from '@playwright/test';
import { decodeAtlas } from '../src/lib/data/wire';
import { VERSIONS_INDEX, type VersionsManifest } from '../src/lib/data/versions';
import { recordsForRegion } from '../src/lib/data/places';
import { REGIONS, type RegionInfo } from '../src/lib/data/regions';
import { BRIEF_CHARTS, briefFiles, briefIndexHtml, briefRegions, dataVersion, type BriefIndexItem } from '../src/lib/export/brief';
import { plural, translate, type Lang } from '../src/lib/i18n/translate';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { createStaticServer } from './lib/static-server';
import { buildState } from './lib/build-state';

const { values } = parseArgs({
	options: {
		region: { type: 'string', default: 'all' },
		lang: { type: 'string', default: 'fr' },
		out: { type: 'string', default: 'briefs' },
		'no-build': { type: 'boolean', default: false }
	}
});

function fail(msg: string): never {
	console.error(msg);
	process.exit(2);
}

const lang = values.lang as Lang;
if (lang !== 'fr' && lang !== 'en') fail(`--lang doit être fr ou en (reçu « ${values.lang} »).\n--lang must be fr or en.`);
// codes are checked before anything is built
try {
	briefRegions(values.region!, new Map(REGIONS.map((r) => [r.code, 1])));
} catch (e) {
	fail((e as Error).message);
}

const root = process.cwd();
const buildDir = path.join(root, 'build');
const state = buildState(root, buildDir);
if (state.state !== 'fresh') {
	const why = state.state === 'missing' ? 'build/ est absent (build/ is missing)' : `build/ est plus ancien que ${state.newer} (build/ is older than ${state.newer})`;
	if (values['no-build']) fail(`${why} : lancez \`npm run build\` d’abord.\nRun \`npm run build\` first.`);
	console.log(`${why} : npm run build…`);
	const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) fail('npm run build a échoué (npm run build failed).');
}

const atlas = decodeAtlas(JSON.parse(readFileSync(path.join(buildDir, 'data/atlas.columns.json'), 'utf8')));
const counts = new Map(REGIONS.map((r) => [r.code, recordsForRegion(atlas.records, r.code).length]));
const regions = briefRegions(values.region!, counts);
const out = path.resolve(values.out!);
const date = new Date().toISOString().slice(0, 10);
/** The data version the built site serves (static/data/versions, released by data:build). */
const versionId = existsSync(path.join(buildDir, VERSIONS_INDEX))
	? (JSON.parse(readFileSync(path.join(buildDir, VERSIONS_INDEX), 'utf8')) as VersionsManifest).current
	: null;

const server = createStaticServer({ root: buildDir });
await new Promise<void>((ok, ko) => server.once('error', ko).listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
let browser: Browser | null = null;
/** Said once per run: see warnLocalAddress. */
let warned = false;
const started = performance.now();
try {
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	mkdirSync(out, { recursive: true });
	const items: BriefIndexItem[] = [];
	for (const region of regions) items.push(await brief(browser, region));
	writeFileSync(path.join(out, 'index.html'), briefIndexHtml({ lang, date, version: dataVersion(atlas.datasets), versionId, items }));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`${items.length} ${items.length > 1 ? 'dossiers' : 'dossier'} in ${path.relative(root, out) || '.'}/ (${seconds} s, ${(sizeOf(out) / 1e6).toFixed(1)} MB)`);
} catch (e) {
	console.error(`Échec du dossier (brief failed): ${e instanceof Error ? e.message : e}`);
	process.exitCode = 1;
} finally {
	await browser?.close();
	await new Promise((ok) => server.close(ok));
}

/** One région: ZIP from the page's button, unpacked, then the page printed to PDF. */
async function brief(browser: Browser, region: RegionInfo): Promise<BriefIndexItem> {
	const files = briefFiles(region, lang);
	const dir = path.join(out, files.stem);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
	// only the site itself: nothing may leave the machine
	await context.route((url) => !url.href.startsWith(origin) && !/^(data|blob|about):/.test(url.href), (r) => r.abort('blockedbyclient'));
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/region/${region.code}/?lang=${lang}`);
		const sheet = page.locator(`[data-brief="${region.code}"]`);
		await page.locator(`[data-brief="${region.code}"][data-state="drawn"]`).waitFor({ state: 'attached', timeout: 60_000 });

		const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-download="brief-zip"]').click()]);
		const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
		for (const [name, bytes] of Object.entries(zip)) writeFileSync(path.join(dir, path.basename(name)), bytes);
		warnLocalAddress(zip);
		const titles = await sheet.locator('[data-chart-card] h3').allTextContents();
		const charts = BRIEF_CHARTS.map((c) => ({ png: files.chart(c, 'png'), svg: files.chart(c, 'svg') })).filter((c) => zip[c.png]);
		const records = csvRows(zip[files.csv]);

		await page.emulateMedia({ media: 'print' });
		await sheet.locator('img').evaluateAll((imgs) => Promise.all(imgs.map((i) => (i as HTMLImageElement).decode().catch(() => undefined))));
		writeFileSync(path.join(dir, files.pdf), await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));

		const item: BriefIndexItem = { region, records, pdf: files.pdf, csv: files.csv, charts: charts.map((c, i) => ({ title: titles[i] ?? c.png, ...c })) };
		writeFileSync(path.join(dir, files.index), briefIndexHtml({ lang, date, version: dataVersion(atlas.datasets), versionId, items: [item] }));
		console.log(`  ${region.code} ${region.name}: ${records === 0 ? translate(lang, 'pages.count.zero') : plural(lang, 'pages.count', records)} → ${path.relative(root, dir)}/`);
		return { ...item, dir: files.stem };
	} finally {
		await context.close();
	}
}

/** The charts' footers name the address the page was served from unless the build was given the public one. */
function warnLocalAddress(zip: Record<string, Uint8Array>): void {
	if (warned || !Object.entries(zip).some(([name, bytes]) => name.endsWith('.svg') && strFromU8(bytes).includes(origin))) return;
	warned = true;
	console.warn(
		`Les pieds de page des graphiques citent l’adresse du serveur local (${origin}) : construisez le site avec son adresse publique, ` +
			'`VITE_SITE_URL=https://… npm run build`, puis `npm run briefs -- --no-build`.\n' +
			`The charts' footers name the local server (${origin}): build the site with its public address, then run the briefs with --no-build.`
	);
}

/** Data rows of the records CSV (header excluded). */
function csvRows(bytes: Uint8Array | undefined): number {
	if (!bytes) return 0;
	return Papa.parse(strFromU8(bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.length - 1;
}

function sizeOf(p: string): number {
	const st = statSync(p);
	if (!st.isDirectory()) return st.size;
	return readdirSync(p).reduce((n, f) => n + sizeOf(path.join(p, f)), 0);
}
