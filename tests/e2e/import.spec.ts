/**
 * A network imports its own file: report, rejected rows as CSV, kept across a reload, deleted;
 * hostile cells never execute; bad files get a clear message and the page stays usable.
 */
import { readFileSync, writeFileSync, truncateSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';

const SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/sources');
/** Made from 45 real rows of partenariats.csv by tests/fixtures/make-workbooks.ts. */
const WORKBOOKS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/workbooks');
const NETWORK_XLSX = path.join(WORKBOOKS, 'reseau-cooperations.xlsx');

/** A network's file: 30 real rows of partenariats.csv, one without its French side, one without a partner. */
function realFile(): { name: string; mimeType: string; buffer: Buffer } {
	const lines = readFileSync(path.join(SOURCES, 'partenariats.csv'), 'utf8').split(/\r?\n/);
	const text = [...lines.slice(0, 31), ',commune,Sévan,Arménie,2006,jumelage,,', 'Grenoble,commune,,,,jumelage,,'].join('\n');
	return { name: 'reseau-test.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/** Counts the scripts fetched that hold the workbook reader (it must load only when a workbook is imported). */
function watchWorkbookReader(page: Page): () => number {
	let loads = 0;
	page.on('response', async (r) => {
		if (!r.url().endsWith('.js')) return;
		const body = await r.text().catch(() => '');
		if (body.includes('sharedStrings.xml')) loads++;
	});
	return () => loads;
}

async function importBuffer(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await page.getByTestId('import-file').setInputFiles(file);
}

test.describe('import of a user file', () => {
	test.setTimeout(120_000);

	test('report, rejected rows as CSV, kept across a reload, gone after delete', async ({ page }) => {
		const readerLoads = watchWorkbookReader(page);
		await page.goto('/import/');
		await importBuffer(page, realFile());

		const report = page.getByTestId('import-report').first();
		await expect(report).toBeVisible({ timeout: 60_000 });
		await expect(report.locator('[data-count=rows] dd')).toHaveText('32');
		await expect(report.locator('[data-count=accepted] dd')).toHaveText('30');
		await expect(report.locator('[data-count=rejected] dd')).toHaveText('2');
		await expect(report.getByTestId('french-resolved')).toContainText('%');
		await expect(report.locator('[data-precision=city]')).toBeVisible();
		await expect(page.getByTestId('import-notice')).toContainText('reseau-test.csv');
		expect(readerLoads(), 'the workbook reader is not loaded for a CSV file').toBe(0);

		const [download] = await Promise.all([page.waitForEvent('download'), report.getByTestId('download-rejected').click()]);
		expect(download.suggestedFilename()).toBe('reseau-test-rejets.csv');
		const csv = readFileSync((await download.path())!, 'utf8');
		const rows = csv.trim().split(/\r\n/);
		expect(rows[0]).toMatch(/^line,reason,collectivite_francaise,/);
		expect(rows).toHaveLength(3);
		expect(rows[1]).toMatch(/^32,/);
		expect(rows[2]).toMatch(/^33,/);

		const list = page.getByTestId('imported-list');
		const item = list.locator('li[data-dataset="import-reseau-test"]');
		await expect(item).toContainText('30');

		await page.reload();
		await expect(list.locator('li[data-dataset="import-reseau-test"]')).toBeVisible();
		// the restored dataset is in the atlas: the dashboard shows it alone
		await item.getByRole('link', { name: /Voir seul/ }).click();
		await expect(page).toHaveURL(/dataset=import-reseau-test/);
		await expect(page.getByTestId('figure-records')).toHaveText('30', { timeout: 30_000 });

		await page.goto('/import/');
		await page.getByTestId('imported-list').locator('li[data-dataset="import-reseau-test"] button.delete').click();
		await expect(page.getByTestId('imported-list').locator('li[data-dataset]')).toHaveCount(0);
		await page.reload();
		await expect(page.getByTestId('imported-list')).toBeVisible();
		await page.waitForLoadState('networkidle');
		await expect(page.getByTestId('imported-list').locator('li[data-dataset]')).toHaveCount(0);
	});

	test('a file chosen before the page\'s scripts have started is still imported', async ({ page }) => {
		// hold the app's code back so the prerendered input receives the file with no listener yet
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/import/', { waitUntil: 'commit' });
		await importBuffer(page, realFile());
		release();

		const report = page.getByTestId('import-report').first();
		await expect(report).toBeVisible({ timeout: 60_000 });
		await expect(report.locator('[data-count=rows] dd')).toHaveText('32');
		await expect(page.getByTestId('import-notice')).toContainText('reseau-test.csv');
	});

	test('script, <img onerror> and javascript: cells never execute', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const header = 'collectivite_francaise,type_collectivite_francaise,collectivite_partenaire,pays_partenaire,annee_debut,type_lien,thematiques,source_url';
		const rows = [
			'Grenoble,commune,"<img src=x onerror=""alert(1);window.__xss=1"">",Arménie,2006,jumelage,"<script>alert(1);window.__xss=1</script>",javascript:alert(1)',
			'Nancy,commune,"<script>window.__xss=1</script>Kanazawa",Japon,1973,jumelage,culture,"javascript:window.__xss=1"',
			'"<img src=x onerror=alert(1)>",commune,Sévan,Arménie,,jumelage,,'
		];
		await page.goto('/import/');
		await importBuffer(page, { name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });
		await expect(page.getByTestId('import-report').first()).toBeVisible({ timeout: 60_000 });

		// every view of the records: report, the dashboard's table and the record panel
		await page.getByTestId('imported-list').locator('li[data-dataset="import-xss"]').getByRole('link', { name: /Voir seul/ }).click();
		await expect(page).toHaveURL(/dataset=import-xss/);
		await expect(page.getByTestId('figure-records')).toHaveText('3', { timeout: 30_000 });
		await page.getByRole('tab', { name: /Tableau/ }).click();
		await expect(page.getByText('<script>window.__xss=1</script>Kanazawa').first()).toBeVisible();
		const tableRows = page.getByTestId('record-row');
		await expect(tableRows).toHaveCount(3);
		// the record panel shows the hostile cells as text, and no link for a javascript: source
		await tableRows.filter({ hasText: 'Kanazawa' }).getByRole('button').first().click();
		const panel = page.getByTestId('record-panel');
		await expect(panel).toContainText('<script>window.__xss=1</script>Kanazawa');
		await expect(panel.getByRole('link', { name: /source/i })).toHaveCount(0);
		await page.waitForTimeout(500); // an <img onerror> would fire once its load fails

		expect(await page.locator('a[href^="javascript:"], [href*="javascript:"], [src*="javascript:"]').count()).toBe(0);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(dialogs).toEqual([]);
	});

	test('an Excel workbook with a title line and two sheets: the user picks the sheet, 45/45 rows', async ({ page }) => {
		const readerLoads = watchWorkbookReader(page);
		await page.goto('/import/');
		await page.waitForLoadState('networkidle');
		expect(readerLoads(), 'the workbook reader is not loaded with the page').toBe(0);
		await page.getByTestId('import-file').setInputFiles(NETWORK_XLSX);
		const picker = page.getByTestId('sheet-picker');
		await expect(picker).toContainText('2 feuilles', { timeout: 60_000 });
		await expect(page.getByTestId('import-error')).toHaveCount(0);
		await expect(picker.locator('option')).toHaveText(['Lisez-moi', 'Coopérations']);
		expect(readerLoads(), 'the workbook reader is loaded once a workbook is imported').toBe(1);
		await picker.getByTestId('sheet-select').selectOption('Coopérations');
		await picker.getByRole('button', { name: 'Importer cette feuille' }).click();

		const report = page.getByTestId('import-report').first();
		await expect(report).toBeVisible({ timeout: 60_000 });
		await expect(report).toContainText('feuille « Coopérations »');
		await expect(report.locator('[data-count=rows] dd')).toHaveText('45');
		await expect(report.locator('[data-count=accepted] dd')).toHaveText('45');
		await expect(report.locator('[data-count=rejected] dd')).toHaveText('0');
		await expect(report).toContainText(/Pays des partenaires identifiés\s*:\s*100\s*%\s*\(45 sur 45\)/);
		await expect(page.getByTestId('import-notice')).toContainText('reseau-cooperations.xlsx');
		// the other sheet stays one click away
		await expect(picker.getByTestId('sheet-select')).toHaveValue('Coopérations');
	});

	test('a large workbook (a sheet over 512 kB, inflated in a nested worker): every row imported', async ({ page }) => {
		const csv = readFileSync(path.join(SOURCES, 'twin-towns-france.csv'), 'utf8');
		// coordinates as number cells, as a spreadsheet holds them
		const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.map((r) => r.map((c) => (/^-?\d+\.\d+$/.test(c) ? Number(c) : c)));
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Jumelages des communes françaises'], ...rows]), 'Jumelages');
		const buffer = Buffer.from(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);

		await page.goto('/import/');
		await importBuffer(page, { name: 'jumelages.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
		const report = page.getByTestId('import-report').first();
		await expect(report).toBeVisible({ timeout: 90_000 });
		await expect(report.locator('[data-count=rows] dd')).toHaveText(/^3\s?782$/);
		await expect(report.locator('[data-count=accepted] dd')).toHaveText(/^3\s?782$/);
		await expect(page.getByTestId('sheet-picker')).toHaveCount(0);
	});

	test.describe('bad files get a clear message and the page stays usable', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'atlas-import-'));
		const big = path.join(dir, 'enorme.csv');
		writeFileSync(big, 'collectivite_francaise,collectivite_partenaire,pays_partenaire\n');
		truncateSync(big, 100 * 1024 * 1024);

		const cases: [string, { name: string; mimeType: string; buffer: Buffer } | string, RegExp][] = [
			['empty file', { name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, /vide/],
			['headers only', { name: 'entete.csv', mimeType: 'text/csv', buffer: Buffer.from('Ville,Partenaire,Pays\n') }, /en-tête/],
			[
				'binary file',
				{ name: 'image.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0]) },
				/pas un texte/
			],
			['100 MB file', big, /trop volumineux \(100 Mo\)/],
			[
				'wrong delimiter',
				{ name: 'deux-points.csv', mimeType: 'text/csv', buffer: Buffer.from('Ville:Partenaire:Pays\nGrenoble:Sévan:Arménie\nNancy:Kanazawa:Japon\n') },
				/séparateur/
			],
			['old .xls workbook', path.join(WORKBOOKS, 'reseau-cooperations.xls'), /ancien format \(\.xls.*Classeur Excel \(\.xlsx\)/],
			['.ods workbook', path.join(WORKBOOKS, 'reseau-cooperations.ods'), /OpenDocument \(\.ods\)/],
			['damaged workbook', path.join(WORKBOOKS, 'tronque.xlsx'), /abîmé ou incomplet/]
		];
		for (const [name, file, message] of cases) {
			test(name, async ({ page }) => {
				await page.goto('/import/');
				await page.getByTestId('import-file').setInputFiles(file);
				const error = page.getByTestId('import-error');
				await expect(error).toBeVisible({ timeout: 30_000 });
				await expect(error).toContainText(message);
				await expect(page.getByTestId('mapping-editor')).toHaveCount(0); // nothing to map in these
				// still responsive: the next file imports
				await importBuffer(page, realFile());
				await expect(page.getByTestId('import-report').first()).toBeVisible({ timeout: 60_000 });
				await expect(error).toHaveCount(0);
			});
		}
	});
});

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

test.describe('a network’s own headers', () => {
	test.setTimeout(120_000);

	test('the French Excel export (";", Windows-1252, 8 French headers) imports whole, no hand mapping', async ({ page }) => {
		await page.goto('/import/');
		await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, 'reseau-excel-fr.csv'));
		const report = page.getByTestId('import-report').first();
		await expect(report).toBeVisible({ timeout: 60_000 });
		await expect(report.locator('[data-count=rows] dd')).toHaveText('45');
		await expect(report.locator('[data-count=accepted] dd')).toHaveText('45');
		await expect(report.locator('[data-count=rejected] dd')).toHaveText('0');
		await expect(report.getByTestId('country-resolved')).toContainText('(46 sur 46) · 21 pays');
		await expect(page.getByTestId('import-error')).toHaveCount(0);
	});

	test('villages the GeoNames town lists lack are placed from the postal localities in the browser too', async ({ page }) => {
		// Real pairs of twin-towns-france.csv whose partner no GeoNames populated-places file names.
		const text = [
			'Collectivité,Partenaire,Pays',
			'Saint-Savin,Malle,Belgique',
			'Guînes,Kluisbergen,Belgique',
			'Saintry-sur-Seine,Polegate,Royaume-Uni',
			'Nemours,Mühltal,Allemagne'
		].join('\n');
		await page.goto('/import/');
		await importBuffer(page, { name: 'villages.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
		const report = page.getByTestId('import-report').first();
		await expect(report).toBeVisible({ timeout: 60_000 });
		await expect(report.locator('[data-count=accepted] dd')).toHaveText('4');
		await expect(report.locator('[data-precision=city] .n')).toHaveText(/^4 /);
		await expect(report.locator('[data-precision=country] .n')).toHaveText(/^0 /);
	});

	test('columns that cannot be guessed: the mapping editor shows the file’s headers and first 5 rows; once mapped the file imports, and the choice is remembered', async ({ page }) => {
		const file = path.join(FIXTURES, 'reseau-entetes-libres.csv');
		await page.goto('/import/');
		await page.getByTestId('import-file').setInputFiles(file);
		const error = page.getByTestId('import-error');
		await expect(error).toContainText('n’ont pas pu être reconnues', { timeout: 60_000 });
		await expect(error).not.toContainText('séparateur');
		await expect(error).not.toContainText(/column|found/i); // no English sentence in the French interface

		const editor = page.getByTestId('mapping-editor');
		await expect(editor).toHaveAttribute('open', '');
		const preview = editor.getByTestId('mapping-preview');
		await expect(preview.locator('thead th')).toHaveText(['Qui', 'Type', 'Avec qui', 'Où', 'Depuis', 'Comment', 'Sujets', 'Réf.']);
		await expect(preview.locator('tbody tr')).toHaveCount(5);
		await expect(preview.locator('tbody tr').first().locator('td').first()).toHaveText('Grenoble');

		await editor.locator('select[data-field=french]').selectOption('Qui');
		await editor.locator('select[data-field=partner]').selectOption('Avec qui');
		await editor.locator('select[data-field=country]').selectOption('Où');
		await editor.getByRole('button', { name: 'Importer avec ces colonnes' }).click();

		const report = page.getByTestId('import-report').first();
		await expect(report).toBeVisible({ timeout: 60_000 });
		await expect(report.locator('[data-count=accepted] dd')).toHaveText('45');
		await expect(report.getByTestId('country-resolved')).toContainText('21 pays');
		await expect(error).toHaveCount(0);

		// the same header set later: imported with the remembered choice, no editor to fill
		await page.reload();
		await page.getByTestId('import-file').setInputFiles(file);
		await expect(page.getByTestId('import-report').first().locator('[data-count=accepted] dd')).toHaveText('45', { timeout: 60_000 });
		await expect(page.getByTestId('import-error')).toHaveCount(0);
	});

	test('in English, the same file gets English messages', async ({ page }) => {
		await page.goto('/import/?lang=en');
		await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, 'reseau-entetes-libres.csv'));
		await expect(page.getByTestId('import-error')).toContainText('could not be recognised', { timeout: 60_000 });
		await expect(page.getByTestId('mapping-editor')).toContainText('first rows');
	});
});
