/**
 * The regional brief of Occitanie (76): the printed page has the map picture and the four charts,
 * its PDF carries their titles; the page's "Download the brief (ZIP)" gives the chart PNGs and SVGs,
 * the records CSV and an index.html; `npm run briefs` says clearly when a région code is unknown.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const SHEET = '[data-brief="76"]';

async function openBrief(page: Page) {
	await page.goto('/region/76/');
	await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator(`${SHEET}[data-state="drawn"] [data-chart-card] svg[data-chart]`)).toHaveCount(4);
}

/** The text of every page of a PDF, read by PDF.js. */
async function pdfText(bytes: Uint8Array): Promise<string> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
	const parts: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		parts.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
	}
	await doc.destroy();
	return parts.join('\n');
}

test('the printed brief of Occitanie has the map picture and the four charts, and so has its PDF', async ({ page }) => {
	await openBrief(page);
	const titles = await page.locator(`${SHEET} [data-chart-card] h3`).allTextContents();
	expect(titles).toEqual([
		'Partenariats par pays partenaire — Occitanie',
		'Partenariats par thématique — Occitanie',
		'Partenariats par département — Occitanie',
		'Partenariats par année — Occitanie'
	]);
	// on screen the sheet is out of sight and out of reach
	const sheet = page.locator(SHEET);
	expect((await sheet.boundingBox())!.x).toBeLessThan(-1000);

	await page.emulateMedia({ media: 'print' });
	for (const id of ['country', 'theme', 'region', 'year']) await expect(sheet.locator(`[data-chart-card="${id}"] svg[data-chart]`)).toBeVisible();
	expect((await sheet.boundingBox())!.x).toBeGreaterThanOrEqual(0);
	const map = sheet.locator('.brief-map img');
	await expect(map).toBeVisible();
	await expect(map).toHaveAttribute('src', /\/overview\/regions-76\.webp$/);
	await expect.poll(() => map.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
	// the dashboard's own map and charts are not printed twice; every record is, with its source
	await expect(page.locator('.explorer [role="tabpanel"]:visible')).toHaveCount(0);
	const rows = page.locator('section.records tbody tr');
	await expect(page.locator('section.records tbody tr:visible')).toHaveCount(await rows.count());
	await expect(rows.first().locator('td.source')).toBeVisible();

	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const text = (await pdfText(new Uint8Array(pdf))).replace(/\s+/g, ' ');
	expect(text).toContain('Occitanie');
	for (const title of titles) expect(text).toContain(title.replace(/\s+/g, ' '));
	expect(text).toContain('Carte des partenariats');
});

test('the brief ZIP holds the four chart PNGs, their SVGs, the records CSV and an index', async ({ page }) => {
	await openBrief(page);
	const records = Number((await page.getByTestId('figure-records').first().textContent())!.replace(/\D/g, ''));
	expect(records).toBeGreaterThan(100);

	const button = page.getByRole('button', { name: 'Télécharger le dossier (ZIP)' });
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(download.suggestedFilename()).toBe('occitanie-76-dossier.zip');
	await expect(page.getByRole('status').filter({ hasText: 'Dossier enregistré : occitanie-76-dossier.zip' })).toBeVisible();
	const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
	const names = Object.keys(zip).sort();
	expect(names).toEqual(
		[
			'index.html',
			'occitanie-76-fiches.csv',
			...['annees', 'pays', 'regions', 'thematiques'].flatMap((c) => [`occitanie-76-graphique-${c}.png`, `occitanie-76-graphique-${c}.svg`])
		].sort()
	);
	for (const png of names.filter((n) => n.endsWith('.png'))) {
		expect([...zip[png].subarray(0, 8)], png).toEqual(PNG_SIGNATURE);
		expect(zip[png].length, png).toBeGreaterThan(5_000);
		// the same PNG as "Exporter PNG": its metadata carries the title and the sources
		expect(Buffer.from(zip[png]).toString('latin1'), png).toMatch(/tEXtTitle\0Partenariats par .* Occitanie/);
	}
	expect(strFromU8(zip['occitanie-76-graphique-pays.svg'])).toContain('<title>Partenariats par pays partenaire — Occitanie</title>');

	const csv = Papa.parse<string[]>(strFromU8(zip['occitanie-76-fiches.csv']).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
	expect(csv[0]).toContain('source_url');
	expect(csv.length - 1).toBe(records);
	const regions = csv[0].indexOf('regions');
	expect(csv.slice(1).every((row) => row[regions].includes('Occitanie'))).toBe(true);

	const index = strFromU8(zip['index.html']);
	expect(index).toContain('Dossier régional : Occitanie');
	expect(index).toContain('href="occitanie-76-graphique-pays.png"');
	expect(index).toContain('href="occitanie-76-fiches.csv"');
	expect(index).toContain(`${records} fiches`);
	// the data version the site serves (static/data/versions, released by data:build)
	const { current } = JSON.parse(readFileSync('build/data/versions/index.json', 'utf8')) as { current: string };
	expect(index).toContain(`version ${current}`);
});

test('the brief ZIP in English', async ({ page }) => {
	await page.goto('/region/76/?lang=en');
	await expect(page.locator(`${SHEET}[data-state="drawn"] [data-chart-card] svg[data-chart]`)).toHaveCount(4);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the brief (ZIP)' }).click()]);
	expect(download.suggestedFilename()).toBe('occitanie-76-brief.zip');
	const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
	expect(Object.keys(zip)).toContain('occitanie-76-chart-countries.png');
	expect(strFromU8(zip['index.html'])).toContain('Regional brief: Occitanie');
});

test('npm run briefs refuses an unknown région code before doing anything', () => {
	const r = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/briefs.ts'), '--region', '99', '--out', 'test-results/briefs-none'], {
		encoding: 'utf8',
		timeout: 60_000
	});
	expect(r.status).toBe(2);
	expect(r.stderr).toContain('Code de région inconnu « 99 »');
	expect(r.stderr).toContain('76 (Occitanie)');
	expect(r.stdout).not.toContain('npm run build');
});

