/**
 * The fields of a record as the error report lists them (label, value), in the report's language:
 * from a full record (record panel) or from a place page's row (prerendered lists).
 */
import type { CoopRecord } from '$lib/data/model';
import type { PlaceRow } from '$lib/data/places';
import { codeLabel, countryName } from '$lib/i18n/labels';
import { translate, type Lang, type MessageKey } from '$lib/i18n/translate';
import type { ReportField } from './compose';

const years = (year: number | null, yearEnd: number | null) =>
	year === null ? '' : yearEnd !== null && yearEnd !== year ? `${year}–${yearEnd}` : String(year);

export function recordFields(r: CoopRecord, lang: Lang): ReportField[] {
	const tr = (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
	return [
		{ label: tr('record.french'), value: r.french.map((f) => (f.code ? `${f.officialName ?? f.name} (${f.code})` : f.name)).join(', ') },
		{
			label: tr('record.partners'),
			value: r.partners.map((p) => `${p.name || '—'} (${p.country ? countryName(p.country, lang, p) : tr('filters.none')})`).join(', ')
		},
		{ label: tr('report.title'), value: r.title ?? '' },
		{ label: tr('record.year'), value: years(r.year, r.yearEnd) },
		{ label: tr('record.call'), value: r.call?.name ?? '' },
		{ label: tr('record.themes'), value: r.themes.join(', ') },
		{ label: tr('record.linkType'), value: codeLabel('linkType', r.linkType, lang) },
		{ label: tr('record.source'), value: `${r.source.datasetTitle} (${r.source.file}, ${tr('record.line', { line: r.source.line })})` },
		{ label: tr('report.sourceUrl'), value: r.source.url ?? '' },
		{ label: tr('record.checked'), value: r.source.checked ?? '' },
		{ label: tr('record.remark'), value: r.remark ?? '' }
	];
}

export function placeRowFields(r: PlaceRow, lang: Lang): ReportField[] {
	const tr = (key: MessageKey) => translate(lang, key);
	return [
		{ label: tr('record.french'), value: r.french.map((f) => f.name).join(', ') },
		{ label: tr('record.partners'), value: r.partners.map((p) => `${p.name || '—'} (${countryName(p.iso, lang, p)})`).join(', ') },
		{ label: tr('report.title'), value: r.title ?? '' },
		{ label: tr('record.year'), value: years(r.year, r.yearEnd) },
		{ label: tr('record.call'), value: r.call ?? '' },
		{ label: tr('record.linkType'), value: codeLabel('linkType', r.linkType, lang) },
		{ label: tr('record.source'), value: r.sourceTitle },
		{ label: tr('report.sourceUrl'), value: r.sourceUrl ?? '' },
		{ label: tr('record.checked'), value: r.checked ?? '' }
	];
}
