/**
 * Words for charts, pure: the label of a bar and the summary of active filters that titles carry
 * ("Partenariats par pays partenaire — Occitanie, 2020–2025").
 */
import { OTHERS, UNKNOWN, type Count, type Dimension } from '$lib/data/aggregate';
import { REGION_NAMES } from '$lib/data/regions';
import type { Filters, Lang } from '$lib/state/filters';
import { translate } from '$lib/i18n';

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** Country name from its ISO code, in the interface language. */
export function countryName(iso: string, lang: Lang): string {
	let dn = displayNames.get(lang);
	if (!dn) displayNames.set(lang, (dn = new Intl.DisplayNames([lang], { type: 'region' })));
	try {
		return dn.of(iso.toUpperCase()) ?? iso;
	} catch {
		return iso;
	}
}

export function barLabel(dim: Dimension, c: Count, lang: Lang): string {
	if (c.key === OTHERS) return translate(lang, 'charts.others');
	if (c.key === UNKNOWN) return translate(lang, `charts.unknown.${dim}`);
	switch (dim) {
		case 'country':
			return countryName(c.key, lang);
		case 'linkType':
			return translate(lang, `charts.linkType.${c.key}`);
		case 'region':
			return REGION_NAMES[c.key] ?? c.label ?? c.key;
		default:
			return c.label ?? c.key;
	}
}

const list = (xs: string[]) => xs.join(', ');

/** The active filters in a few words, '' when nothing is filtered. */
export function filterSummary(f: Filters, lang: Lang): string {
	const parts: string[] = [];
	if (f.regions.length)
		parts.push(list(f.regions.map((r) => (r === UNKNOWN ? translate(lang, 'charts.unknown.region') : (REGION_NAMES[r] ?? r)))));
	if (f.departements.length) parts.push(translate(lang, 'charts.scope.dep', { list: list(f.departements) }));
	if (f.french.length) parts.push(list(f.french));
	if (f.countries.length) parts.push(list(f.countries.map((c) => countryName(c, lang))));
	if (f.continents.length) parts.push(list(f.continents));
	if (f.themes.length) parts.push(list(f.themes));
	if (f.linkTypes.length) parts.push(list(f.linkTypes.map((l) => translate(lang, `charts.linkType.${l}`))));
	if (f.calls.length) parts.push(list(f.calls));
	if (f.kinds.length) parts.push(list(f.kinds));
	if (f.yearMin != null && f.yearMax != null)
		parts.push(f.yearMin === f.yearMax ? String(f.yearMin) : `${f.yearMin}–${f.yearMax}`);
	else if (f.yearMin != null) parts.push(translate(lang, 'charts.scope.since', { y: String(f.yearMin) }));
	else if (f.yearMax != null) parts.push(translate(lang, 'charts.scope.until', { y: String(f.yearMax) }));
	if (f.q.trim()) parts.push(translate(lang, 'charts.scope.search', { q: f.q.trim() }));
	if (f.datasets.length) parts.push(list(f.datasets));
	return parts.join(', ');
}

/** "<chart title> — <filters>" */
export function chartTitle(titleKey: string, f: Filters, lang: Lang): string {
	const s = filterSummary(f, lang);
	return translate(lang, titleKey) + (s ? ' — ' + s : '');
}
