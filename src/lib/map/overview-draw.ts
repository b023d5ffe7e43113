/**
 * Draws the map's first picture — countries, région → country flows, bubbles — on any 2D canvas
 * context: the prerendered picture (a Node canvas at build time, src/lib/server/overview.ts) and the
 * browser's canvas for other views (MapOverview.svelte). One fill and stroke per country, one stroke
 * per flow: a few milliseconds, where hundreds of SVG strokes cost seconds in software rendering.
 * Colours, widths and radii are the map style's (style.ts); world copies are drawn as MapLibre does.
 */
import { geoPath, geoTransform } from 'd3';
import type { FeatureCollection } from 'geojson';
import type { Flows } from './aggregate-flows';
import { COLORS, bubbleRadius, flowWidth } from './style';
import { RAD, mercY } from './overview-camera';

/** Where units land on the canvas: px = (unit − x0) × scale. */
export interface Viewport {
	scale: number;
	x0: number;
	y0: number;
	width: number;
	height: number;
}

/** The part of CanvasRenderingContext2D used here (browser and @napi-rs/canvas alike). */
export type Context2D = Pick<
	CanvasRenderingContext2D,
	'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'arc' | 'fill' | 'stroke' | 'fillRect' | 'save' | 'restore'
> & { fillStyle: unknown; strokeStyle: unknown; lineWidth: number; lineCap: CanvasLineCap; lineJoin: CanvasLineJoin; globalAlpha: number };

export interface OverviewScene {
	countries: FeatureCollection | null;
	flows: Flows | null;
}

export function drawOverview(ctx: Context2D, scene: OverviewScene, vp: Viewport): void {
	ctx.save();
	ctx.fillStyle = COLORS.sea;
	ctx.fillRect(0, 0, vp.width, vp.height);
	// World copies overlapping the view (the basemap runs a little past ±180 where it is cut).
	const first = Math.floor((vp.x0 + Math.PI) / (2 * Math.PI)) - 1;
	const last = Math.ceil((vp.x0 + vp.width / vp.scale - Math.PI) / (2 * Math.PI)) + 1;
	const copies: number[] = [];
	for (let n = first; n <= last; n++) copies.push(n * 2 * Math.PI);
	const pathAt = (shift: number) =>
		geoPath(
			geoTransform({
				point(lon, lat) {
					this.stream.point((lon * RAD + shift - vp.x0) * vp.scale, (-mercY(lat) - vp.y0) * vp.scale);
				}
			}),
			ctx as unknown as CanvasRenderingContext2D
		);
	const paths = copies.map(pathAt);
	if (scene.countries) {
		ctx.fillStyle = COLORS.land;
		ctx.strokeStyle = COLORS.border;
		ctx.lineWidth = 0.6;
		// One path per country, not one for the world: Chromium's closePath costs time in proportion to
		// the path already built, so one world path took ~1 s on the main thread (quadratic), this ~10 ms.
		for (const f of scene.countries.features) {
			ctx.beginPath();
			for (const p of paths) p(f);
			ctx.fill();
			ctx.stroke();
		}
	}
	if (scene.flows) {
		ctx.strokeStyle = COLORS.link;
		ctx.globalAlpha = 0.4;
		ctx.lineCap = 'round';
		ctx.lineJoin = 'round';
		for (const f of scene.flows.flows.features) {
			ctx.beginPath();
			for (const p of paths) p(f);
			ctx.lineWidth = flowWidth(f.properties.count);
			ctx.stroke();
		}
		// Partner countries under French régions, as on the map.
		const bubbles: [typeof scene.flows.countryBubbles.features, string, number][] = [
			[scene.flows.countryBubbles.features, COLORS.partner, 0.75],
			[scene.flows.regionBubbles.features, COLORS.french, 0.8]
		];
		ctx.strokeStyle = COLORS.halo;
		ctx.lineWidth = 1;
		for (const [features, colour, alpha] of bubbles) {
			ctx.fillStyle = colour;
			for (const f of features) {
				const [lon, lat] = f.geometry.coordinates;
				const r = bubbleRadius(f.properties.links);
				const y = (-mercY(lat) - vp.y0) * vp.scale;
				for (const shift of copies) {
					const x = (lon * RAD + shift - vp.x0) * vp.scale;
					if (x < -r || x > vp.width + r) continue;
					ctx.beginPath();
					ctx.arc(x, y, r, 0, 2 * Math.PI);
					ctx.globalAlpha = alpha;
					ctx.fill();
					ctx.globalAlpha = 1;
					ctx.stroke();
				}
			}
		}
	}
	ctx.restore();
}
