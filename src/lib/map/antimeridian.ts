/**
 * Polygons and lines that cross ±180° without false wedges in MapLibre.
 * MapLibre draws longitudes beyond ±180 in the neighbouring world copy, so a ring is made continuous
 * (each step shorter than 180°) instead of being cut: a cut leaves a visible seam, a raw jump
 * from 179.9 to -180 draws a band across the whole map.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Makes a sequence of positions continuous in longitude (returns a new array). */
export function unwrapLongitudes(line: Position[]): Position[] {
	const out: Position[] = [];
	let offset = 0;
	for (let i = 0; i < line.length; i++) {
		const p = line[i];
		if (i > 0) {
			const d = p[0] - line[i - 1][0];
			if (d > 180) offset -= 360;
			else if (d < -180) offset += 360;
		}
		out.push(offset ? [p[0] + offset, p[1]] : [p[0], p[1]]);
	}
	return out;
}

const POLE_LAT = 89.999;

/**
 * Fixes one ring: continuous longitudes; a ring that goes once around a pole (Antarctica) ends 360°
 * from where it started, so it is closed along that pole.
 */
export function fixRing(ring: Position[]): Position[] {
	const u = unwrapLongitudes(ring);
	const first = u[0];
	const last = u[u.length - 1];
	if (Math.abs(last[0] - first[0]) < 180) {
		if (last[0] !== first[0] || last[1] !== first[1]) u[u.length - 1] = [first[0], first[1]];
		return u;
	}
	const meanLat = u.reduce((s, p) => s + p[1], 0) / u.length;
	const pole = meanLat < 0 ? -POLE_LAT : POLE_LAT;
	return [...u, [last[0], pole], [first[0], pole], [first[0], first[1]]];
}

/** Returns the geometry with every ring fixed; rings wholly beyond ±180 are shifted back into view. */
export function fixAntimeridian<G extends Polygon | MultiPolygon>(geometry: G): G {
	const fixPolygon = (rings: Position[][]) => rings.map(fixRing).map(recentre);
	if (geometry.type === 'Polygon') return { ...geometry, coordinates: fixPolygon(geometry.coordinates) };
	return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(fixPolygon) };
}

/** Shifts a ring by ±360° when its centre lies outside [-180, 180]. */
function recentre(ring: Position[]): Position[] {
	let min = Infinity;
	let max = -Infinity;
	for (const p of ring) {
		if (p[0] < min) min = p[0];
		if (p[0] > max) max = p[0];
	}
	const mid = (min + max) / 2;
	const shift = mid > 180 ? -360 : mid < -180 ? 360 : 0;
	return shift ? ring.map((p) => [p[0] + shift, p[1]]) : ring;
}
