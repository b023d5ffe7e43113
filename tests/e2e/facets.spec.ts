/**
 * True counts, true places (issue 13): each count in the filter panel is the number of records
 * ticking that value gives, on a place page (its scope applied) and under a search; no title,
 * subtitle or export footer shows a bare ISO or INSEE code where a name exists, in French and English.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const figure = async (page: Page) => Number((await page.getByTestId('figure-records').innerText()).replace(/\D/g, ''));

async function ready(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready');
}

/** [value, count] of every option of one facet (checkboxes or select). */
async function options(page: Page, dim: string): Promise<[string, number][]> {
	const box = page.getByTestId(`filter-${dim}`);
	const isSelect = (await box.evaluate((e) => e.tagName)) === 'SELECT';
	const sel = isSelect ? 'option[data-count]' : 'label[data-count]';
	return box.locator(sel).evaluateAll((els, select) =>
		els.map((e) => [select ? (e as HTMLOptionElement).value : e.getAttribute('data-value')!, Number(e.getAttribute('data-count'))] as [string, number]), isSelect);
}

/** Ticks each value in turn (all checkboxes, a sample of each select), reads the records figure, steps back. */
async function expectTrueCounts(page: Page, dims: string[], perSelect = 2, perChecks = 4) {
	let checked = 0;
	for (const dim of dims) {
		if (!(await page.getByTestId(`filter-${dim}`).count())) continue;
		const all = await options(page, dim);
		const isSelect = (await page.getByTestId(`filter-${dim}`).evaluate((e) => e.tagName)) === 'SELECT';
		const sample = isSelect ? [...all.slice(0, perSelect), ...all.slice(-1)] : [...all.slice(0, perChecks), ...all.slice(-1)];
		for (const [value, count] of [...new Map(sample)]) {
			const url = page.url();
			if (isSelect) await page.getByTestId(`filter-${dim}`).selectOption(value);
			else await page.getByTestId(`filter-${dim}`).locator(`label[data-value="${value}"] input`).check();
			await expect(page).not.toHaveURL(url);
			await expect.poll(() => figure(page), { message: `${dim}=${value}` }).toBe(count);
			checked++;
			await page.goBack();
			await expect(page).toHaveURL(url);
		}
	}
	expect(checked).toBeGreaterThan(8);
}

const DIMS = ['continents', 'kinds', 'linkTypes', 'datasets', 'countries', 'departements', 'themes', 'calls', 'regions'];

test.describe('facet counts', () => {
	test.setTimeout(180_000);

	test('on /region/76 each count is what ticking that value gives', async ({ page }) => {
		await ready(page, '/region/76?tab=table'); // the table tab: the map would redraw on every change
		const scoped = await figure(page);
		expect(scoped).toBeGreaterThan(100);
		// the counts are those of the région, not of the whole atlas
		const continents = await options(page, 'continents');
		expect(continents.reduce((s, [, n]) => Math.max(s, n), 0)).toBeLessThanOrEqual(scoped);
		await expect(page.getByTestId('filter-regions')).toHaveCount(0); // fixed by the page
		await expectTrueCounts(page, DIMS);
	});

	test('under a search each count is what ticking that value gives', async ({ page }) => {
		await ready(page, '/?q=bethleem&tab=table');
		const found = await figure(page);
		expect(found).toBeGreaterThan(0);
		expect(found).toBeLessThan(50);
		for (const [, n] of await options(page, 'linkTypes')) expect(n).toBeLessThanOrEqual(found);
		await expectTrueCounts(page, DIMS);
	});

	test('under a continent filter its own counts stay those of each continent', async ({ page }) => {
		await ready(page, '/?continent=AF');
		const africa = await figure(page);
		const continents = new Map(await options(page, 'continents'));
		expect(continents.get('AF')).toBe(africa);
		expect(continents.get('EU')!).toBeGreaterThan(africa); // ticking Europe as well would add records
	});
});

/** Bare codes: ISO alpha-2 (upper case), région/département/commune/EPCI codes, import ids. */
const BARE = /(?:^|[\s—:,(«])(?:[A-Z]{2}|\d{2,3}|2[AB]|\d{5}|\d{9}|import-[\w-]+)(?=$|[\s,)»])/;
/** Drops what may hold a bare number by design: a leading record count, licence versions ("CC BY-SA 4.0"). */
const afterCount = (s: string) => s.replace(/^[\d\s\u202f\u00a0,.]+[^·\n]*· /gm, '').replace(/CC BY(-SA)? [\d.]+/g, '');

/** The tEXt chunks of a PNG file (keyword → text). */
function textChunks(png: Buffer): Record<string, string> {
	const out: Record<string, string> = {};
	for (let at = 8; at + 8 <= png.length; ) {
		const len = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		if (type === 'tEXt') {
			const data = png.toString('latin1', at + 8, at + 8 + len);
			const nul = data.indexOf('\0');
			out[data.slice(0, nul)] = data.slice(nul + 1);
		}
		at += 12 + len;
	}
	return out;
}

