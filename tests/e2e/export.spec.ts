/**
 * Export and share, in Chromium against the built site: every export gives a valid, non-blank file of
 * the expected type and size; the CSV holds exactly the bars drawn; embeds render alone and report
 * their height; formula-like names come out neutralised in the records CSV.
 */
import type { Page, Download } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { decodeAtlas, encodeAtlas } from '../../src/lib/data/wire';

async function download(page: Page, kind: string): Promise<{ d: Download; bytes: Buffer }> {
	await page.locator('[data-export-menu] > summary').first().click();
	const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export-kind="${kind}"]`).first().click()]);
	// EXPORT_DIR=/some/dir keeps the files, to look at them.
	if (process.env.EXPORT_DIR) await d.saveAs(`${process.env.EXPORT_DIR}/${d.suggestedFilename()}`);
	return { d, bytes: await readFile((await d.path())!) };
}

/** Decodes a PNG in the page: size and number of distinct colours (sampled). */
async function decodePng(page: Page, bytes: Buffer) {
	return page.evaluate(async (b64) => {
		const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
		const bmp = await createImageBitmap(blob);
		const c = new OffscreenCanvas(bmp.width, bmp.height);
		const ctx = c.getContext('2d')!;
		ctx.drawImage(bmp, 0, 0);
		const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
		const colours = new Set<number>();
		for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
		return { width: bmp.width, height: bmp.height, colours: colours.size };
	}, bytes.toString('base64'));
}

const pngText = (bytes: Buffer) => bytes.toString('latin1');

test.describe('chart exports', () => {
	test('country chart under a région filter: PNG 2×, SVG with title, CSV = bars', async ({ page }) => {
		await page.goto('/embed/chart/country/?region=76');
		const card = page.locator('[data-chart-card="country"]');
		await expect(card.locator('h3')).toHaveText('Partenariats par pays partenaire — Occitanie');
		const svg = card.locator('svg[data-chart]');
		await expect(svg.locator('[data-key]').first()).toBeVisible();
		const bars = await svg.locator('[data-key]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), Number(e.getAttribute('data-count'))]));
		expect(bars.length).toBeGreaterThan(3);
		const svgWidth = Number(await svg.getAttribute('width'));

		const s = (await download(page, 'svg')).bytes.toString('utf8');
		expect(s).toContain('<title>Partenariats par pays partenaire — Occitanie</title>');
		expect(s).toMatch(/<text[^>]*>Partenariats par pays partenaire — Occitanie<\/text>/);
		expect(s).toContain(`Atlas de la coopération décentralisée — ${new URL(page.url()).origin}`);
		expect(s).not.toContain('foreignObject');
		expect(s).not.toContain('var(--');

		const [, sw, sh] = /^(?:<\?xml[^>]*>\s*)?<svg[^>]* width="(\d+)" height="(\d+)"/.exec(s)!.map(Number);
		expect(sw).toBeGreaterThanOrEqual(svgWidth);

		const png = await download(page, 'png');
		expect(png.d.suggestedFilename()).toMatch(/^partenariats-par-pays-partenaire-occitanie\.png$/);
		expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const img = await decodePng(page, png.bytes);
		expect([img.width, img.height]).toEqual([sw * 2, sh * 2]);
		expect(img.height).toBeGreaterThan(bars.length * 28 * 2);
		expect(img.colours).toBeGreaterThan(8);
		expect(pngText(png.bytes)).toContain('tEXtTitle\0Partenariats par pays partenaire');
		expect(pngText(png.bytes)).toContain('tEXtSource\0Sources');

		const csv = (await download(page, 'csv')).bytes.toString('utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = csv.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(','));
		expect(rows.map((r) => [r[0], Number(r.at(-1))])).toEqual(bars);
	});

	test('year chart: national figures with every source, in the table and the CSV', async ({ page }) => {
		await page.goto('/embed/chart/year/');
		const card = page.locator('[data-chart-card="year"]');
		await expect(card.locator('[data-calls] [data-year="2025"]')).toContainText('158');
		await expect(card.locator('[data-calls] [data-year="2025"]')).toContainText('57,6 % ≠ 60 %');
		await expect(card.locator('[data-calls] [data-year="2024"]')).toContainText('113');
		const csv = (await download(page, 'csv')).bytes.toString('utf8');
		expect(csv).toContain('2025,Candidatures,158,https://www.oc-cooperation.org/');
		expect(csv).toContain('2025,Taux d\'acceptation (%),60,https://www.resacoop.org/');
		expect(csv).toContain('2024,Lauréats,76,https://banquedesterritoires.fr/');
		const png = await download(page, 'png');
		expect((await decodePng(page, png.bytes)).colours).toBeGreaterThan(8);
	});

	test('clicking a bar (mouse or keyboard) filters the view', async ({ page }) => {
		await page.goto('/embed/chart/country/');
		const first = page.locator('[data-chart-card="country"] [data-key][role="button"]').first();
		const iso = await first.getAttribute('data-key');
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`country=${iso}`));
		await expect(page.locator('[data-chart-card="country"] h3')).toContainText('—');
	});
});

test.describe('embeds', () => {
	for (const width of [400, 1200]) {
		test(`the region chart renders alone at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/embed/chart/region/');
			await expect(page.locator('[data-chart-card="region"] svg[data-chart] [data-key]').first()).toBeVisible();
			await expect(page.locator('.site-header')).toBeHidden();
			const svgWidth = Number(await page.locator('[data-chart-card="region"] svg[data-chart]').getAttribute('width'));
			expect(svgWidth).toBeGreaterThan(width * 0.7);
			expect(svgWidth).toBeLessThanOrEqual(width);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		});
	}

	test('an embed tells its parent its height and the snippet resizes the iframe', async ({ page }) => {
		await page.goto('/embed/chart/theme/');
		await page.locator('[data-chart-card="theme"] [data-export-menu] > summary').click();
		await page.locator('[data-export-kind="embed"]').click();
		const snippet = await page.locator('dialog textarea').inputValue();
		expect(snippet).toContain(`src="${new URL(page.url()).origin}/embed/chart/theme/"`);
		// A parent page (about:blank) holding only the snippet: its script must resize the iframe.
		await page.goto('about:blank');
		await page.setContent(`<!doctype html><body style="margin:0">${snippet.replace('loading="lazy"', '')}</body>`);
		const frame = page.locator('iframe[data-atlas-embed]');
		await expect.poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 20_000 }).toBeGreaterThan(400);
	});
});

