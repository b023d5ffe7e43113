/**
 * Pinned embeds and permalinks (`v=<id>`), the clear page of an unknown version, "Signaler une
 * erreur" and the /donnees page — on the built site. The data update is made the way
 * `npm run data:build` makes it (scripts/lib/write-atlas.ts: live files + a new version beside the
 * old ones), on a copy of build/data served by the same static server as the other tests.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { decodeAtlas } from '../../src/lib/data/wire';
import type { VersionsManifest } from '../../src/lib/data/versions';
import { writeAtlas } from '../../scripts/lib/write-atlas';
import { createStaticServer } from '../../scripts/lib/static-server';

const BUILD = path.resolve('build');
const manifest = () => JSON.parse(readFileSync(path.join(BUILD, 'data/versions/index.json'), 'utf8')) as VersionsManifest;

/** The links the map embed draws (its `data-links`), once the data is in. */
async function mapLinks(page: Page): Promise<number> {
	const map = page.locator('.atlas-map[data-links]');
	await expect(map).toBeVisible({ timeout: 30_000 });
	return Number(await map.getAttribute('data-links'));
}

test.describe('pinned embeds on the published data', () => {
	test('the embed dialog offers live and pinned; the pinned embed names its version in its footer', async ({ page }) => {
		const { current } = manifest();
		await page.goto('/embed/chart/theme/');
		await page.locator('[data-chart-card="theme"] [data-export-menu] > summary').click();
		await page.locator('[data-export-kind="embed"]').click();
		const code = page.getByTestId('embed-code');
		await expect(code).toHaveValue(/src="[^"]*\/embed\/chart\/theme\/"/);
		await page.getByTestId('embed-pinned').check();
		await expect(code).toHaveValue(new RegExp(`src="[^"]*/embed/chart/theme/\\?v=${current}"`));
		await expect(page.getByText(`(${current}, 23 novembre 2026)`)).toBeVisible();
		await page.getByTestId('embed-live').check();
		await expect(code).not.toHaveValue(/v=/);

		await page.goto(`/embed/map/?dataset=laureats&v=${current}`);
		await expect(page.getByTestId('embed-version')).toHaveText(`données du 23 novembre 2026, version ${current} ·`);
		const pinned = await mapLinks(page);
		await page.goto('/embed/map/?dataset=laureats');
		expect(await mapLinks(page)).toBe(pinned);
		await expect(page.getByTestId('embed-version')).toHaveCount(0);
		await page.goto(`/embed/map/?dataset=laureats&v=${current}&lang=en`);
		await expect(page.getByTestId('embed-version')).toHaveText(`data of 23 November 2026, version ${current} ·`);
	});

	test('the dashboard copies a pinned permalink; opened, it says which data it shows and links to the live data', async ({ page, context }) => {
		const { current } = manifest();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/?country=SN');
		await expect(page.locator('.atlas-map[data-links]')).toBeVisible({ timeout: 30_000 });
		await page.getByTestId('copy-pinned-link').click();
		await expect(page.getByText('Copié', { exact: false }).first()).toBeVisible();
		const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
		expect(link.searchParams.get('v')).toBe(current);
		expect(link.searchParams.getAll('country')).toEqual(['SN']);
		await page.goto(link.pathname + link.search);
		await expect(page.getByTestId('version-notice')).toContainText(`données du 23 novembre 2026 (version ${current})`);
		await expect(page.getByTestId('version-notice').getByRole('link')).toHaveAttribute('href', '/?country=SN');
	});

	test('the live start-up is unchanged: the home page loads the live data once and never the versions', async ({ page }) => {
		const data: string[] = [];
		page.on('request', (r) => {
			const p = new URL(r.url()).pathname;
			if (p.startsWith('/data/')) data.push(p);
		});
		await page.goto('/');
		await expect(page.locator('.atlas-map[data-links]')).toBeVisible({ timeout: 30_000 });
		expect(data.filter((p) => p.includes('atlas'))).toEqual(['/data/atlas.columns.json']);
		expect(data.filter((p) => p.startsWith('/data/versions/'))).toEqual([]);
	});

	test('an unknown version gets a clear page (FR and EN) with a link to the live data, not a blank frame', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto('/embed/map/?country=SN&v=000000000000');
		const box = page.getByTestId('unknown-version');
		await expect(box).toContainText('Version des données introuvable');
		await expect(box).toContainText('« 000000000000 »');
		const live = box.getByRole('link', { name: 'Voir les données à jour' });
		await expect(live).toHaveAttribute('href', '/embed/map/?country=SN');
		expect(requests.filter((p) => p.startsWith('/data/versions/') && p !== '/data/versions/index.json')).toEqual([]);
		await live.click();
		expect(await mapLinks(page)).toBeGreaterThan(0);

		await page.goto('/?v=not-a-version&lang=en');
		await expect(page.getByTestId('unknown-version')).toContainText('Data version not found');
		await expect(page.getByRole('link', { name: 'See the current data' })).toHaveAttribute('href', '/?lang=en');
	});
});

