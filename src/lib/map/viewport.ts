/**
 * Camera helpers, pure: the bounding box of what is drawn (crossing ±180 when that is shorter),
 * the default world view, and view comparison/rounding for the URL (`map=lon,lat,zoom` is
 * parsed/serialised in $lib/state/url.ts).
 */
import type { Position } from 'geojson';
import type { MapView } from '$lib/state/filters';
import type { MapData } from './geojson';

/** [west, south, east, north]; east may exceed 180 when the box crosses the antimeridian. */
export type Bounds = [number, number, number, number];

/** The whole world, centred on Europe/Africa where most partners are. */
export const WORLD_VIEW: MapView = { lon: 10, lat: 25, zoom: 1.2 };

/**
 * Smallest longitude interval holding every point (largest empty gap left out), and the latitude range.
 * Null when there is nothing to fit.
 */
export function boundsOf(points: Iterable<Position>): Bounds | null {
	const lons: number[] = [];
	let south = Infinity;
	let north = -Infinity;
	for (const p of points) {
		if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
		lons.push(((((p[0] + 180) % 360) + 360) % 360) - 180);
		south = Math.min(south, p[1]);
		north = Math.max(north, p[1]);
	}
	if (!lons.length) return null;
	lons.sort((a, b) => a - b);
	// The largest gap between consecutive longitudes (including the wrap-around one) is left outside the box.
	let gap = lons[0] + 360 - lons[lons.length - 1];
	let west = lons[0];
	let east = lons[lons.length - 1];
	for (let i = 1; i < lons.length; i++) {
		const g = lons[i] - lons[i - 1];
		if (g > gap) {
			gap = g;
			west = lons[i];
			east = lons[i - 1] + 360;
		}
	}
	return [west, south, east, north];
}

/** Bounds of every drawn point (French and partners). */
export function dataBounds(data: Pick<MapData, 'french' | 'partners'>): Bounds | null {
	function* positions() {
		for (const f of data.french.features) yield f.geometry.coordinates;
		for (const f of data.partners.features) yield f.geometry.coordinates;
	}
	return boundsOf(positions());
}

/** Rounds a view as the URL writes it, so a round trip does not move the map. */
export function roundView(v: MapView): MapView {
	const r = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
	const lon = ((((v.lon + 180) % 360) + 360) % 360) - 180;
	return { lon: r(lon, 4), lat: r(v.lat, 4), zoom: r(v.zoom, 2) };
}

/** True when two views differ by less than what the URL can express. */
export function sameView(a: MapView | null, b: MapView | null): boolean {
	if (!a || !b) return a === b;
	const ra = roundView(a);
	const rb = roundView(b);
	return Math.abs(ra.lon - rb.lon) < 2e-4 && Math.abs(ra.lat - rb.lat) < 2e-4 && Math.abs(ra.zoom - rb.zoom) < 0.02;
}
