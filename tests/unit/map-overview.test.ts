import { describe, expect, it } from 'vitest';
import { cameraView, fitCamera, fitPadding, mercY, pictureLayout, scaleAt, viewCamera, RAD } from '../../src/lib/map/overview-camera';
import type { Bounds } from '../../src/lib/map/viewport';

/** What MapOverview's CSS computes for a w × h box (min/clamp of lengths), in px per unit. */
function cssK(css: ReturnType<typeof pictureLayout>['css'], w: number, h: number): number {
	const pad = Math.min(60, 0.125 * w);
	return Math.max(css.kmin, Math.min(Math.min((w - 2 * pad) / css.dx, (h - 2 * pad) / css.dy), css.kmax));
}

describe('first picture camera', () => {
	const cases: [string, Bounds][] = [
		['the world', [-123, -46, 175, 70]],
		['France and its neighbours', [-5, 41, 10, 51.5]],
		['one town and one partner', [3.87, 43.6, 3.9, 43.62]]
	];

	it.each(cases)('fits %s as MapLibre fitBounds would (padding, zoom clamps)', (_, b) => {
		const c = fitCamera(b, 1100, 576);
		const [west, south, east, north] = b;
		expect(c.cx).toBeCloseTo(((west + east) / 2) * RAD, 9);
		expect(c.cy).toBeCloseTo(-(mercY(north) + mercY(south)) / 2, 9);
		expect(c.k).toBeLessThanOrEqual(scaleAt(7) + 1e-9);
		expect(c.k).toBeGreaterThanOrEqual(scaleAt(0.5) - 1e-9);
		// The bounds stay inside the padded box.
		expect((east - west) * RAD * c.k).toBeLessThanOrEqual(1100 - 2 * fitPadding(1100) + 1e-6);
		expect((mercY(north) - mercY(south)) * c.k).toBeLessThanOrEqual(576 - 2 * fitPadding(1100) + 1e-6);
	});

	it.each(cases)('the map starts at the view of the fit of %s (cameraView inverts viewCamera)', (_, b) => {
		const c = fitCamera(b, 1100, 576);
		const back = viewCamera(cameraView(c));
		expect(back.k).toBeCloseTo(c.k, 6);
		expect(back.cx).toBeCloseTo(c.cx, 9);
		expect(back.cy).toBeCloseTo(c.cy, 9);
		expect(cameraView(viewCamera({ lon: 10, lat: 25, zoom: 1.2 }))).toEqual({ lon: expect.closeTo(10, 9), lat: expect.closeTo(25, 9), zoom: expect.closeTo(1.2, 9) });
	});

	it.each(cases)('the prerendered picture of %s lands where the map will be, in every container size', (_, b) => {
		const l = pictureLayout(b);
		// Every box between the smallest and the largest map, not only the sizes the picture was built from.
		const sizes: [number, number][] = [];
		for (let w = 320; w <= 1920; w += 80) for (let h = 256; h <= 576; h += 32) sizes.push([w, h]);
		for (const [w, h] of sizes) {
			const cam = fitCamera(b, w, h);
			const k = cssK(l.css, w, h);
			expect(k / cam.k).toBeCloseTo(1, 4);
			// The picture's top-left corner on screen, in CSS, and where the map puts that unit point.
			const left = w / 2 - k * l.css.ox;
			const top = h / 2 - k * l.css.oy;
			expect(left).toBeCloseTo(w / 2 + (l.x0 - cam.cx) * cam.k, 0);
			expect(top).toBeCloseTo(h / 2 + (l.y0 - cam.cy) * cam.k, 0);
			// It covers the box (up to the Mercator square's edges, and two worlds across).
			if (w / k <= 4 * Math.PI) {
				expect(left).toBeLessThanOrEqual(0.5);
				expect(left + k * l.css.iw).toBeGreaterThanOrEqual(w - 0.5);
			}
			if (l.y0 > -Math.PI + 1e-9) expect(top).toBeLessThanOrEqual(0.5);
		}
		expect(l.width).toBeLessThanOrEqual(1800);
		expect(l.height).toBeLessThanOrEqual(1800);
	});
});