test.describe('after a data update', () => {
	const port = Number(process.env.E2E_PORT ?? 4173) + 100;
	test.use({ baseURL: `http://localhost:${port}` });
	let root = '';
	let server: Server | null = null;
	let oldId = '';
	let newId = '';

	test.beforeAll(async () => {
		// A copy of the published site whose data/ is ours to update (the rest linked, unchanged).
		root = mkdtempSync(path.join(tmpdir(), 'atlas-update-'));
		for (const entry of readdirSync(BUILD)) {
			if (entry === 'data') cpSync(path.join(BUILD, 'data'), path.join(root, 'data'), { recursive: true });
			else symlinkSync(path.join(BUILD, entry), path.join(root, entry));
		}
		const data = path.join(root, 'data');
		oldId = manifest().current;
		// The update: the sourced laureates lose their last ten rows, released as npm run data:build does.
		const atlas = decodeAtlas(JSON.parse(readFileSync(path.join(data, 'atlas.columns.json'), 'utf8')));
		const laureats = atlas.records.filter((r) => r.source.dataset === 'laureats').slice(-10);
		const cut = new Set(laureats.map((r) => r.id));
		newId = writeAtlas({ ...atlas, records: atlas.records.filter((r) => !cut.has(r.id)) }, data).version.id;
		// The live files changed: their old precompressed copies must go, as a fresh `npm run build` would rewrite them.
		for (const f of ['atlas.columns.json', 'atlas.json']) for (const ext of ['.br', '.gz']) rmSync(path.join(data, f + ext), { force: true });
		rmSync(path.join(data, 'versions/index.json.br'), { force: true });
		rmSync(path.join(data, 'versions/index.json.gz'), { force: true });
		server = createStaticServer({ root });
		await new Promise<void>((resolve) => server!.listen(port, resolve));
	});

	test.afterAll(async () => {
		await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
		rmSync(root, { recursive: true, force: true });
	});

	test('the pinned embed still shows the old data; the live one shows the new', async ({ page }) => {
		expect(newId).not.toBe(oldId);
		const published = JSON.parse(readFileSync(path.join(root, 'data/versions/index.json'), 'utf8')) as VersionsManifest;
		expect(published.current).toBe(newId);
		// Every version published before is kept, and the update comes last.
		const before = manifest().versions.map((v) => v.id);
		expect(published.versions.map((v) => v.id)).toEqual([...before, newId]);
		expect(before).toContain(oldId);

		await page.goto(`/embed/map/?dataset=laureats&v=${oldId}`);
		await expect(page.getByTestId('embed-version')).toContainText(`version ${oldId}`);
		const pinned = await mapLinks(page);

		await page.goto('/embed/map/?dataset=laureats');
		const live = await mapLinks(page);
		expect(live).toBeLessThan(pinned);

		// The same pinned URL again, after the update: unchanged.
		await page.goto(`/embed/map/?dataset=laureats&v=${oldId}`);
		expect(await mapLinks(page)).toBe(pinned);
		// The new version can be pinned too.
		await page.goto(`/embed/map/?dataset=laureats&v=${newId}`);
		expect(await mapLinks(page)).toBe(live);
	});
});

test.describe('report an error and the data page', () => {
	test('the record panel composes the error report: id, permalink, fields, and the correction typed', async ({ page }) => {
		await page.goto('/?sel=record:laureats:3');
		const record = page.getByTestId('panel-record').first();
		await expect(record).toContainText('Pontcharra');
		await expect(record.getByTestId('record-checked')).toHaveText('2026-11-23');
		await record.getByTestId('report-error').click();
		const dialog = page.getByTestId('report-dialog');
		await expect(dialog).toBeVisible();
		const text = dialog.getByTestId('report-text');
		const origin = new URL(page.url()).origin;
		await expect(text).toHaveValue(/Enregistrement : laureats:3\n/);
		await expect(text).toHaveValue(new RegExp(`Lien : ${origin}/\\?sel=record%3Alaureats%3A3\n`));
		await expect(text).toHaveValue(/- Côté français : Pontcharra \(38314\)/);
		await expect(text).toHaveValue(/- Partenaires : Aratoca \(Colombie\)/);
		await expect(text).toHaveValue(/- Année : 2025/);
		await expect(text).toHaveValue(/- Source vérifiée le : 2026-11-23/);
		await expect(text).toHaveValue(/- Page source : https:\/\/www\.resacoop\.org\//);
		await dialog.getByTestId('report-correction').fill('Le partenaire est Aratoca, Santander.');
		await expect(text).toHaveValue(/Correction proposée :\nLe partenaire est Aratoca, Santander\.$/);
		const mailto = new URL((await dialog.getByTestId('report-mailto').getAttribute('href'))!);
		expect(mailto.protocol).toBe('mailto:');
		expect(mailto.searchParams.get('body')).toBe(await text.inputValue());
	});

	test('a place page lists each record with its check date and the same report action', async ({ page }) => {
		await page.goto('/collectivite/38314/');
		const row = page.locator('tr[data-record="laureats:3"]');
		await expect(row).toContainText('Source vérifiée le 2026-11-23');
		await row.getByTestId('report-error').click();
		const text = page.getByTestId('report-dialog').getByTestId('report-text');
		await expect(text).toHaveValue(/Enregistrement : laureats:3\n/);
		await expect(text).toHaveValue(/\?sel=record%3Alaureats%3A3/);
		await expect(text).toHaveValue(/- Partenaires : Aratoca \(Colombie\)/);
	});

	test('/donnees is linked from the header and shows each dataset’s coverage, precision, duplicates, corrections and check dates', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Données' }).click();
		await expect(page).toHaveURL(/\/donnees\/$/);
		const laureats = page.locator('[data-dataset="laureats"]');
		await expect(laureats.getByTestId('records')).toHaveText('39');
		await expect(laureats.getByTestId('years')).toHaveText(/2015–2025/);
		await expect(laureats.getByTestId('checked')).toContainText('23 novembre 2026');
		const tt = page.locator('[data-dataset="twin-towns"]');
		await expect(tt.getByTestId('precision').locator('[data-precision="given"]')).toBeVisible();
		await expect(tt.getByTestId('corrections')).toContainText('twin-towns-france.csv, ligne 14');
		await expect(page.getByTestId('donnees-version')).toContainText(manifest().current);
		await page.goto('/donnees/?lang=en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data: coverage, quality, corrections');
	});
});
