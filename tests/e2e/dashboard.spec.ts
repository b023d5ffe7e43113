/** The dashboard, as a user goes through it: figures, filters, table, search, permalinks, history, layouts, keyboard. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const figure = async (page: Page, key: 'records' | 'french' | 'partners' | 'countries') =>
	Number((await page.getByTestId(`figure-${key}`).innerText()).replace(/\D/g, ''));

async function open(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready');
}

async function search(page: Page, q: string) {
	await page.getByTestId('search').fill(q);
	await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q)}`));
}

/** Text of every cell of one column on the table's current page. */
async function column(page: Page, index: number): Promise<string[]> {
	return page.getByTestId('record-row').locator(`td:nth-child(${index})`).allInnerTexts();
}

test('key figures are shown for the embedded data', async ({ page }) => {
	await open(page);
	for (const key of ['records', 'french', 'partners', 'countries'] as const) expect(await figure(page, key)).toBeGreaterThan(0);
	expect(await figure(page, 'records')).toBeGreaterThanOrEqual(3782);
	await expect(page.getByTestId('dataset-notice')).toBeVisible();
});

test('a country filter updates key figures and table consistently', async ({ page }) => {
	await open(page);
	const all = await figure(page, 'records');
	await page.getByTestId('filter-countries').selectOption('SN');
	await expect(page).toHaveURL(/country=SN/);
	await expect(page.getByTestId('chip')).toContainText('Sénégal');
	const n = await figure(page, 'records');
	expect(n).toBeGreaterThan(0);
	expect(n).toBeLessThan(all);
	expect(await figure(page, 'countries')).toBeGreaterThanOrEqual(1);
	await page.getByTestId('tab-table').click();
	await expect(page.getByTestId('records-table')).toContainText(`${n} `);
	const countries = await column(page, 4);
	expect(countries.length).toBe(Math.min(n, 50));
	for (const c of countries) expect(c).toContain('Sénégal');
	// Removing the chip restores everything.
	await page.getByTestId('chip').getByRole('button').click();
	await expect.poll(() => figure(page, 'records')).toBe(all);
});

test('clicking a country bar filters key figures, table and map consistently', async ({ page }) => {
	await open(page, '/?tab=charts');
	const bar = page.locator('[data-chart-card="country"] g.bar.pick').first();
	await expect(bar).toBeVisible();
	const iso = (await bar.getAttribute('data-key'))!;
	const count = Number(await bar.getAttribute('data-count'));
	await bar.click();
	await expect(page).toHaveURL(new RegExp(`country=${iso}`));
	// The bar counts distinct links; the records figure also counts a link's second source, said beside it.
	const links = async () =>
		(await page.getByTestId('figure-links').count())
			? Number((await page.getByTestId('figure-links').innerText()).replace(/^([\d\s\u202f\u00a0]+).*$/s, '$1').replace(/\D/g, ''))
			: figure(page, 'records');
	await expect.poll(links).toBe(count);
	const records = await figure(page, 'records');
	expect(records).toBeGreaterThanOrEqual(count);
	expect(await figure(page, 'countries')).toBeGreaterThanOrEqual(1);
	await page.getByTestId('tab-table').click();
	await expect(page.getByTestId('records-table')).toContainText(`${records} `);
	await page.getByTestId('tab-map').click();
	const map = page.locator('.atlas-map');
	await expect(map).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
	// The map's text alternative counts the same French side and partners as the key figures (or fewer: unplaced ones).
	const summary = await map.getByRole('region', { name: /flux/i }).innerText();
	const [, , french, partners] = summary.replace(/(\d)[\u202f\u00a0 ](?=\d{3}\b)/g, '$1').match(/(\d+) liens? entre (\d+) collectivités? françaises? et (\d+) partenaires?/) ?? [];
	expect(Number(french)).toBeGreaterThan(0);
	expect(Number(french)).toBeLessThanOrEqual(await figure(page, 'french'));
	expect(Number(partners)).toBeLessThanOrEqual(await figure(page, 'partners'));
});