test.describe('records downloads', () => {
	test('records CSV neutralises a name starting with "=", GeoJSON is a FeatureCollection', async ({ page }) => {
		// Test-only data: the real atlas with one real record renamed to a formula (never shipped).
		await page.route('**/data/atlas.columns.json', async (route) => {
			const res = await route.fetch();
			const atlas = decodeAtlas(await res.json());
			const r = atlas.records.find((x) => x.source.dataset === 'laureats')!;
			r.french[0].name = '=HYPERLINK("http://evil.example","x")';
			r.title = '+cmd|calc';
			await route.fulfill({ response: res, json: encodeAtlas(atlas) });
		});
		await page.goto('/embed/map/?dataset=laureats');
		const btn = page.locator('[data-download="records-csv"]');
		await expect(btn).toBeVisible();
		const [d] = await Promise.all([page.waitForEvent('download'), btn.click()]);
		const csv = (await readFile((await d.path())!)).toString('utf8');
		expect(d.suggestedFilename()).toMatch(/\.csv$/);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(csv).toContain("'+cmd|calc");
		expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
		const [g] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="records-geojson"]').click()]);
		const geo = JSON.parse((await readFile((await g.path())!)).toString('utf8'));
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features.some((f: { geometry: { type: string } }) => f.geometry.type === 'LineString')).toBe(true);
	});

	test('map PNG export is a valid, non-blank 2× image', async ({ page }) => {
		await page.goto('/embed/map/?country=SN');
		await expect(page.locator('[data-state="idle"]')).toBeVisible({ timeout: 30_000 });
		const png = await download(page, 'png');
		expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const img = await decodePng(page, png.bytes);
		expect(img.width).toBeGreaterThan(600);
		expect(img.colours).toBeGreaterThan(8);
	});
});
