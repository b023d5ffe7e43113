/**
 * What a place page (région, collectivité, country) prints: its name, parent places, key figures,
 * top partner countries, its record rows, the datasets they come from and the dashboard scope.
 * Pure: computed at build time for prerendering, and testable in Node.
 */
import type { Atlas, CoopRecord, Dataset, FrenchKind, Partner } from './model';
import { countByCountry, keyFigures, type Count, type KeyFigures } from './aggregate';
import {
	canonicalIso,
	frenchPlaceName,
	parseFrenchSlug,
	placeRows,
	recordsForCountry,
	recordsForFrench,
	recordsForRegion,
	regionPath,
	type PlaceRow
} from './places';
import { regionByCode } from './regions';
import { httpUrl } from './http-url';
import { recordSet, type Query } from './query';

/** Records printed in a prerendered page: keeps the HTML small (the biggest région has 1,000+). */
export const PLACE_ROWS_MAX = 120;

export type PlacePageKind = 'region' | 'collectivite' | 'pays';

export interface PlaceLink {
	label: string;
	/** Path without base ("/region/76"). */
	path: string;
}

export interface PlacePageData {
	kind: PlacePageKind;
	slug: string;
	name: { fr: string; en: string };
	/** Kind of collectivité, for /collectivite pages. */
	frenchKind: FrenchKind | null;
	parents: PlaceLink[];
	/** Another page the visitor may have meant (the région "76" when on the département "76"). */
	seeAlso: PlaceLink[];
	figures: KeyFigures;
	/** Top partner countries by ISO code (named in the page's language by i18n/labels.ts). */
	topCountries: Count[];
	/** The most recent records, at most PLACE_ROWS_MAX (the dashboard's table has them all). */
	rows: PlaceRow[];
	/** How many records the place has in all. */
	rowCount: number;
	datasets: Pick<Dataset, 'id' | 'title' | 'licence' | 'sourceUrl' | 'date'>[];
	/** Filters the embedded dashboard is fixed to on this page. */
	scope: Query;
}

function usedDatasets(atlas: Atlas, records: readonly CoopRecord[]): PlacePageData['datasets'] {
	const ids = new Set(records.map((r) => r.source.dataset));
	return atlas.datasets
		.filter((d) => ids.has(d.id))
		.map(({ id, title, licence, sourceUrl, date }) => ({
			id,
			title,
			licence,
			sourceUrl: httpUrl(sourceUrl),
			date
		}));
}

function build(
	atlas: Atlas,
	records: CoopRecord[],
	base: Pick<PlacePageData, 'kind' | 'slug' | 'name' | 'frenchKind' | 'parents' | 'scope'> & { seeAlso?: PlaceLink[] }
): PlacePageData {
	const set = recordSet(records);
	return {
		seeAlso: [],
		...base,
		figures: keyFigures(set),
		topCountries: countByCountry(set, 10),
		rows: placeRows(records).slice(0, PLACE_ROWS_MAX),
		rowCount: records.length,
		datasets: usedDatasets(atlas, records)
	};
}

/** Page of one of the 18 régions; null for any other code. */
export function regionPage(atlas: Atlas, code: string): PlacePageData | null {
	const r = regionByCode(code);
	if (!r || r.code !== code) return null;
	return build(atlas, recordsForRegion(atlas.records, r.code), {
		kind: 'region',
		slug: r.code,
		name: { fr: r.name, en: r.name },
		frenchKind: null,
		parents: [],
		scope: { regions: [r.code] }
	});
}

/** Page of a collectivité by its slug (see places.ts); null when the atlas does not know it. */
export function collectivitePage(atlas: Atlas, slug: string): PlacePageData | null {
	const ref = parseFrenchSlug(slug);
	const found = ref && frenchPlaceName(atlas.records, slug);
	if (!ref || !found) return null;
	const { entity } = found;
	const parents: PlaceLink[] = [];
	if (ref.kind !== 'departement' && ref.kind !== 'region' && entity.departement && entity.departementName)
		parents.push({ label: entity.departementName, path: `/collectivite/${entity.departement.toUpperCase()}/` });
	const region = regionPath(entity.region);
	if (region) parents.push({ label: regionByCode(entity.region)!.name, path: region });
	const scope: Query =
		ref.kind === 'departement'
			? { departements: [ref.code] }
			: { french: [ref.kind === 'region' ? `region-${ref.code}` : ref.code] };
	const regionActor = ref.kind === 'departement' ? regionActorSlug(atlas, ref.code) : null;
	const seeAlso = regionActor ? [{ label: regionByCode(ref.code)!.name, path: `/collectivite/${regionActor}/` }] : [];
	return build(atlas, recordsForFrench(atlas.records, slug), {
		kind: 'collectivite',
		slug: ref.kind === 'region' ? `region-${ref.code}` : ref.code,
		name: { fr: found.name, en: found.name },
		frenchKind: ref.kind,
		parents,
		seeAlso,
		scope
	});
}

/** "region-76" when the région 76 is itself a French party in the atlas, else null. */
function regionActorSlug(atlas: Atlas, code: string): string | null {
	const slug = `region-${code}`;
	return regionByCode(code) && recordsForFrench(atlas.records, slug).length ? slug : null;
}

/**
 * Where a /collectivite/<slug> that has no page should go instead: a bare région code ("76")
 * used for the région as a party, when no département "76" is in the atlas. Null otherwise.
 */
export function collectiviteRedirect(atlas: Atlas, slug: string): string | null {
	const ref = parseFrenchSlug(slug);
	if (!ref || ref.kind !== 'departement' || frenchPlaceName(atlas.records, ref.code)) return null;
	return regionActorSlug(atlas, ref.code);
}

/** Names a partner country (i18n/labels.ts `knownCountryName`): null when nothing names it. */
export type CountryNamer = (iso: string, lang: 'fr' | 'en', carried: Partner | null) => string | null;

/** Page of a partner country by ISO alpha-2 (any case); null for a code that is not a country. */
export function paysPage(atlas: Atlas, iso: string, nameOf: CountryNamer): PlacePageData | null {
	const c = canonicalIso(iso);
	if (!c) return null;
	const records = recordsForCountry(atlas.records, c);
	const p = records.flatMap((r) => r.partners).find((x) => x.country?.toUpperCase() === c) ?? null;
	const fr = nameOf(c, 'fr', p);
	const en = nameOf(c, 'en', p) ?? fr;
	if (!fr || !en) return null;
	return build(atlas, records, {
		kind: 'pays',
		slug: c,
		name: { fr, en },
		frenchKind: null,
		parents: [],
		scope: { countries: [c] }
	});
}
