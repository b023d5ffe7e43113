/** Filter options and headings in the current language; every code is named by i18n/labels.ts. */
import { t, locale } from '$lib/i18n';
import { NONE, facetOptions, frenchKey, partnerKey, type Dim, type RecordIndex } from '$lib/data/query';
import type { CoopRecord } from '$lib/data/model';
import type { Selection } from '$lib/state/filters';
import { codeLabel, countryName, dimValueLabel, NO_NAMES, type NameBook } from '$lib/i18n/labels';

/** One option of a filter, labelled in the current language. */
export interface FacetOption {
	value: string;
	label: string;
	count: number;
}

/** The filter panel's dimensions: long lists get a select, short ones checkboxes. */
export const FACET_LAYOUT: readonly { dim: Dim; as: 'select' | 'checks' }[] = [
	{ dim: 'countries', as: 'select' },
	{ dim: 'continents', as: 'checks' },
	{ dim: 'themes', as: 'select' },
	{ dim: 'regions', as: 'checks' },
	{ dim: 'departements', as: 'select' },
	{ dim: 'kinds', as: 'checks' },
	{ dim: 'linkTypes', as: 'checks' },
	{ dim: 'calls', as: 'select' },
	{ dim: 'datasets', as: 'checks' }
];
export const FACET_DIMS: readonly Dim[] = FACET_LAYOUT.map((l) => l.dim);

export function valueLabel(dim: Dim, value: string, names: NameBook = NO_NAMES): string {
	return dimValueLabel(dim, value, locale.lang, names);
}

/** The label of each filter dimension ("Pays partenaire"). */
export function dimLabel(dim: Dim): string {
	return t(`filters.${dim}`);
}

/**
 * The options of one filter, most frequent first, "unknown" last. `counts`: the facet counts under
 * the current filters (query.ts `filterFaceted`); values no record would match are left out,
 * unless they are `selected`.
 */
export function labelledOptions(
	index: RecordIndex,
	dim: Dim,
	names: NameBook = NO_NAMES,
	counts?: ArrayLike<number>,
	selected: readonly string[] = []
): FacetOption[] {
	const opts = facetOptions(index, dim, counts)
		.filter((o) => o.count > 0 || selected.includes(o.value))
		.map((o) => ({ value: o.value, label: valueLabel(dim, o.value, names), count: o.count }));
	return [...opts.filter((o) => o.value !== NONE), ...opts.filter((o) => o.value === NONE)];
}

/** A record's title, or for untitled ones (twinnings) "French side ↔ partners". */
export function recordHeading(r: CoopRecord): string {
	if (r.title) return r.title;
	const french = r.french.map((f) => f.officialName ?? f.name).join(', ');
	const partners = r.partners.map((p) => p.name).join(', ');
	return french || partners ? `${french} ↔ ${partners}` : t('record.untitled');
}

/** Heading of the side panel for a selection, taken from the records behind it. */
export function selectionHeading(records: readonly CoopRecord[], sel: Selection, names: NameBook = NO_NAMES): string {
	const r = records[0];
	switch (sel.kind) {
		case 'record':
			return r ? recordHeading(r) : t('record.untitled');
		case 'french': {
			const f = r?.french.find((x) => frenchKey(x) === sel.code);
			return f ? (f.officialName ?? f.name) : codeLabel('french', sel.code, locale.lang, names);
		}
		case 'partner':
			return r?.partners.find((p) => partnerKey(p) === sel.key)?.name ?? sel.key;
		case 'country': {
			const p = r?.partners.find((x) => (x.country ?? NONE) === sel.iso);
			return countryName(sel.iso, locale.lang, p, names);
		}
		case 'link': {
			const f = r?.french.find((x) => frenchKey(x) === sel.from);
			const p = r?.partners.find((x) => partnerKey(x) === sel.to);
			return `${f ? (f.officialName ?? f.name) : codeLabel('french', sel.from, locale.lang, names)} → ${p?.name ?? sel.to}`;
		}
	}
}
