/**
 * Words for charts, pure: the label of a bar and the summary of active filters that titles carry
 * ("Partenariats par pays partenaire — Occitanie, 2020–2025"). Every code is named by i18n/labels.ts.
 */
import { OTHERS, UNKNOWN, type Count } from '$lib/data/aggregate';
import type { Filters } from '$lib/state/filters';
import { translate, type Lang, type MessageKey } from '$lib/i18n/translate';
import { codeLabel, dimValueLabel, NO_NAMES, type NameBook } from '$lib/i18n/labels';
import type { Dimension } from './pick';

export function barLabel(dim: Dimension, c: Count, lang: Lang, names: NameBook = NO_NAMES): string {
	if (c.key === OTHERS) return translate(lang, 'charts.others');
	if (c.key === UNKNOWN) return translate(lang, `charts.unknown.${dim}`);
	switch (dim) {
		case 'country':
			return codeLabel('country', c.key, lang, names);
		case 'linkType':
			return codeLabel('linkType', c.key, lang, names);
		case 'region':
			return codeLabel('region', c.key, lang, names);
		case 'departement':
			return names.name('departement', c.key, lang) ?? c.label ?? c.key;
		default:
			return c.label ?? c.key;
	}
}

const list = (xs: string[]) => xs.join(', ');

/** The active filters in a few words, '' when nothing is filtered. */
export function filterSummary(f: Filters, lang: Lang, names: NameBook = NO_NAMES): string {
	const parts: string[] = [];
	const named = (dim: keyof Filters & Parameters<typeof dimValueLabel>[0], unknownKey?: MessageKey) =>
		list((f[dim] as string[]).map((v) => (v === UNKNOWN && unknownKey ? translate(lang, unknownKey) : dimValueLabel(dim, v, lang, names))));
	if (f.regions.length) parts.push(named('regions', 'charts.unknown.region'));
	if (f.departements.length) parts.push(translate(lang, 'charts.scope.dep', { list: named('departements') }));
	if (f.french.length) parts.push(named('french'));
	if (f.countries.length) parts.push(named('countries', 'charts.unknown.country'));
	if (f.continents.length) parts.push(named('continents'));
	if (f.themes.length) parts.push(named('themes', 'charts.unknown.theme'));
	if (f.linkTypes.length) parts.push(named('linkTypes'));
	if (f.calls.length) parts.push(named('calls'));
	if (f.kinds.length) parts.push(named('kinds'));
	if (f.yearMin != null && f.yearMax != null)
		parts.push(f.yearMin === f.yearMax ? String(f.yearMin) : `${f.yearMin}–${f.yearMax}`);
	else if (f.yearMin != null) parts.push(translate(lang, 'charts.scope.since', { y: String(f.yearMin) }));
	else if (f.yearMax != null) parts.push(translate(lang, 'charts.scope.until', { y: String(f.yearMax) }));
	if (f.q.trim()) parts.push(translate(lang, 'charts.scope.search', { q: f.q.trim() }));
	if (f.datasets.length) parts.push(named('datasets'));
	return parts.join(', ');
}

/** "<chart title> — <filters>" */
export function chartTitle(titleKey: MessageKey, f: Filters, lang: Lang, names: NameBook = NO_NAMES): string {
	const s = filterSummary(f, lang, names);
	return translate(lang, titleKey) + (s ? ' — ' + s : '');
}
