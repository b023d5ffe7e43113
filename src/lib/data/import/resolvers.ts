/**
 * The resolution services the pipeline needs, as one interface: the real implementations
 * (COG index, country resolver, gazetteer) or test doubles.
 */
import type { FrenchEntity } from '../model';
import { countryByIso, resolveCountry, type Country } from '../resolve/countries';
import { resolveFrench, type CogIndex, type FrenchHints } from '../resolve/french';
import { geocodePartner, type Gazetteer, type GeocodeResult, type PartnerHints } from '../geocode/partner';
import { outsideKm, type CountryShapes } from '../geo/in-country';

export interface Resolvers {
	resolveCountry(text: string): Country | null;
	countryByIso(iso2: string): Country | null;
	resolveFrench(name: string, hints: FrenchHints): FrenchEntity;
	/** null when no gazetteer is available: partners without coordinates stay unresolved. */
	geocodePartner: ((name: string, iso2: string | null, hints: PartnerHints) => GeocodeResult) | null;
	/**
	 * How far (km) a given point lies outside its stated country (0 when inside or within the margin);
	 * null when it cannot be checked (no polygons loaded, or none for that country).
	 */
	outsideCountry: ((iso2: string, lon: number, lat: number) => number | null) | null;
}

export interface PipelineResources {
	/** The COG index, or a loader called once the file has been read (a file refused early costs no COG load). */
	cog: CogIndex | (() => CogIndex | Promise<CogIndex>);
	/** The gazetteer, or a loader called only when some partner lacks coordinates. */
	gazetteer?: Gazetteer | (() => Promise<Gazetteer>);
	/** Country polygons for checking given partner points, or a loader called only when the file has partner coordinates. */
	countries?: CountryShapes | (() => CountryShapes | Promise<CountryShapes>);
	/** Test doubles replacing the real resolvers. */
	resolvers?: Partial<Resolvers>;
}

/**
 * Real resolvers bound to the loaded resources; the gazetteer is loaded only when `needGazetteer`,
 * the country polygons only when `givesCoordinates` (some partner may come with its own point).
 */
export async function makeResolvers(resources: PipelineResources, needGazetteer: boolean, givesCoordinates = false): Promise<Resolvers> {
	const o = resources.resolvers ?? {};
	const cog = typeof resources.cog === 'function' && !o.resolveFrench ? await resources.cog() : resources.cog;
	const geocode = o.geocodePartner ?? (needGazetteer ? await loadGeocoder(resources) : null);
	const shapes = givesCoordinates && resources.countries ? await (typeof resources.countries === 'function' ? resources.countries() : resources.countries) : null;
	return {
		resolveCountry: o.resolveCountry ?? ((t) => resolveCountry(t)),
		countryByIso: o.countryByIso ?? ((iso) => countryByIso(iso)),
		resolveFrench: o.resolveFrench ?? ((name, hints) => resolveFrench(cog as CogIndex, name, hints)),
		geocodePartner: geocode,
		outsideCountry: o.outsideCountry ?? (shapes ? (iso, lon, lat) => outsideKm(shapes, iso, lon, lat, Infinity) : null)
	};
}

/** The partner geocoder over the resources' gazetteer (loaded now), or null when there is none. */
export async function loadGeocoder(resources: PipelineResources): Promise<Resolvers['geocodePartner']> {
	if (resources.resolvers?.geocodePartner) return resources.resolvers.geocodePartner;
	if (!resources.gazetteer) return null;
	const gaz = typeof resources.gazetteer === 'function' ? await resources.gazetteer() : resources.gazetteer;
	return (name, iso2, hints) => geocodePartner(gaz, name, iso2, hints);
}

/** Memoises a one-string-key function (resolution is repeated for the same names across rows). */
export function memo<T>(fn: (key: string) => T): (key: string) => T {
	const cache = new Map<string, T>();
	return (key) => {
		let v = cache.get(key);
		if (v === undefined && !cache.has(key)) {
			v = fn(key);
			cache.set(key, v);
		}
		return v as T;
	};
}
