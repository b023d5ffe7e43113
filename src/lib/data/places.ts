/**
 * Places that have a page: the 18 French régions, every French collectivité with an official code,
 * every partner country. Canonical URL slugs, the records behind each place, and the list of
 * pages to prerender. Pure: runs in the build, the browser and tests.
 *
 * Slugs (one canonical form each, see docs/data-model.md):
 * - /region/<code>          COG région code ("76", "01")
 * - /collectivite/<slug>    commune INSEE code ("31555"), EPCI SIREN ("243100518"),
 *                           département code ("31", "2A", "971"), région as an actor: "region-76"
 *                           (région and département codes collide: "76" is Seine-Maritime)
 * - /pays/<iso>             ISO 3166-1 alpha-2 in upper case ("SN", as in the model and the URL
 *                           filters); lower case is redirected
 */
import type { Atlas, CoopRecord, FrenchEntity, FrenchKind, Partner } from './model';
import { REGIONS, regionByCode, type RegionInfo } from './regions';
import { httpUrl } from './http-url';

/** Canonical country slug: ISO alpha-2 in upper case, or null when `s` is not two letters. */
export function canonicalIso(s: string | null | undefined): string | null {
	const v = (s ?? '').trim();
	return /^[a-z]{2}$/i.test(v) ? v.toUpperCase() : null;
}

const COMMUNE = /^(\d{5}|2[AB]\d{3})$/i;
const SIREN = /^\d{9}$/;
const DEPARTEMENT = /^(\d{2}|2[AB]|97\d)$/i;
const REGION_SLUG = /^region-(\d{2})$/i;

export interface FrenchRef {
	kind: Exclude<FrenchKind, 'other'>;
	code: string;
}

/** The slug of a collectivité's page, or null when it has no official code (no page). */
export function frenchSlug(e: Pick<FrenchEntity, 'kind' | 'code'>): string | null {
	if (!e.code) return null;
	const code = e.code.trim().toUpperCase();
	if (e.kind === 'region') return regionByCode(code) ? `region-${regionByCode(code)!.code}` : null;
	const ref = parseFrenchSlug(code);
	if (!ref) return null;
	if (e.kind !== 'other' && ref.kind !== e.kind) return null;
	return ref.code;
}

/** Reads a /collectivite/<slug> slug back into kind + code; null when it is not a valid slug. */
export function parseFrenchSlug(slug: string | null | undefined): FrenchRef | null {
	const s = (slug ?? '').trim().toUpperCase();
	const region = REGION_SLUG.exec(s.toLowerCase());
	if (region) return regionByCode(region[1]) ? { kind: 'region', code: region[1] } : null;
	if (COMMUNE.test(s)) return { kind: 'commune', code: s };
	if (SIREN.test(s)) return { kind: 'epci', code: s };
	if (DEPARTEMENT.test(s)) return { kind: 'departement', code: s };
	return null;
}

/** Path (without base) of a collectivité's page, or null when it has none. */
export function collectivitePath(e: Pick<FrenchEntity, 'kind' | 'code'>): string | null {
	const slug = frenchSlug(e);
	return slug ? `/collectivite/${slug}/` : null;
}

/** Path (without base) of a partner country's page, or null when the country is unknown. */
export function paysPath(iso: string | null | undefined): string | null {
	const c = canonicalIso(iso);
	return c ? `/pays/${c}/` : null;
}

/** Path (without base) of a région's page, or null for a code that is not one of the 18. */
export function regionPath(code: string | null | undefined): string | null {
	const r = regionByCode(code);
	return r ? `/region/${r.code}/` : null;
}

function sameFrench(e: FrenchEntity, ref: FrenchRef): boolean {
	return e.code !== null && e.code.toUpperCase() === ref.code && (e.kind === ref.kind || e.kind === 'other');
}

/** Records with at least one French collectivité in région `code` (the région itself included). */
export function recordsForRegion(records: readonly CoopRecord[], code: string): CoopRecord[] {
	const r = regionByCode(code);
	if (!r) return [];
	return records.filter((rec) =>
		rec.french.some((f) => f.region === r.code || (f.kind === 'region' && f.code === r.code))
	);
}