test.describe('names, not codes', () => {
	for (const [lang, africa, map] of [
		['fr', 'Partenariats par pays partenaire — Afrique', 'Carte des partenariats — Montpellier Méditerranée Métropole'],
		['en', 'Partnerships by partner country — Africa', 'Map of partnerships — Montpellier Méditerranée Métropole']
	] as const) {
		test(`chart titles, subtitles, SVG and PNG metadata and the map title (${lang})`, async ({ page }) => {
			await page.goto(`/embed/chart/country?continent=AF&lang=${lang}`);
			const card = page.locator('[data-chart-card="country"]');
			await expect(card.locator('h3')).toHaveText(africa);
			expect(afterCount(await card.locator('.sub').innerText())).not.toMatch(BARE);
			// only African partner countries under "Africa"
			const keys = await card.locator('svg[data-chart] [data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
			expect(keys).toContain('SN');
			expect(keys).not.toContain('DE');
			// (La Réunion, French but in Africa for countries-list, is the truth-data branch's "domestic" flag)

			await card.locator('[data-export-menu] > summary').click();
			const [svgDl] = await Promise.all([page.waitForEvent('download'), card.locator('[data-export-kind="svg"]').click()]);
			const svg = await (await import('node:fs/promises')).readFile((await svgDl.path())!, 'utf8');
			const texts = [...svg.matchAll(/<(title|desc|text)[^>]*>([^<]*)</g)].map((m) => m[2]);
			expect(texts).toContain(africa);
			const meta = texts.filter((s) => /Sources|filtres|filters|Atlas/.test(s));
			expect(meta.length).toBeGreaterThan(0);
			for (const s of meta) expect(afterCount(s), s).not.toMatch(BARE);

			await card.locator('[data-export-menu] > summary').click();
			const [pngDl] = await Promise.all([page.waitForEvent('download'), card.locator('[data-export-kind="png"]').click()]);
			const chunks = textChunks(await (await import('node:fs/promises')).readFile((await pngDl.path())!));
			// tEXt is Latin-1: the dash may come out as "?"
			expect(chunks.Title?.replace('?', '—')).toBe(africa);
			expect(Object.keys(chunks).length).toBeGreaterThan(1);
			for (const [k, v] of Object.entries(chunks)) expect(afterCount(v), k).not.toMatch(BARE);

			await page.goto(`/collectivite/243400017?lang=${lang}`);
			await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready');
			await expect(page.getByTestId('map-panel').locator('.head .title')).toHaveText(map);
		});
	}

	test('theme and year charts say what they cover and keep the unknown apart', async ({ page }) => {
		await page.goto('/embed/chart/theme?lang=en');
		const card = page.locator('[data-chart-card="theme"]');
		await expect(card.locator('.sub')).toHaveText(/^[\d,]+ links with a theme, of [\d,]+ · no filter$/);
		const apart = card.locator('[data-apart]');
		await expect(apart).toContainText('No theme given');
		await expect(card.locator('svg[data-chart] [data-key="none"]')).toHaveCount(0);
		await page.goto('/embed/chart/year');
		const year = page.locator('[data-chart-card="year"]');
		await expect(year.locator('.sub')).toHaveText(/^[\d\s]+ liens avec une année, sur [\d\s]+ · aucun filtre$/);
		await expect(year.locator('[data-unknown-year]')).toContainText('Sans année');
	});
});

test('a link stated by two datasets counts once: the key figures give the distinct links beside the records', async ({ page }) => {
	const atlas = JSON.parse(readFileSync(path.join(REPO, 'static/data/atlas.json'), 'utf8')) as { records: { duplicateOf?: string }[] };
	const links = atlas.records.filter((r) => !r.duplicateOf).length;
	expect(links).toBeLessThan(atlas.records.length);
	await ready(page, '/');
	expect(await figure(page)).toBe(atlas.records.length);
	await expect(page.getByTestId('figure-links')).toHaveText(new RegExp(`^${links.toLocaleString('fr-FR').replace(/\s/g, '\\s')} liens distincts`));
	// Nancy ↔ Karlsruhe is in two datasets: two records, one link
	await page.goto('/?q=karlsruhe&fr=54395');
	await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready');
	await expect(page.getByTestId('figure-records')).toHaveText('2');
	await expect(page.getByTestId('figure-links')).toHaveText(/^1 lien distinct /);
	// the charts count links: Germany once, and say so
	await page.getByRole('tab', { name: /Graphiques/ }).click();
	const country = page.locator('[data-chart-card="country"]');
	await expect(country.locator('svg[data-chart] [data-key="DE"]')).toHaveAttribute('data-count', '1');
	await expect(country.locator('.sub')).toHaveText(/^1 lien · /);
});
