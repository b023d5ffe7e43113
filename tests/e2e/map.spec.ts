/**
 * The map, in Chromium against the built site: it draws land and links (pixels read back), a click on
 * a point selects it, hovering shows a text tooltip, choropleth mode colours countries, and the PNG
 * export is a valid, non-blank 2× image. The shared fixture fails on any request outside the origin.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 180_000 });

const IDLE = '.atlas-map[data-state="idle"]';

async function openMap(page: Page, query = '') {
	await page.goto(`/dev/map${query}`);
	await expect(page.locator('h1')).toContainText('fiches', { timeout: 60_000 });
	await page.locator(IDLE).waitFor({ timeout: 90_000 });
}

/** Counts pixels of the map canvas by colour family (the canvas keeps its drawing buffer). */
async function pixelStats(page: Page) {
	return page.evaluate(() => {
		const src = document.querySelector<HTMLCanvasElement>('.atlas-map canvas.maplibregl-canvas')!;
		const c = document.createElement('canvas');
		c.width = src.width;
		c.height = src.height;
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
		return { width: c.width, height: c.height, land, sea, link, french, partner, transparent, colours: colours.size };
	});
}

test('the map draws land, sea, flows and places offline', async ({ page }) => {
	await openMap(page);
	const s = await pixelStats(page);
	expect(s.transparent).toBe(0);
	expect(s.colours).toBeGreaterThan(50);
	expect(s.land).toBeGreaterThan(2000);
	expect(s.sea).toBeGreaterThan(2000);
	expect(s.link).toBeGreaterThan(200);
	expect(s.french).toBeGreaterThan(20);
	expect(s.partner).toBeGreaterThan(100);
	await expect(page.locator('.atlas-map .maplibregl-ctrl-attrib')).toContainText('© Natural Earth');
	// Text alternative for screen readers.
	await expect(page.locator('.atlas-map section[aria-label] li').first()).toContainText('→');
});

test('clicking a French point selects it; hovering shows a text tooltip', async ({ page }) => {
	await openMap(page);
	await page.evaluate(() => (window as any).__atlasMap.api().getMap().jumpTo({ center: [1.44, 43.6], zoom: 7 }));
	await page.locator(IDLE).waitFor();
	const target = await page.evaluate(() => {
		const map = (window as any).__atlasMap.api().getMap();
		// A point with no other point within 14 px (a commune and its EPCI can share coordinates).
		const all = map.queryRenderedFeatures({ layers: ['french-points', 'partner-points'] }).map((f: any) => ({ f, p: map.project(f.geometry.coordinates) }));
		const alone = all.filter(
			(a: any) => a.f.layer.id === 'french-points' && a.p.x > 250 && a.p.y > 80 && all.every((b: any) => b === a || Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) > 14)
		);
		const { f, p } = alone[0];
		return { x: p.x, y: p.y, name: f.properties.name as string, key: f.properties.key as string };
	});
	const box = (await page.locator('.atlas-map canvas.maplibregl-canvas').boundingBox())!;
	await page.mouse.move(box.x + target.x, box.y + target.y);
	await expect(page.locator('.atlas-map [role="tooltip"]')).toContainText(target.name);
	await page.mouse.click(box.x + target.x, box.y + target.y);
	await expect(page.getByTestId('selection')).toHaveText(JSON.stringify({ kind: 'french', code: target.key }));
});

test('keyboard: the controls are buttons reachable with Tab', async ({ page }) => {
	await openMap(page);
	await page.getByRole('button', { name: 'Cadrer sur la sélection' }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Vue d’ensemble' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.locator(IDLE).waitFor();
});

test('choropleth mode colours countries by links', async ({ page }) => {
	await openMap(page);
	await page.getByLabel('Liens par pays').check();
	await page.locator(IDLE).waitFor();
	const classes = await page.evaluate(() => {
		const src = document.querySelector<HTMLCanvasElement>('.atlas-map canvas.maplibregl-canvas')!;
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
	});
	expect(classes.filter((n) => n > 50).length).toBeGreaterThanOrEqual(3);
	await expect(page.locator('.atlas-map .legend')).toContainText('Liens par pays partenaire');
});

test('PNG export: a valid, non-blank 2× image with the map inside', async ({ page }) => {
	await openMap(page);
	const mapSize = await page.locator('.atlas-map canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.clientWidth, h: c.clientHeight }));
	await page.getByRole('button', { name: 'Exporter PNG' }).click();
	await expect(page.getByTestId('export-link')).toBeVisible({ timeout: 90_000 });
	const png = await page.evaluate(async () => {
		const blob: Blob = (window as any).__lastExport;
		const bytes = new Uint8Array(await blob.arrayBuffer());
		const bmp = await createImageBitmap(blob);
		const c = document.createElement('canvas');
		[c.width, c.height] = [bmp.width, bmp.height];
		const ctx = c.getContext('2d')!;
		ctx.drawImage(bmp, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		const colours = new Set<number>();
		let link = 0;
		for (let i = 0; i < d.length; i += 4 * 11) {
			colours.add((d[i] >> 4) * 256 + (d[i + 1] >> 4) * 16 + (d[i + 2] >> 4));
			if (d[i + 2] > d[i + 1] + 15 && d[i] > d[i + 1] + 5 && d[i + 2] > d[i]) link++;
		}
		return { type: blob.type, size: blob.size, signature: Array.from(bytes.slice(0, 8)), width: bmp.width, height: bmp.height, colours: colours.size, link };
	});
	expect(png.type).toBe('image/png');
	expect(png.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.width).toBe(mapSize.w * 2);
	expect(png.height).toBeGreaterThan(mapSize.h * 2 + 100);
	expect(png.colours).toBeGreaterThan(30);
	expect(png.link).toBeGreaterThan(100);
});
