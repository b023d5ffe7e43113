/** Pieces of the gazetteer assets' text shared by the scripts that write them. */

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
