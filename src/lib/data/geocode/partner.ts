/** Offline geocoding of foreign partners: given coords > gazetteer city > admin-1 region > country centroid. (STUB — owner: geocode helper) */
import type { Precision } from '../model';

export type GazetteerAsset = unknown;
export interface Gazetteer {
	readonly _brand: 'Gazetteer';
}
export interface PartnerHints {
	lon?: number | null;
	lat?: number | null;
}
export interface GeocodeResult {
	/** ISO alpha-2: the one given, or inferred from the gazetteer when none was given. */
	country: string | null;
	lon: number | null;
	lat: number | null;
	precision: Precision;
	matchedPlace: string | null;
}
export function buildGazetteer(_asset: GazetteerAsset): Gazetteer {
	throw new Error('not implemented');
}
export function geocodePartner(
	_gaz: Gazetteer,
	_name: string,
	_country: string | null,
	_hints?: PartnerHints
): GeocodeResult {
	throw new Error('not implemented');
}
