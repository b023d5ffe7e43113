/**
 * The map of the real dashboard (/, the embedded data), in Chromium against the built site: it draws
 * land, sea, flows and places (pixels read back), hovering a point shows a text tooltip and clicking
 * it selects it, the controls work from the keyboard, choropleth mode colours countries, and the PNG
 * export is a valid, non-blank 2× image of the map. The shared fixture fails on any request outside
 * the origin. Nothing here reaches into the page's scripts: only the DOM, the URL and downloads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 180_000 });

const MAP = '.atlas-map';
const CANVAS = `${MAP} canvas.maplibregl-canvas`;
const ATLAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../static/data/atlas.json');

/** Opens the dashboard on `query` and waits until MapLibre has drawn it. */
async function openMap(page: Page, query = '') {
	await page.goto(`/${query}`);
	await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	await page.locator(`${MAP}[data-state="idle"]`).waitFor({ timeout: 90_000 });
}

/** Reads the map canvas back (it keeps its drawing buffer) and counts pixels by colour family. */
async function pixelStats(page: Page) {
	return page.evaluate((selector) => {
		const src = document.querySelector<HTMLCanvasElement>(selector)!;
		const c = document.createElement('canvas');
		[c.width, c.height] = [src.width, src.height];
		const ctx = c.getContext('2d')!;
		ctx.drawImage(src, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		const near = (i: number, r: number, g: number, b: number, tol: number) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < tol;
		let land = 0, sea = 0, link = 0, french = 0, partner = 0, transparent = 0;
		const colours = new Set<number>();
		for (let i = 0; i < d.length; i += 4 * 7) {
			if (d[i + 3] === 0) transparent++;
			colours.add((d[i] >> 3) * 1024 + (d[i + 1] >> 3) * 32 + (d[i + 2] >> 3));
			if (near(i, 0xf4, 0xf1, 0xea, 12)) land++;
			else if (near(i, 0xdc, 0xe8, 0xf2, 12)) sea++;
			else if (near(i, 0x1d, 0x4e, 0x89, 40)) french++;
			else if (near(i, 0xd1, 0x49, 0x5b, 40)) partner++;
			// Link purple (#6a4c93) blended over land or sea: blue and red above green.
			else if (d[i + 2] > d[i + 1] + 15 && d[i] > d[i + 1] + 5 && d[i + 2] > d[i]) link++;
		}
		return { land, sea, link, french, partner, transparent, colours: colours.size };
	}, CANVAS);
}

/** The URL's map camera, `map=lon,lat,zoom`. */
function cameraOf(page: Page): number[] | null {
	const v = new URL(page.url()).searchParams.get('map');
	return v ? v.split(',').map(Number) : null;
}

test('the map draws land, sea, flows and places of the embedded data offline', async ({ page }) => {
	await openMap(page);
	const map = page.locator(MAP);
	// Every distinct link of the embedded data with both ends placed is drawn (a link stated twice once),
	// between hundreds of places.
	type R = { id: string; duplicateOf?: string; french: { lon: number | null }[]; partners: { lon: number | null }[] };
	const records = (JSON.parse(readFileSync(ATLAS, 'utf8')) as { records: R[] }).records;
	const ids = new Set(records.map((r) => r.id));
	let placed = 0;
	for (const r of records)
		if (!(r.duplicateOf && ids.has(r.duplicateOf)))
			for (const f of r.french) for (const p of r.partners) if (f.lon != null && p.lon != null) placed++;
	expect(placed).toBeGreaterThan(3500);
	expect(Number(await map.getAttribute('data-links'))).toBe(placed);
	expect(Number(await map.getAttribute('data-french'))).toBeGreaterThan(500);
	expect(Number(await map.getAttribute('data-partners'))).toBeGreaterThan(1000);
	const s = await pixelStats(page);
	expect(s.transparent).toBe(0);
	expect(s.colours).toBeGreaterThan(50);
	expect(s.land).toBeGreaterThan(2000);
	expect(s.sea).toBeGreaterThan(2000);
	expect(s.link).toBeGreaterThan(200);
	expect(s.french).toBeGreaterThan(20);
	expect(s.partner).toBeGreaterThan(100);
	await expect(map.locator('.maplibregl-ctrl-attrib')).toContainText('© Natural Earth');
	// Text alternative for screen readers.
	await expect(map.locator('section[aria-label] li').first()).toContainText('→');
});

test('hovering a French point shows a text tooltip; clicking it selects it', async ({ page }) => {
	// Toulouse alone (fr=31555), the camera centred on its record coordinates: its point is the
	// canvas' centre, and its partners are all abroad, far off screen at zoom 7.
	const atlas = JSON.parse(readFileSync(ATLAS, 'utf8')) as { records: { french: { code: string | null; name: string; lon: number | null; lat: number | null }[] }[] };
	const toulouse = atlas.records.flatMap((r) => r.french).find((f) => f.code === '31555')!;
	await openMap(page, `?fr=31555&map=${toulouse.lon},${toulouse.lat},7`);
	await expect(page.locator(MAP)).toHaveAttribute('data-french', '1');
	const box = (await page.locator(CANVAS).boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	await page.mouse.move(x, y);
	await expect(page.locator(`${MAP} [role="tooltip"]`)).toContainText('Toulouse');
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/[?&]sel=french%3A31555(&|$)/);
	await expect(page.getByTestId('record-panel')).toContainText('Toulouse');
});

test('keyboard: the controls are buttons reachable with Tab, and "Vue d’ensemble" shows the world', async ({ page }) => {
	await openMap(page, '?map=1.44,43.6,7');
	expect(cameraOf(page)).toEqual([1.44, 43.6, 7]);
	await page.getByRole('button', { name: 'Cadrer sur la sélection' }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Vue d’ensemble' })).toBeFocused();
	await page.keyboard.press('Enter');
	// The world view (viewport.ts WORLD_VIEW) lands in the URL once the camera has moved.
	await expect.poll(() => cameraOf(page)).toEqual([10, 25, 1.2]);
	await page.locator(`${MAP}[data-state="idle"]`).waitFor();
	const s = await pixelStats(page);
	expect(s.sea).toBeGreaterThan(2000);
	expect(s.link).toBeGreaterThan(200);
});

test('choropleth mode colours countries by links', async ({ page }) => {
	await openMap(page);
	await page.getByLabel('Liens par pays').check();
	await expect(page).toHaveURL(/[?&]mode=choropleth/);
	await page.locator(`${MAP}[data-state="idle"]`).waitFor();
	const classes = await page.evaluate((selector) => {
		const src = document.querySelector<HTMLCanvasElement>(selector)!;
		const c = document.createElement('canvas');
		[c.width, c.height] = [src.width, src.height];
		const ctx = c.getContext('2d')!;
		ctx.drawImage(src, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		const want = [[0xfe, 0xe5, 0xd9], [0xfc, 0xae, 0x91], [0xfb, 0x6a, 0x4a], [0xde, 0x2d, 0x26], [0xa5, 0x0f, 0x15]];
		return want.map(([r, g, b]) => {
			let n = 0;
			for (let i = 0; i < d.length; i += 4 * 5) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 10) n++;
			return n;
		});
	}, CANVAS);
	expect(classes.filter((n) => n > 50).length).toBeGreaterThanOrEqual(3);
	await expect(page.locator(`${MAP} .legend`)).toContainText('Liens par pays partenaire');
});

test('PNG export: a valid, non-blank 2× image with the map inside', async ({ page }) => {
	await openMap(page);
	const mapSize = await page.locator(CANVAS).evaluate((c: HTMLCanvasElement) => ({ w: c.clientWidth, h: c.clientHeight }));
	await page.getByTestId('map-panel').locator('[data-export-menu] > summary').click();
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('map-panel').locator('[data-export-kind="png"]').click()]);
	expect(download.suggestedFilename()).toMatch(/\.png$/);
	const bytes = readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const png = await page.evaluate(async (b64) => {
		const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
		const bmp = await createImageBitmap(blob);
		const c = new OffscreenCanvas(bmp.width, bmp.height);
		const ctx = c.getContext('2d')!;
		ctx.drawImage(bmp, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		const colours = new Set<number>();
		let link = 0;
		for (let i = 0; i < d.length; i += 4 * 11) {
			colours.add((d[i] >> 4) * 256 + (d[i + 1] >> 4) * 16 + (d[i + 2] >> 4));
			if (d[i + 2] > d[i + 1] + 15 && d[i] > d[i + 1] + 5 && d[i + 2] > d[i]) link++;
		}
		return { width: bmp.width, height: bmp.height, colours: colours.size, link };
	}, bytes.toString('base64'));
	expect(png.width).toBe(mapSize.w * 2);
	expect(png.height).toBeGreaterThan(mapSize.h * 2 + 100);
	expect(png.colours).toBeGreaterThan(30);
	expect(png.link).toBeGreaterThan(100);
});
