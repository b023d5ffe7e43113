/** Cell values → model values: link types, collectivité kinds, coordinates (URLs: ../http-url.ts). */
import { fold } from '../text';
import { parseNumber } from '../csv/number';
import type { FrenchKind, LinkType } from '../model';

/**
 * Caches a cell → value function: the same few values repeat on every row. Values are shared
 * between rows: treat them as read-only.
 */
export function cached<T>(fn: (cell: string) => T, limit = 1000): (cell: string) => T {
	const cache = new Map<string, T>();
	return (cell) => {
		let v = cache.get(cell);
		if (v === undefined && !cache.has(cell)) {
			v = fn(cell);
			if (cache.size < limit) cache.set(cell, v);
		}
		return v as T;
	};
}

const linkType = cached(function parseLinkType(cell: string): LinkType | null {
	const f = fold(cell).replace(/[_-]+/g, ' ').trim();
	if (f === '') return null;
	if (/jumel|twin|sister|partnerschaft/.test(f)) return 'jumelage';
	if (/laureat|aap|appel a projets|call for projects/.test(f)) return 'laureat_aap';
	if (/pacte|amitie|friendship/.test(f)) return 'pacte_amitie';
	if (/cooperation|coop dec|decentrali/.test(f)) return 'cooperation_decentralisee';
	return 'autre';
});

const frenchKind = cached(function parseFrenchKind(cell: string): FrenchKind | null {
	const f = fold(cell).replace(/[_-]+/g, ' ').trim();
	if (f === '') return null;
	if (/^(commune|ville|municipalit|city|town)/.test(f)) return 'commune';
	if (/epci|communaute|metropole|agglo|intercommunal|syndicat|pays|pole/.test(f)) return 'epci';
	if (/depart|conseil general|\bcg\b/.test(f)) return 'departement';
	if (/region|conseil regional/.test(f)) return 'region';
	return 'other';
});

/** The link type a cell names (null for an empty cell). */
export const parseLinkType = (cell: string): LinkType | null => (cell === '' ? null : linkType(cell));
/** The kind of collectivité a cell names (null for an empty cell). */
export const parseFrenchKind = (cell: string): FrenchKind | null => (cell === '' ? null : frenchKind(cell));

/** A valid lon/lat pair from two cells (decimal commas accepted), else null. */
export function parseLonLat(lonCell: string, latCell: string): { lon: number; lat: number } | null {
	const lon = parseNumber(lonCell);
	const lat = parseNumber(latCell);
	if (lon === null || lat === null) return null;
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
	return { lon, lat };
}

/** A date cell ("2026-11-23", "23/11/2026") as an ISO date, or null when it is not a valid calendar date. */
export function parseIsoDate(cell: string): string | null {
	const t = cell.trim();
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t) ?? /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
	if (!m) return null;
	const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2].padStart(2, '0'), m[1].padStart(2, '0')];
	const iso = `${y}-${mo}-${d}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}
