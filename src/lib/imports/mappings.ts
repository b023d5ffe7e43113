/**
 * Column mappings the user chose, remembered in this browser by header set (headerSetKey): the
 * next file with the same headers imports with the same choice. Stored values are checked, never trusted.
 */
import { FIELDS, headerSetKey, type Mapping } from '$lib/data/formats';
import type { Field } from '$lib/data/model';

const KEY = 'atlas.import-mappings';
/** The most recent choices kept; older ones are dropped. */
const LIMIT = 50;

type Saved = Record<string, Mapping>;

/** Only known fields with string headers survive. */
function cleanMapping(v: unknown): Mapping | null {
	if (typeof v !== 'object' || v === null) return null;
	const out: Mapping = {};
	for (const [f, h] of Object.entries(v)) if (FIELDS.includes(f as Field) && typeof h === 'string' && h) out[f as Field] = h;
	return Object.keys(out).length ? out : null;
}

export function parseSaved(text: string | null): Saved {
	try {
		const v = JSON.parse(text ?? '{}');
		const out: Saved = {};
		if (typeof v === 'object' && v !== null) {
			for (const [k, m] of Object.entries(v)) {
				const c = cleanMapping(m);
				if (c) out[k] = c;
			}
		}
		return out;
	} catch {
		return {};
	}
}

/** Every remembered mapping (empty when storage is unavailable). */
export function savedMappings(): Saved {
	try {
		return parseSaved(localStorage.getItem(KEY));
	} catch {
		return {};
	}
}

/** Remembers the user's mapping for these headers (the latest choice wins). */
export function rememberMapping(headers: readonly string[], mapping: Mapping): void {
	const all = savedMappings();
	const key = headerSetKey(headers);
	delete all[key];
	all[key] = mapping;
	const keys = Object.keys(all);
	for (const k of keys.slice(0, Math.max(0, keys.length - LIMIT))) delete all[k];
	try {
		localStorage.setItem(KEY, JSON.stringify(all));
	} catch (e) {
		console.warn('[imports] could not remember the mapping', e);
	}
}