/**
 * Records in which the collectivité named by `slug` is a French party; for a département, also
 * those of the communes and EPCI on its territory.
 */
export function recordsForFrench(records: readonly CoopRecord[], slug: string): CoopRecord[] {
	const ref = parseFrenchSlug(slug);
	if (!ref) return [];
	const inDepartement = (f: FrenchEntity) => ref.kind === 'departement' && f.departement?.toUpperCase() === ref.code;
	return records.filter((rec) => rec.french.some((f) => sameFrench(f, ref) || inDepartement(f)));
}

/** Records with at least one partner in country `iso` (any case). */
export function recordsForCountry(records: readonly CoopRecord[], iso: string): CoopRecord[] {
	const c = canonicalIso(iso);
	if (!c) return [];
	return records.filter((rec) => rec.partners.some((p) => p.country?.toUpperCase() === c));
}

/** Every page to prerender, in a stable order; covers every code a link can point to. */
export interface PlaceEntries {
	regions: string[];
	collectivites: string[];
	pays: string[];
}

export function placeEntries(records: readonly CoopRecord[]): PlaceEntries {
	const collectivites = new Set<string>();
	const pays = new Set<string>();
	for (const rec of records) {
		for (const f of rec.french) {
			const slug = frenchSlug(f);
			if (slug) collectivites.add(slug);
			// a link written with the bare région code ("76") must not 404: it redirects or points onwards
			if (slug && f.kind === 'region') collectivites.add(slug.slice('region-'.length));
			// the département and région a commune belongs to are linked from its page
			if (f.departement) {
				const dep = frenchSlug({ kind: 'departement', code: f.departement });
				if (dep) collectivites.add(dep);
			}
		}
		for (const p of rec.partners) {
			const iso = canonicalIso(p.country);
			if (iso) pays.add(iso);
		}
	}
	return {
		regions: REGIONS.map((r) => r.code),
		collectivites: [...collectivites].sort(),
		pays: [...pays].sort()
	};
}

/** A record trimmed to what a place page prints (keeps the prerendered payload small). */
export interface PlaceRow {
	id: string;
	title: string | null;
	year: number | null;
	yearEnd: number | null;
	call: string | null;
	linkType: CoopRecord['linkType'];
	french: { name: string; slug: string | null }[];
	partners: { name: string; iso: string | null; countryFr: string | null; countryEn: string | null; approximate: boolean }[];
	sourceTitle: string;
	sourceUrl: string | null;
	/** Date (ISO) the source was last checked, when known. */
	checked: string | null;
}

function partnerRow(p: Partner): PlaceRow['partners'][number] {
	return {
		name: p.name,
		iso: canonicalIso(p.country),
		countryFr: p.countryFr,
		countryEn: p.countryEn,
		approximate: p.precision === 'country' || p.precision === 'unresolved'
	};
}

export function toPlaceRow(rec: CoopRecord): PlaceRow {
	return {
		id: rec.id,
		title: rec.title,
		year: rec.year,
		yearEnd: rec.yearEnd,
		call: rec.call?.name ?? null,
		linkType: rec.linkType,
		french: rec.french.map((f) => ({ name: f.officialName ?? f.name, slug: frenchSlug(f) })),
		partners: rec.partners.map(partnerRow),
		sourceTitle: rec.source.datasetTitle,
		sourceUrl: httpUrl(rec.source.url),
		checked: rec.source.checked ?? null
	};
}

/** Rows sorted for print: most recent first, then by French name. */
export function placeRows(records: readonly CoopRecord[]): PlaceRow[] {
	return records
		.map(toPlaceRow)
		.sort(
			(a, b) =>
				(b.year ?? -Infinity) - (a.year ?? -Infinity) ||
				(a.french[0]?.name ?? '').localeCompare(b.french[0]?.name ?? '', 'fr')
		);
}