test('a permalink reopens the same filters and tab', async ({ page, context }) => {
	await open(page, '/?country=PS&tab=table');
	await page.getByTestId('filter-regions').getByLabel('Occitanie').check();
	await expect(page).toHaveURL(/region=76/);
	const url = page.url();
	const n = await figure(page, 'records');
	const other = await context.newPage();
	await open(other, url);
	expect(await figure(other, 'records')).toBe(n);
	await expect(other.getByTestId('tab-table')).toHaveAttribute('aria-selected', 'true');
	await expect(other.getByTestId('records-table')).toBeVisible();
	await expect(other.getByTestId('chip')).toHaveCount(2);
	await expect(other.getByTestId('filter-regions').getByLabel('Occitanie')).toBeChecked();
	await other.close();
});

test('back and forward step through filter changes', async ({ page }) => {
	await open(page);
	const all = await figure(page, 'records');
	await page.getByTestId('filter-linkTypes').getByLabel('Jumelage').check();
	await expect(page).toHaveURL(/link=jumelage/);
	const twinnings = await figure(page, 'records');
	await page.getByTestId('filter-countries').selectOption('DE');
	await expect(page).toHaveURL(/country=DE/);
	const german = await figure(page, 'records');
	expect(german).toBeLessThan(twinnings);
	await page.goBack();
	await expect(page).not.toHaveURL(/country=DE/);
	await expect.poll(() => figure(page, 'records')).toBe(twinnings);
	await page.goBack();
	await expect.poll(() => figure(page, 'records')).toBe(all);
	await page.goForward();
	await expect.poll(() => figure(page, 'records')).toBe(twinnings);
	await expect(page.getByTestId('filter-linkTypes').getByLabel('Jumelage')).toBeChecked();
});

test('search is accent-insensitive and tolerates typos', async ({ page }) => {
	await open(page, '/?tab=table');
	const all = await figure(page, 'records');
	await search(page, 'bethleem');
	await expect(page.getByTestId('records-table')).toContainText('Béthléem');
	await expect(page.getByTestId('records-table')).toContainText('Montpellier Méditerranée Métropole');
	await search(page, 'montpelier');
	const n = await figure(page, 'records');
	expect(n).toBeGreaterThanOrEqual(15);
	const rows = await page.getByTestId('record-row').allInnerTexts();
	expect(rows.every((r) => /montpellier/i.test(r))).toBe(true);
	// Clearing the search shows everything again.
	await page.getByTestId('search').fill('');
	await expect(page).not.toHaveURL(/q=/);
	await expect.poll(() => figure(page, 'records')).toBe(all);
	const after = await page.getByTestId('record-row').allInnerTexts();
	expect(after).toHaveLength(50);
	expect(after.some((r) => !/montpellier/i.test(r))).toBe(true);
});

test('clicking a table row opens its record with its source', async ({ page }) => {
	await open(page, '/?tab=table&q=bethleem&link=laureat_aap');
	await page.getByTestId('record-row').first().getByRole('button').click();
	const panel = page.getByTestId('record-panel');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('Franco-palestinien 2025');
	const source = panel.getByRole('link', { name: /source/i });
	await expect(source).toHaveAttribute('href', /^https:\/\//);
	await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(page).toHaveURL(/sel=record/);
	await page.getByTestId('panel-close').click();
	await expect(panel).toBeHidden();
});

for (const width of [375, 1920]) {
	test(`no horizontal overflow at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		for (const path of ['/', '/?tab=table', '/?tab=table&sel=country:SN&country=SN', '/?tab=charts']) {
			await open(page, path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
}

test('filters are reachable by keyboard', async ({ page }) => {
	await open(page);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: /aller au contenu/i })).toBeFocused();
	const reached = new Set<string>();
	for (let i = 0; i < 60 && reached.size < 3; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? '');
		if (['search', 'filter-countries', 'filter-continents'].includes(id)) reached.add(id);
	}
	expect([...reached].sort()).toEqual(['filter-continents', 'filter-countries', 'search']);
	// A filter can be applied from the keyboard alone.
	await page.getByTestId('filter-continents').getByRole('checkbox').first().focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/continent=/);
	// The view tabs move with the arrow keys.
	await page.getByTestId('tab-map').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('tab-charts')).toBeFocused();
	await expect(page).toHaveURL(/tab=charts/);
});

test('the interface switches to English and back', async ({ page }) => {
	await open(page);
	await page.getByTestId('lang-en').click();
	await expect(page).toHaveURL(/lang=en/);
	await expect(page.getByTestId('tab-table')).toHaveText('Table');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('lang-fr').click();
	await expect(page.getByTestId('tab-table')).toHaveText('Tableau');
});
