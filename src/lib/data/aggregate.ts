/**
 * Pure aggregations behind the charts and key figures: counts by partner country, theme, French
 * région, year and link type, distinct-entity key figures, and the national applications-vs-laureates
 * figures. One pass over the records per call, with Maps (100k records in a few ms).
 *
 * Counting rule: a record counts ONCE in every bar it belongs to. A record with partners in five
 * countries adds 1 to five country bars, so the bars of a chart can sum to more than the records.
 */
import type { CoopRecord, Figure, LinkType } from './model';
import { fold } from './text';
import { frenchKey, NONE, partnerKey } from './query';

/** Key of the "unknown / not given" bar: the filters' own "none" value, so that it can be picked. */
export const UNKNOWN = NONE;
/** Key of the "others" bar gathering what is beyond the top N. */
export const OTHERS = 'others';

export interface Count {
	/** Filter value for this bar (ISO code, région code, theme, year, link type) or UNKNOWN / OTHERS. */
	key: string;
	/** Label from the data (country or région name, theme as given); null for UNKNOWN / OTHERS. */
	label: string | null;
	count: number;
}

/** The 18 régions (13 metropolitan + 5 overseas), COG code → current name. */
export const REGIONS: Readonly<Record<string, string>> = {
	'01': 'Guadeloupe',
	'02': 'Martinique',
	'03': 'Guyane',
	'04': 'La Réunion',
	'06': 'Mayotte',
	'11': 'Île-de-France',
	'24': 'Centre-Val de Loire',
	'27': 'Bourgogne-Franche-Comté',
	'28': 'Normandie',
	'32': 'Hauts-de-France',
	'44': 'Grand Est',
	'52': 'Pays de la Loire',
	'53': 'Bretagne',
	'75': 'Nouvelle-Aquitaine',
	'76': 'Occitanie',
	'84': 'Auvergne-Rhône-Alpes',
	'93': "Provence-Alpes-Côte d'Azur",
	'94': 'Corse'
};

type Lang = 'fr' | 'en';

type Add = (key: string, label: string | null) => void;

/**
 * One pass: `visit` calls `add` for each of the record's keys; a key counts once per record
 * (a per-bar stamp, no per-record allocation); a record that adds nothing counts as UNKNOWN.
 */
function tally(records: readonly CoopRecord[], visit: (r: CoopRecord, add: Add) => void): Count[] {
	const counts = new Map<string, { key: string; label: string | null; count: number; stamp: number }>();
	let stamp = 0;
	let added = false;
	const add: Add = (key, label) => {
		added = true;
		let c = counts.get(key);
		if (!c) counts.set(key, (c = { key, label, count: 0, stamp: -1 }));
		if (c.stamp !== stamp) {
			c.stamp = stamp;
			c.count++;
		}
	};
	for (let i = 0; i < records.length; i++) {
		stamp = i;
		added = false;
		visit(records[i], add);
		if (!added) add(UNKNOWN, null);
	}
	return [...counts.values()].map(({ key, label, count }) => ({ key, label, count }));
}

/** Descending count, then label/key; UNKNOWN and OTHERS always last. */
function byCountDesc(a: Count, b: Count): number {
	const sa = a.key === UNKNOWN || a.key === OTHERS ? 1 : 0;
	const sb = b.key === UNKNOWN || b.key === OTHERS ? 1 : 0;
	if (sa !== sb) return sa - sb;
	return b.count - a.count || (a.label ?? a.key).localeCompare(b.label ?? b.key, 'fr');
}

/**
 * Keeps the `top` largest bars, folds the rest into one OTHERS bar (its count is the number of
 * record-bar memberships folded, i.e. the sum of the hidden bars), keeps UNKNOWN visible at the end.
 */
export function topN(counts: Count[], top: number): Count[] {
	const sorted = counts.slice().sort(byCountDesc);
	const known = sorted.filter((c) => c.key !== UNKNOWN);
	const unknown = sorted.find((c) => c.key === UNKNOWN);
	// No "others" bar holding a single entry: show that entry instead.
	const keep = known.length <= top + 1 ? known : known.slice(0, top);
	const rest = known.slice(keep.length);
	const out = keep.slice();
	if (rest.length) out.push({ key: OTHERS, label: null, count: rest.reduce((s, c) => s + c.count, 0) });
	if (unknown) out.push(unknown);
	return out;
}

/** Records per partner country (ISO alpha-2), top N + others + unknown. */
export function countByCountry(records: readonly CoopRecord[], top = 15, lang: Lang = 'fr'): Count[] {
	const all = tally(records, (r, add) => {
		for (const p of r.partners) {
			if (p.country) add(p.country, (lang === 'fr' ? p.countryFr : p.countryEn) ?? p.countryFr ?? p.country);
			else add(UNKNOWN, null);
		}
	});
	return topN(all, top);
}

/** Records per theme (as given), top N + others + "no theme given". */
export function countByTheme(records: readonly CoopRecord[], top = 15): Count[] {
	const all = tally(records, (r, add) => {
		for (const theme of r.themes) if (theme) add(theme, theme);
	});
	return topN(all, top);
}

/** Records per French région (COG code): all 18 régions that occur, sorted, + unknown. */
export function countByRegion(records: readonly CoopRecord[]): Count[] {
	const all = tally(records, (r, add) => {
		for (const f of r.french) {
			if (f.region) add(f.region, REGIONS[f.region] ?? f.regionName ?? f.region);
			else add(UNKNOWN, null);
		}
	});
	return all.sort(byCountDesc);
}

