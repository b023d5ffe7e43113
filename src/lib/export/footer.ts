/**
 * The credit line every export carries: source datasets with their licence, the date of the data,
 * and the product's name and URL (plus the basemap's attribution for the map).
 */
import type { Dataset } from '$lib/data/model';
import { translate, type Lang } from '$lib/i18n/translate';
import { countsAt, type RecordSet } from '$lib/data/query';

/** The datasets the records of `set` come from, in the atlas' order (counted on the index). */
export function datasetsOf({ index, positions }: RecordSet, datasets: readonly Dataset[]): Dataset[] {
	const d = index.dims.datasets;
	const counts = countsAt(d, positions);
	const ids = new Set<string>();
	for (let id = 0; id < counts.length; id++) if (counts[id] > 0) ids.add(d.values[id]);
	return datasets.filter((ds) => ids.has(ds.id));
}

export interface FooterOptions {
	lang: Lang;
	/** Absolute URL of the product (or of the exact view). */
	productUrl: string;
	/** Adds the basemap credit (map exports). */
	basemap?: boolean;
	/** Extra credit lines (e.g. sources of national figures). */
	extra?: string[];
}

/** Footer lines, shortest first to keep them readable when wrapped. */
export function footerLines(datasets: readonly Dataset[], opts: FooterOptions): string[] {
	const { lang } = opts;
	const lines: string[] = [];
	if (datasets.length) {
		const list = datasets.map((d) => `${d.title} (${d.licence}${d.imported ? ', ' + translate(lang, 'charts.footer.imported') : ''})`);
		lines.push(translate(lang, 'charts.footer.sources', { list: list.join(' ; ') }));
		const dates = datasets.map((d) => d.date).filter(Boolean).sort();
		if (dates.length) lines.push(translate(lang, 'charts.footer.date', { date: dates[dates.length - 1] }));
	}
	for (const e of opts.extra ?? []) lines.push(e);
	if (opts.basemap) lines.push(translate(lang, 'charts.footer.basemap'));
	lines.push(translate(lang, 'charts.footer.product', { url: opts.productUrl }));
	return lines;
}
