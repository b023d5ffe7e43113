/**
 * Région, collectivité and country pages: the Occitanie page shows the seed-003 laureates with
 * their partners, every place link resolves to a prerendered page, the brief prints.
 */
import { test as plain, type APIRequestContext, type Page } from '@playwright/test';
import { test, expect } from './fixtures';

const OCCITANIE_2025: [french: string, partners: string[]][] = [
	['Castres', ['District de Huyé']],
	['Montpellier Méditerranée Métropole', ['Béthléem']],
	['Montpellier Méditerranée Métropole', ['Bargny']],
	['Barjac', ['Kharas']],
	['Sicoval', ['Gandon']],
	['Toulouse', ['Montreux', 'Fribourg', 'Namur', 'Iasi', 'Québec', 'Bohicon']]
];

/** The place links of a page (collectivités, countries, régions), deduplicated. */
async function placeLinks(page: Page, selector = 'a'): Promise<string[]> {
	const hrefs = await page
		.locator(selector)
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => /^\/(collectivite|pays|region)\/[^/]+/.test(p)));
	return [...new Set(hrefs)];
}

/** Each path is a prerendered place page: HTTP 200 and the page itself, not the 404 fallback. */
async function expectPages(request: APIRequestContext, paths: string[]) {
	const bad: string[] = [];
	for (const p of paths) {
		const res = await request.get(p, { maxRedirects: 0 });
		const body = res.status() === 200 ? await res.text() : '';
		if (!body.includes('data-place=')) bad.push(`${p} → ${res.status()}`);
	}
	expect(bad).toEqual([]);
}

test.describe('place pages', () => {
	test('Occitanie lists the seed-003 laureates with their partners', async ({ page }) => {
		await page.goto('/region/76/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occitanie');
		const rows = page.locator('section.records tbody tr');
		for (const [french, partners] of OCCITANIE_2025) {
			const row = rows.filter({ has: page.locator('td.french', { hasText: french }) }).filter({ hasText: partners[0] });
			await expect(row, `${french} — ${partners[0]}`).toHaveCount(1);
			for (const p of partners) await expect(row.locator('td.partners')).toContainText(p);
		}
		// names link to their pages
		await expect(rows.locator('td.french a', { hasText: 'Castres' }).first()).toHaveAttribute('href', '/collectivite/81065/');
		await expect(rows.locator('td.partners a', { hasText: 'Rwanda' }).first()).toHaveAttribute('href', '/pays/RW/');
	});

	test('every place link on the Occitanie page resolves', async ({ page, request }) => {
		await page.goto('/region/76/');
		const links = await placeLinks(page, 'main a');
		expect(links.length).toBeGreaterThan(20);
		expect(links).toEqual(expect.arrayContaining(['/collectivite/81065/', '/collectivite/243400017/', '/collectivite/243100633/', '/collectivite/31555/', '/pays/PS/', '/pays/SN/']));
		await expectPages(request, links);
	});

	test('every place link of a sample of pages resolves', async ({ page, request }) => {
		test.setTimeout(120_000);
		const sample = ['/regions/', '/region/11/', '/region/04/', '/collectivite/31555/', '/collectivite/34/', '/pays/SN/', '/pays/DE/', '/pays/'];
		const all = new Set<string>();
		for (const p of sample) {
			await page.goto(p);
			await expect(page.locator('h1').first()).toBeVisible();
			for (const l of await placeLinks(page, 'main a')) all.add(l);
		}
		// the /pays index links every country page; keep the run short with every 3rd
		const links = [...all].filter((l, i) => !l.startsWith('/pays/') || i % 3 === 0);
		expect(links.length).toBeGreaterThan(100);
		await expectPages(request, links);
	});

	test('a collectivité page: key figures, parents, records', async ({ page }) => {
		await page.goto('/collectivite/31555/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toulouse');
		await expect(page.locator('.parents a')).toHaveText(['Haute-Garonne', 'Occitanie']);
		await expect(page.locator('section.records tbody tr').first()).toBeVisible();
		await expect(page.locator('section.records')).toContainText('Montreux');
	});

	test('the printed brief hides the controls and keeps the figures and records', async ({ page }) => {
		await page.goto('/region/76/');
		await expect(page.getByRole('button', { name: 'Imprimer / PDF' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Imprimer / PDF' })).toBeHidden();
		await expect(page.locator('header.site-header')).toBeHidden();
		await expect(page.locator('section.records tbody tr').first()).toBeVisible();
		// the région brief prints every listed record (tests/e2e/briefs.spec.ts); other place pages the first 30
		const rows = await page.locator('section.records tbody tr').count();
		expect(rows).toBeGreaterThan(30);
		await expect(page.locator('section.records tbody tr:visible')).toHaveCount(rows);
		await page.emulateMedia({ media: 'screen' });
		await page.goto('/collectivite/34/');
		await expect(page.locator('section.records tbody tr').nth(30)).toBeAttached();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('section.records tbody tr:visible')).toHaveCount(30);
	});
});

// A lower-case country code is served the 404 fallback by a static host (a console error by
// design), then sent on to the canonical page: outside the no-console-error fixture.
plain('a country URL in lower case lands on the canonical page', async ({ page }) => {
	await page.goto('/pays/sn');
	await expect(page).toHaveURL(/\/pays\/SN\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sénégal');
});

test('an old link without the trailing slash reaches the page', async ({ page }) => {
	await page.goto('/region/76');
	await expect(page).toHaveURL(/\/region\/76\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occitanie');
});
