/**
 * The map's first picture comes with the HTML: the served page carries a prerendered picture of its
 * default view, painted with scripts off; with scripts on, another view is drawn on a canvas, the
 * map then takes over with its labels' glyphs from the site itself.
 */
import { test, expect } from './fixtures';

const PAINTED = '[data-overview="painted"]';

test('the home page as served, scripts off, shows the map picture', async ({ browser, baseURL, request }) => {
	const html = await (await request.get('/')).text();
	const tag = html.match(/<div[^>]*data-overview="painted"[^>]*>\s*(?:<!--[^>]*-->)?\s*<img[^>]*>/)?.[0];
	expect(tag, 'the overview picture in the served HTML').toBeTruthy();
	const src = tag!.match(/src="([^"]+)"/)![1];
	const image = await request.get(src);
	expect(image.status()).toBe(200);
	expect(image.headers()['content-type']).toBe('image/webp');

	const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto('/');
	const img = page.locator(`${PAINTED} img`);
	await expect(img).toBeVisible();
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
	// Placed by CSS as the map's fit will be: the picture covers the whole map area.
	const stage = (await page.locator('.overview').boundingBox())!;
	const pic = (await img.boundingBox())!;
	expect(pic.x).toBeLessThanOrEqual(stage.x + 1);
	expect(pic.x + pic.width).toBeGreaterThanOrEqual(stage.x + stage.width - 1);
	expect(pic.y).toBeLessThanOrEqual(stage.y + 1);
	expect(pic.y + pic.height).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
	await context.close();
});

test('a région page as served carries its own picture', async ({ request }) => {
	const html = await (await request.get('/region/76')).text();
	expect(html).toMatch(/data-overview="painted"[^>]*>\s*(?:<!--[^>]*-->)?\s*<img[^>]*src="[^"]*\/overview\/regions-76\.webp"/);
});

test('the picture gives way to the map, whose labels come from the site', async ({ page }) => {
	const glyphs: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/glyphs/')) glyphs.push(r.url());
	});
	// Whether the client ever replaced the prerendered picture by a drawing of its own (it shows the same view).
	await page.addInitScript(() => {
		new MutationObserver(() => {
			if (document.querySelector('.overview canvas')) (window as unknown as { redrawn: boolean }).redrawn = true;
		}).observe(document, { subtree: true, childList: true });
	});
	await page.goto('/');
	await expect(page.locator(`${PAINTED} img`)).toBeVisible();
	await expect(page.locator('.atlas-map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	await expect(page.locator('.overview')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { redrawn?: boolean }).redrawn ?? false), 'the home page kept its prerendered picture').toBe(false);
	// The labels are added just after the map's first idle: their glyphs follow within moments.
	await expect.poll(() => glyphs.length, { timeout: 10_000 }).toBeGreaterThan(0);
});

test('a filtered view draws its picture on a canvas, not the prerendered one', async ({ page }) => {
	await page.goto('/?country=SN');
	const painted = page.locator(PAINTED);
	await expect(painted.locator('canvas')).toBeVisible({ timeout: 30_000 });
	await expect(painted.locator('img')).toHaveCount(0);
	// Something was drawn: the canvas is not one flat colour.
	const colours = await painted.locator('canvas').evaluate((c: HTMLCanvasElement) => {
		const d = c.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, c.width, c.height).data;
		const seen = new Set<number>();
		for (let i = 0; i < d.length && seen.size < 10; i += 4 * 97) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
		return seen.size;
	});
	expect(colours).toBeGreaterThan(2);
	await expect(page.locator('.atlas-map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
});

test('the home map starts with its data: idle at its first drawing, the same data not sent again', async ({ page }) => {
	// Every data-state the map goes through.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { mapStates: string[] }).mapStates = []);
		new MutationObserver(() => {
			const s = document.querySelector('.atlas-map')?.getAttribute('data-state');
			if (s && s !== seen[seen.length - 1]) seen.push(s);
		}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
	});
	await page.goto('/');
	await expect(page.locator('.atlas-map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	// Straight from loading to idle: no second round of drawing (data sent again, a fit to the same camera) before it.
	const states = await page.evaluate(() => (window as unknown as { mapStates: string[] }).mapStates);
	expect(states.slice(0, states.indexOf('idle') + 1)).toEqual(['loading', 'idle']);
	expect(await page.evaluate(() => performance.getEntriesByName('map:data').length)).toBe(0);
	await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
	// The points went to the map after its first idle (ready for a zoom-in)…
	await expect.poll(() => page.evaluate(() => performance.getEntriesByName('map:send:french-points').length), { timeout: 15_000 }).toBe(1);
	// …but never the flows: the map's first style carried them, and the map's data hand-over found them there.
	expect(await page.evaluate(() => performance.getEntriesByName('map:send:flows').length)).toBe(0);
	// A search is other data: its flows are sent.
	await page.getByTestId('search').fill('Sénégal');
	await expect.poll(() => page.evaluate(() => performance.getEntriesByName('map:send:flows').length), { timeout: 15_000 }).toBe(1);
	await expect(page.locator('.atlas-map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
});
