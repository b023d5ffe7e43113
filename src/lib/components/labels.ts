/** Display labels of filter values in the current language ("SN" → "Sénégal", "none" → "inconnu"). */
import { t, locale } from '$lib/i18n';
import { NONE, facetOptions, frenchKey, partnerKey, type Dim, type RecordIndex } from '$lib/data/query';
import type { CoopRecord } from '$lib/data/model';
import type { Selection } from '$lib/state/filters';

/** One option of a filter, labelled in the current language. */
export interface FacetOption {
	value: string;
	label: string;
	count: number;
}

/** Dimensions whose values are fixed codes translated by i18n keys rather than labels carried by the data. */
const KEYED: Partial<Record<Dim, string>> = { kinds: 'kind.', linkTypes: 'linkType.', continents: 'continent.' };

export function valueLabel(index: RecordIndex, dim: Dim, value: string): string {
	if (value === NONE) return t('filters.none');
	const prefix = KEYED[dim];
	if (prefix) return t(prefix + value);
	const d = index.dims[dim];
	const id = d.idOf.get(value);
	return id === undefined ? value : d.labels[id][locale.lang];
}

/** The label of each filter dimension ("Pays partenaire"). */
export function dimLabel(dim: Dim): string {
	return t(`filters.${dim}`);
}

/** The options of one filter, most frequent first, "unknown" last. */
export function labelledOptions(index: RecordIndex, dim: Dim): FacetOption[] {
	const opts = facetOptions(index, dim).map((o) => ({ value: o.value, label: valueLabel(index, dim, o.value), count: o.count }));
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
export function selectionHeading(records: readonly CoopRecord[], sel: Selection): string {
	const r = records[0];
	switch (sel.kind) {
		case 'record':
			return r ? recordHeading(r) : t('record.untitled');
		case 'french': {
			const f = r?.french.find((x) => frenchKey(x) === sel.code);
			return f ? (f.officialName ?? f.name) : sel.code;
		}
		case 'partner':
			return r?.partners.find((p) => partnerKey(p) === sel.key)?.name ?? sel.key;
		case 'country': {
			const p = r?.partners.find((x) => (x.country ?? NONE) === sel.iso);
			return sel.iso === NONE ? t('filters.none') : ((locale.lang === 'fr' ? p?.countryFr : p?.countryEn) ?? sel.iso);
		}
		case 'link': {
			const f = r?.french.find((x) => frenchKey(x) === sel.from);
			const p = r?.partners.find((x) => partnerKey(x) === sel.to);
			return `${f ? (f.officialName ?? f.name) : sel.from} → ${p?.name ?? sel.to}`;
		}
	}
}