test('npm run briefs writes the PDF, the chart PNGs, the CSV and the indexes of a région, and exits', async () => {
	test.setTimeout(180_000);
	const out = path.resolve('test-results/briefs-94');
	await rm(out, { recursive: true, force: true });
	// --no-build: the suite runs on the build it has just made; spawnSync returns only once the script has
	// exited, so its server and browser are gone
	const r = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/briefs.ts'), '--region', '94', '--no-build', '--out', out], {
		encoding: 'utf8',
		timeout: 170_000
	});
	// The suite's build has no public address (VITE_SITE_URL): the script says, once, that its footers name its local server.
	const said = r.stderr.trim().split('\n');
	expect(said).toHaveLength(2);
	expect(said[0]).toMatch(/^Les pieds de page des graphiques citent l’adresse du serveur local \(http:\/\/127\.0\.0\.1:\d+\) : construisez le site avec son adresse publique, `VITE_SITE_URL=/);
	expect(said[1]).toMatch(/^The charts' footers name the local server/);
	expect(r.status).toBe(0);
	expect(r.stdout).toMatch(/94 Corse: 6 fiches/);
	const files = (await readdir(path.join(out, 'corse-94'))).sort();
	expect(files).toEqual(
		[
			'corse-94.pdf',
			'corse-94-fiches.csv',
			'index.html',
			...['annees', 'pays', 'regions', 'thematiques'].flatMap((c) => [`corse-94-graphique-${c}.png`, `corse-94-graphique-${c}.svg`])
		].sort()
	);
	const pdf = await readFile(path.join(out, 'corse-94/corse-94.pdf'));
	const text = (await pdfText(new Uint8Array(pdf))).replace(/\s+/g, ' ');
	for (const what of ['pays partenaire', 'thématique', 'département', 'année']) expect(text).toContain(`Partenariats par ${what} — Corse`);
	const png = await readFile(path.join(out, 'corse-94/corse-94-graphique-pays.png'));
	expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	const index = await readFile(path.join(out, 'corse-94/index.html'), 'utf8');
	expect(index).toContain('href="corse-94.pdf"');
	expect(index).toContain('6 fiches');
	expect(index).toMatch(/version [0-9a-f]{12}/);
	const top = await readFile(path.join(out, 'index.html'), 'utf8');
	expect(top).toContain('href="corse-94/corse-94.pdf"');
});
