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

const SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/sources');

/** A network's file: 30 real rows of partenariats.csv, one without its French side, one without a partner. */
function realFile(): { name: string; mimeType: string; buffer: Buffer } {
	const lines = readFileSync(path.join(SOURCES, 'partenariats.csv'), 'utf8').split(/\r?\n/);
	const text = [...lines.slice(0, 31), ',commune,Sévan,Arménie,2006,jumelage,,', 'Grenoble,commune,,,,jumelage,,'].join('\n');
	return { name: 'reseau-test.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

async function importBuffer(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
	await page.getByTestId('import-file').setInputFiles(file);
}

test.describe('import of a user file', () => {
	test.setTimeout(120_000);

	test('report, rejected rows as CSV, kept across a reload, gone after delete', async ({ page }) => {
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
		const firstRow = page.locator('[data-testid=explorer] tbody tr').first();
		if (await firstRow.count()) await firstRow.click();
		await page.waitForTimeout(500);

		expect(await page.locator('a[href^="javascript:"], [href*="javascript:"], [src*="javascript:"]').count()).toBe(0);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(dialogs).toEqual([]);
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
			]
		];
		for (const [name, file, message] of cases) {
			test(name, async ({ page }) => {
				await page.goto('/import/');
				await page.getByTestId('import-file').setInputFiles(file);
				const error = page.getByTestId('import-error');
				await expect(error).toBeVisible({ timeout: 30_000 });
				await expect(error).toContainText(message);
				// still responsive: the next file imports
				await importBuffer(page, realFile());
				await expect(page.getByTestId('import-report').first()).toBeVisible({ timeout: 60_000 });
				await expect(error).toHaveCount(0);
			});
		}
	});
});
