/**
 * The camera math of the map's first picture, pure: MapLibre's Web Mercator (512 px tiles) in planar
 * units (x = longitude in radians, y = −mercator y, so y grows downwards), its initial camera (a URL
 * view, or fitBounds of the data as controller.fit does), and the layout of a prerendered picture
 * that CSS alone scales and places as that fit would for any container size (see MapOverview.svelte).
 */
import type { MapView } from '$lib/state/filters';
import type { Bounds } from './viewport';

export const RAD = Math.PI / 180;
/** The map's zoom range (controller.ts) and fitBounds' maxZoom (controller.fit). */
export const MIN_ZOOM = 0.5;
export const FIT_MAX_ZOOM = 7;

export const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85.0511, Math.min(85.0511, lat)) * RAD) / 2));
/** Pixels per unit (radian) at `zoom`. */
export const scaleAt = (zoom: number) => (512 * 2 ** zoom) / (2 * Math.PI);
/** controller.fit's padding for a container `width` px wide. */
export const fitPadding = (width: number) => Math.min(60, width / 8);

/** A camera: `k` px per unit, centred on (cx, cy) in units. */
export interface Camera {
	k: number;
	cx: number;
	cy: number;
}

/** Bounds in units: x west→east, y north→south. */
export function unitBox(b: Bounds): { x0: number; x1: number; y0: number; y1: number } {
	const [west, south, east, north] = b;
	return { x0: west * RAD, x1: east * RAD, y0: -mercY(north), y1: -mercY(south) };
}

export function viewCamera(v: MapView): Camera {
	return { k: scaleAt(v.zoom), cx: v.lon * RAD, cy: -mercY(v.lat) };
}

/** The map view (centre, zoom) showing camera `c`: the inverse of viewCamera. */
export function cameraView(c: Camera): MapView {
	return { lon: c.cx / RAD, lat: (2 * Math.atan(Math.exp(-c.cy)) - Math.PI / 2) / RAD, zoom: Math.log2((c.k * 2 * Math.PI) / 512) };
}

/** What MapLibre's fitBounds (padding fitPadding(w), maxZoom 7, the map's minZoom) shows in a w × h container. */
export function fitCamera(b: Bounds, w: number, h: number): Camera {
	const { x0, x1, y0, y1 } = unitBox(b);
	const pad = fitPadding(w);
	const k = Math.min((w - 2 * pad) / Math.max(1e-6, x1 - x0), (h - 2 * pad) / Math.max(1e-6, y1 - y0));
	return { k: Math.max(scaleAt(MIN_ZOOM), Math.min(k, scaleAt(FIT_MAX_ZOOM))), cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

/**
 * Container sizes a prerendered picture must cover (the map is min(70vh, 36rem) high, at least 16rem):
 * a grid, since the widest view comes with the lowest box and the tallest with the narrowest.
 */
export const PICTURE_SIZES: readonly [number, number][] = [320, 480, 768, 940, 1100, 1440, 1920].flatMap((w) =>
	[256, 320, 420, 500, 576].map((h): [number, number] => [w, h])
);
/** The container the picture is drawn for (1 image px = 1 screen px there): the dashboard at 1440 px. */
export const PICTURE_REFERENCE: [number, number] = [1100, 576];
/** Pixel budget of a picture: wider areas are drawn at a lower resolution and scaled up. */
const MAX_PICTURE_PX = 1800;

/**
 * A picture of the fitted view of `b`: its extent (units) covers what any container of PICTURE_SIZES
 * shows, drawn at `scale` px per unit; `css` holds what MapOverview's CSS needs to reproduce fitCamera:
 * data extent, centre offset in the image, zoom clamps.
 */
export interface PictureLayout {
	width: number;
	height: number;
	/** Drawing camera: image px per unit and the unit point at the image's top-left corner. */
	scale: number;
	x0: number;
	y0: number;
	css: { dx: number; dy: number; kmin: number; kmax: number; iw: number; ih: number; ox: number; oy: number };
}

export function pictureLayout(b: Bounds): PictureLayout {
	const box = unitBox(b);
	const cx = (box.x0 + box.x1) / 2;
	const cy = (box.y0 + box.y1) / 2;
	let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const [w, h] of PICTURE_SIZES) {
		const c = fitCamera(b, w, h);
		x0 = Math.min(x0, cx - w / 2 / c.k);
		x1 = Math.max(x1, cx + w / 2 / c.k);
		y0 = Math.min(y0, cy - h / 2 / c.k);
		y1 = Math.max(y1, cy + h / 2 / c.k);
	}
	// Nothing beyond the Mercator square vertically, nor more than two worlds across.
	y0 = Math.max(y0, -Math.PI);
	y1 = Math.min(y1, Math.PI);
	if (x1 - x0 > 4 * Math.PI) [x0, x1] = [cx - 2 * Math.PI, cx + 2 * Math.PI];
	let scale = fitCamera(b, ...PICTURE_REFERENCE).k;
	scale = Math.min(scale, MAX_PICTURE_PX / (x1 - x0), MAX_PICTURE_PX / (y1 - y0));
	const width = Math.max(1, Math.round((x1 - x0) * scale));
	const height = Math.max(1, Math.round((y1 - y0) * scale));
	const r = (v: number) => Math.round(v * 1e5) / 1e5;
	return {
		width,
		height,
		scale,
		x0,
		y0,
		css: {
			dx: r(box.x1 - box.x0),
			dy: r(box.y1 - box.y0),
			kmin: r(scaleAt(MIN_ZOOM)),
			kmax: r(scaleAt(FIT_MAX_ZOOM)),
			iw: r(width / scale),
			ih: r(height / scale),
			ox: r(cx - x0),
			oy: r(cy - y0)
		}
	};
}

/** A prerendered picture as a page carries it (src/lib/server/overview.ts → MapOverview.svelte). */
export interface OverviewPicture {
	src: string;
	/** Records drawn: the client keeps the picture only while it shows the same records. */
	records: number;
	width: number;
	height: number;
	css: PictureLayout['css'];
}
