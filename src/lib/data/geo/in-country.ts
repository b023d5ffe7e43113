/**
 * Is a given point in its stated country? Tested against the basemap's country polygons
 * (static/basemap/world.topo.json: Natural Earth 50m, antimeridian-fixed, one feature per ISO code),
 * indexed by bounding box. Planar tests on purpose: the antimeridian-fixed rings are planar, and
 * d3's spherical geoContains reads their winding as the complement.
 *
 * Decisions:
 * - A point counts as in its country when inside a polygon or within MARGIN_KM of its border
 *   (coarse polygons, coastal towns, islands simplified away).
 * - A country without a polygon (small islands) cannot be checked: outsideKm answers null, never "outside".
 * - Overseas départements (GP, MQ, GF, RE, YT) have no polygon of their own: they are parts of France's
 *   multipolygon. They are checked against France's parts outside Europe, so a point stated "Réunion"
 *   that lies in Seine-Saint-Denis is caught.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { greatCircleKm } from './distance';

/** A point farther than this outside its stated country's polygon is not in that country. */
export const MARGIN_KM = 30;

interface Part {
	/** [minLon, minLat, maxLon, maxLat] */
	bbox: [number, number, number, number];
	/** Rings as flat [lon, lat, lon, lat, …]; the first is the outer ring, the others holes. */
	rings: Float64Array[];
}

/** Opaque handle on the country polygons (build once with buildCountryShapes). */
export interface CountryShapes {
	readonly parts: Map<string, Part[]>;
}

/** Overseas départements drawn as parts of France's polygon. */
const OVERSEAS_IN_FR = new Set(['GP', 'MQ', 'GF', 'RE', 'YT']);
const inEurope = (b: Part['bbox']) => b[2] > -10 && b[0] < 20 && b[3] > 35 && b[1] < 56;

function toPart(polygon: number[][][]): Part {
	const bbox: Part['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
	const rings = polygon.map((ring) => {
		const flat = new Float64Array(ring.length * 2);
		ring.forEach(([x, y], i) => {
			flat[2 * i] = x;
			flat[2 * i + 1] = y;
			if (x < bbox[0]) bbox[0] = x;
			if (y < bbox[1]) bbox[1] = y;
			if (x > bbox[2]) bbox[2] = x;
			if (y > bbox[3]) bbox[3] = y;
		});
		return flat;
	});
	return { bbox, rings };
}

/** The shapes of world.topo.json (object "countries", property iso). */
export function buildCountryShapes(topology: unknown): CountryShapes {
	const topo = topology as Topology<{ countries: GeometryCollection<{ iso: string }> }>;
	const fc = feature(topo, topo.objects.countries);
	const parts = new Map<string, Part[]>();
	for (const f of fc.features) {
		const iso = f.properties?.iso;
		const g = f.geometry;
		if (!iso || !g) continue;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		const list = parts.get(iso) ?? [];
		for (const p of polygons) list.push(toPart(p));
		parts.set(iso, list);
	}
	const fr = parts.get('FR') ?? [];
	const overseas = fr.filter((p) => !inEurope(p.bbox));
	for (const iso of OVERSEAS_IN_FR) if (!parts.has(iso) && overseas.length) parts.set(iso, overseas);
	return { parts };
}

function ringContains(ring: Float64Array, x: number, y: number): boolean {
	let inside = false;
	const n = ring.length;
	for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
		const xi = ring[i];
		const yi = ring[i + 1];
		const xj = ring[j];
		const yj = ring[j + 1];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function partContains(p: Part, x: number, y: number): boolean {
	const b = p.bbox;
	if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) return false;
	if (!ringContains(p.rings[0], x, y)) return false;
	for (let k = 1; k < p.rings.length; k++) if (ringContains(p.rings[k], x, y)) return false;
	return true;
}

const KM_PER_DEG = 111.195;

/** Shortest distance (km, local equirectangular: fine at tens of km) from the point to the part's rings. */
function distanceToPartKm(p: Part, lon: number, lat: number, limitKm: number): number {
	const kx = KM_PER_DEG * Math.cos((lat * Math.PI) / 180);
	const ky = KM_PER_DEG;
	// A part whose bounding box is farther than the limit cannot be nearer.
	const dx = lon < p.bbox[0] ? p.bbox[0] - lon : lon > p.bbox[2] ? lon - p.bbox[2] : 0;
	const dy = lat < p.bbox[1] ? p.bbox[1] - lat : lat > p.bbox[3] ? lat - p.bbox[3] : 0;
	if (Math.hypot(dx * kx, dy * ky) > limitKm) return Infinity;
	let best = Infinity;
	for (const ring of p.rings) {
		for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
			const ax = (ring[j] - lon) * kx;
			const ay = (ring[j + 1] - lat) * ky;
			const bx = (ring[i] - lon) * kx;
			const by = (ring[i + 1] - lat) * ky;
			const ex = bx - ax;
			const ey = by - ay;
			const len = ex * ex + ey * ey;
			const t = len > 0 ? Math.max(0, Math.min(1, -(ax * ex + ay * ey) / len)) : 0;
			const d = Math.hypot(ax + t * ex, ay + t * ey);
			if (d < best) best = d;
		}
	}
	return best;
}

/**
 * How far (km) the point lies outside the country's polygons: 0 inside, the distance to the nearest
 * border when within `limitKm`, Infinity beyond; null when the country has no polygon to check against.
 */
export function outsideKm(shapes: CountryShapes, iso: string, lon: number, lat: number, limitKm = 1000): number | null {
	const parts = shapes.parts.get(iso);
	if (!parts?.length) return null;
	// Antimeridian-fixed rings may run past ±180: try the point's other copies too.
	const xs = lon > 0 ? [lon, lon - 360] : [lon, lon + 360];
	for (const p of parts) for (const x of xs) if (partContains(p, x, lat)) return 0;
	let best = Infinity;
	for (const p of parts) for (const x of xs) best = Math.min(best, distanceToPartKm(p, x, lat, limitKm));
	// The local flat measure is only good near the point: far off, the nearest vertex on the sphere.
	if (best > 300 && Number.isFinite(best)) {
		best = Infinity;
		for (const p of parts) for (const ring of p.rings) for (let i = 0; i < ring.length; i += 2) best = Math.min(best, greatCircleKm(lon, lat, ring[i], ring[i + 1]));
	}
	return best;
}


/** true when the point is in the country or within MARGIN_KM of it; null when the country cannot be checked. */
export function inCountry(shapes: CountryShapes, iso: string, lon: number, lat: number): boolean | null {
	const d = outsideKm(shapes, iso, lon, lat, MARGIN_KM);
	return d === null ? null : d <= MARGIN_KM;
}