/** The name to show for a collectivité page: its official name as found in the records. */
export function frenchPlaceName(records: readonly CoopRecord[], slug: string): { name: string; entity: FrenchEntity } | null {
	const ref = parseFrenchSlug(slug);
	if (!ref) return null;
	if (ref.kind === 'region') {
		const r = regionByCode(ref.code)!;
		const entity = records.flatMap((rec) => rec.french).find((f) => sameFrench(f, ref));
		return { name: entity?.officialName ?? r.name, entity: entity ?? regionEntity(r) };
	}
	for (const rec of records) {
		for (const f of rec.french) {
			if (sameFrench(f, ref)) return { name: f.officialName ?? f.name, entity: f };
			if (ref.kind === 'departement' && f.departement?.toUpperCase() === ref.code && f.departementName)
				return { name: f.departementName, entity: departementEntity(f) };
		}
	}
	return null;
}

function regionEntity(r: RegionInfo): FrenchEntity {
	return {
		name: r.name,
		officialName: r.name,
		kind: 'region',
		code: r.code,
		departement: null,
		departementName: null,
		region: r.code,
		regionName: r.name,
		lon: null,
		lat: null,
		coordSource: 'unresolved'
	};
}

function departementEntity(f: FrenchEntity): FrenchEntity {
	return {
		...regionEntity({ code: f.region ?? '', name: f.regionName ?? '', overseas: false }),
		name: f.departementName ?? '',
		officialName: f.departementName,
		kind: 'departement',
		code: f.departement,
		departement: f.departement,
		departementName: f.departementName
	};
}

/** A listing entry for the index pages. */
export interface PlaceListItem {
	slug: string;
	name: string;
	kind: FrenchKind | 'country' | 'region';
	count: number;
	/** Région name for collectivités, French name for countries. */
	detail: string | null;
}

export function collectiviteList(records: readonly CoopRecord[]): PlaceListItem[] {
	const items = new Map<string, PlaceListItem>();
	for (const rec of records) {
		const seen = new Set<string>();
		for (const f of rec.french) {
			const slug = frenchSlug(f);
			if (!slug || seen.has(slug)) continue;
			seen.add(slug);
			const item = items.get(slug) ?? {
				slug,
				name: f.officialName ?? f.name,
				kind: f.kind,
				count: 0,
				detail: f.regionName
			};
			item.count++;
			items.set(slug, item);
		}
	}
	return [...items.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Partner countries with their record counts; `nameOf` names them (i18n/labels.ts), sorted by that name. */
export function countryList(
	records: readonly CoopRecord[],
	nameOf: (iso: string, carried: Partner) => string = (iso) => iso,
	lang: 'fr' | 'en' = 'fr'
): PlaceListItem[] {
	const items = new Map<string, PlaceListItem>();
	for (const rec of records) {
		const seen = new Set<string>();
		for (const p of rec.partners) {
			const iso = canonicalIso(p.country);
			if (!iso || seen.has(iso)) continue;
			seen.add(iso);
			const item = items.get(iso) ?? { slug: iso, name: nameOf(iso, p), kind: 'country' as const, count: 0, detail: null };
			item.count++;
			items.set(iso, item);
		}
	}
	return [...items.values()].sort((a, b) => a.name.localeCompare(b.name, lang));
}

export function regionList(records: readonly CoopRecord[]): PlaceListItem[] {
	return REGIONS.map((r) => ({
		slug: r.code,
		name: r.name,
		kind: 'region' as const,
		count: recordsForRegion(records, r.code).length,
		detail: null
	}));
}

/** Empty atlas, for builds that run before the data build wrote static/data/atlas.json. */
export function emptyAtlas(): Atlas {
	return { datasets: [], records: [], figures: [] };
}

/**
 * The canonical path of a place URL written another way ("/pays/sn" → "/pays/SN/",
 * "/region/1" → "/region/01/", "/collectivite/2a004" → "/collectivite/2A004/"); null when `param`
 * is already canonical or names no place. Static hosts serve no redirects: the client follows this.
 */
export function canonicalPlacePath(kind: 'region' | 'collectivite' | 'pays', param: string): string | null {
	let path: string | null;
	if (kind === 'region') path = regionPath(param);
	else if (kind === 'pays') path = paysPath(param);
	else {
		const ref = parseFrenchSlug(param);
		path = ref ? `/collectivite/${ref.kind === 'region' ? `region-${ref.code}` : ref.code}/` : null;
	}
	return path && path !== `/${kind}/${param}/` ? path : null;
}
