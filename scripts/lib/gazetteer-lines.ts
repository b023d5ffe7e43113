/** Pieces of the gazetteer assets' text shared by the scripts that write them. */
import { decodeLatLon, eachPlaceLine } from '../../src/lib/data/geocode/asset';

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}'’-]+$/u;

/** Latin-script names only, minus codes such as IATA "BTQ" and links. */
export function isLatinName(s: string): boolean {
	if (!s || s.length < 2 || !LATIN.test(s)) return false;
	if (/^[A-Z0-9]{2,4}$/.test(s) || /https?:|www\./i.test(s)) return false;
	return true;
}

const b36 = (n: number) => Math.round(n).toString(36).padStart(3, '0');
/** Hundredths of a degree (≈ 1 km), offset to be positive, 3 base-36 digits each: "48.86,2.35" → "8egd9g" (decodeLatLon reads it). */
export const encodeLatLon = (lat: number, lon: number) => b36((lat + 90) * 100) + b36((lon + 180) * 100);

/**
 * The GeoNames admin-1 code of the nearest coded place of a country (distance in degrees, longitude
 * scaled by the cosine of the latitude): how GeoNames codes a point. Places are kept in 1° cells,
 * and rings of cells are searched outwards only while they can hold something nearer.
 */
export function admin1CodeFinder(places: string): (cc: string, lat: number, lon: number) => string {
	const grid = new Map<string, [number, number, string][]>();
	const coded = new Set<string>();
	eachPlaceLine(places, (cc, [, latLon, a1]) => {
		if (!a1) return;
		const [lat, lon] = decodeLatLon(latLon);
		const k = `${cc}|${Math.floor(lat)}|${Math.floor(lon)}`;
		(grid.get(k) ?? grid.set(k, []).get(k)!).push([lat, lon, a1]);
		coded.add(cc);
	});
	return (cc, lat, lon) => {
		if (!coded.has(cc)) return '';
		const cos = Math.max(0.01, Math.cos((lat * Math.PI) / 180));
		const [i0, j0] = [Math.floor(lat), Math.floor(lon)];
		let best = '';
		let bestD = Infinity;
		// Every point of ring r lies at least (r - 1) cells away, i.e. (r - 1) · cos in the scaled metric.
		for (let r = 0; r <= 360 && ((r - 1) * cos) ** 2 < bestD; r++)
			for (let i = -r; i <= r; i++)
				for (let j = -r; j <= r; j++) {
					if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
					for (const [la, lo, a1] of grid.get(`${cc}|${i0 + i}|${j0 + j}`) ?? []) {
						const d = (la - lat) ** 2 + ((lo - lon) * cos) ** 2;
						if (d < bestD) [best, bestD] = [a1, d];
					}
				}
		return best;
	};
}