/** Records per link type, sorted by count. */
export function countByLinkType(records: readonly CoopRecord[]): Count[] {
	return tally(records, (r, add) => add(r.linkType, r.linkType)).sort(byCountDesc);
}

/** Records per year (ascending, empty years between first and last filled with 0) + unknown last. */
export function countByYear(records: readonly CoopRecord[]): Count[] {
	const all = tally(records, (r, add) => {
		if (r.year != null) add(String(r.year), null);
	});
	const known = all.filter((c) => c.key !== UNKNOWN);
	const unknown = all.find((c) => c.key === UNKNOWN);
	const byYear = new Map(known.map((c) => [Number(c.key), c]));
	const years = [...byYear.keys()];
	const out: Count[] = [];
	if (years.length) {
		const min = Math.min(...years);
		const max = Math.max(...years);
		for (let y = min; y <= max; y++) out.push({ key: String(y), label: String(y), count: byYear.get(y)?.count ?? 0 });
	}
	if (unknown) out.push(unknown);
	return out;
}

export interface KeyFigures {
	records: number;
	/** Distinct French collectivités (query.ts frenchKey: official code, else normalised name). */
	french: number;
	/** Distinct foreign partners (query.ts partnerKey: country + normalised name). */
	partners: number;
	/** Distinct partner countries (resolved to ISO). */
	countries: number;
}

export function keyFigures(records: readonly CoopRecord[]): KeyFigures {
	const french = new Set<string>();
	const partners = new Set<string>();
	const countries = new Set<string>();
	for (const r of records) {
		for (const f of r.french) french.add(frenchKey(f));
		for (const p of r.partners) {
			partners.add(partnerKey(p));
			if (p.country) countries.add(p.country);
		}
	}
	return { records: records.length, french: french.size, partners: partners.size, countries: countries.size };
}

/** One figure value with the page it comes from: figures are never merged across sources. */
export interface SourcedValue {
	value: number;
	sourceUrl: string | null;
	/** Host name of the source ("resacoop.org"), for short on-chart credits. */
	source: string;
	indicator: string;
}

export interface CallYearFigures {
	year: number;
	applications: SourcedValue[];
	laureates: SourcedValue[];
	/** Acceptance rates as reported (percent), one per source. */
	rates: SourcedValue[];
	/** laureates / applications (percent) when both are known and unambiguous; else null. */
	computedRate: number | null;
	/** true when two sources give different values for the same year and measure. */
	disagreement: boolean;
}

const APPLICATIONS = /^nombre de (dossiers de candidature|candidatures)\b/;
const LAUREATES = /^nombre (de projets retenus|de laureats|d'initiatives soutenues)\b/;
const RATE = /^taux d'acceptation\b/;

export function sourceHost(url: string | null): string {
	if (!url) return '?';
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/**
 * The national calls for projects (MEAE/DCTCIV): applications, laureates and acceptance rate per
 * year, from Atlas.figures. Every source's value is kept (2025: 57.6 % per one page, 60 % per
 * another); regional counts ("… en région Occitanie") are not national figures and are ignored.
 */
export function callFigures(figures: readonly Figure[]): CallYearFigures[] {
	const years = new Map<number, CallYearFigures>();
	for (const f of figures) {
		if (f.year == null) continue;
		const ind = fold(f.indicator);
		const kind = APPLICATIONS.test(ind)
			? 'applications'
			: LAUREATES.test(ind)
				? 'laureates'
				: RATE.test(ind)
					? 'rates'
					: null;
		if (!kind) continue;
		let y = years.get(f.year);
		if (!y) {
			y = { year: f.year, applications: [], laureates: [], rates: [], computedRate: null, disagreement: false };
			years.set(f.year, y);
		}
		const list = y[kind];
		if (!list.some((v) => v.value === f.value && v.sourceUrl === f.sourceUrl)) {
			list.push({ value: f.value, sourceUrl: f.sourceUrl, source: sourceHost(f.sourceUrl), indicator: f.indicator });
		}
	}
	const distinct = (l: SourcedValue[]) => new Set(l.map((v) => v.value)).size;
	for (const y of years.values()) {
		y.disagreement = distinct(y.applications) > 1 || distinct(y.laureates) > 1 || distinct(y.rates) > 1;
		if (distinct(y.applications) === 1 && distinct(y.laureates) === 1 && y.applications[0].value > 0) {
			y.computedRate = (100 * y.laureates[0].value) / y.applications[0].value;
		}
	}
	return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Which chart a filter patch comes from; used by `pickPatch`. */
export type Dimension = 'country' | 'theme' | 'region' | 'year' | 'linkType';

/**
 * The filter change that clicking a bar applies, or null when the bar cannot filter
 * ("others", an unknown year). Unknown countries, themes and régions filter on "none".
 */
export function pickPatch(
	dim: Dimension,
	key: string
): Partial<{ countries: string[]; themes: string[]; regions: string[]; yearMin: number; yearMax: number; linkTypes: LinkType[] }> | null {
	if (key === OTHERS) return null;
	switch (dim) {
		case 'country':
			return { countries: [key] };
		case 'theme':
			return { themes: [key] };
		case 'region':
			return { regions: [key] };
		case 'year':
			return key === UNKNOWN ? null : { yearMin: Number(key), yearMax: Number(key) };
		case 'linkType':
			return { linkTypes: [key as LinkType] };
	}
}
