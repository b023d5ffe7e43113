/**
 * Which foreign partners of a record a query is about. A record passes a country or continent
 * filter when ONE of its partners does; its other partners (a German town twinned with the same
 * French commune as a Malian one) are not what a reader of "partners in Africa" asks for. Every
 * partner-level figure (partner-country bars, the countries and partners key figures) goes
 * through this module, so a rule on partners (e.g. partners that are not foreign) lives here once.
 */
import { NONE, type CoopRecord, type Partner } from './model';

/** Continent code of an ISO country (or null when unknown). */
export type ContinentOf = (iso: string) => string | null;

/** The partner filters of a query. */
export interface PartnerQuery {
	countries?: readonly string[];
	continents?: readonly string[];
}


/**
 * A test on a partner's country code (`null` or "none" = unknown country): true when that partner
 * passes every active partner filter. Null when no partner filter is active (every partner counts).
 */
export function partnerCountryTest(query: PartnerQuery, continentOf: ContinentOf): ((iso: string | null) => boolean) | null {
	const countries = query.countries?.length ? new Set(query.countries) : null;
	const continents = query.continents?.length ? new Set(query.continents) : null;
	if (!countries && !continents) return null;
	return (iso) => {
		const c = iso ?? NONE;
		if (countries && !countries.has(c)) return false;
		if (continents && !continents.has(c === NONE ? NONE : (continentOf(c) ?? NONE))) return false;
		return true;
	};
}

/**
 * The foreign partners of `record` that the query is about: all of them when no partner filter is
 * active. A partner in France (overseas included, `domestic`) is never a foreign partner.
 */
export function partnersUnder(record: CoopRecord, query: PartnerQuery, continentOf: ContinentOf): Partner[] {
	const test = partnerCountryTest(query, continentOf);
	return record.partners.filter((p) => !p.domestic && (!test || test(p.country)));
}
