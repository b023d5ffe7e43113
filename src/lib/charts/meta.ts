/** Subtitle, footer and embed address shared by every chart card (pure except for the page URL passed in). */
import type { Dataset } from '$lib/data/model';
import type { RecordSet } from '$lib/data/query';
import type { Filters } from '$lib/state/filters';
import { filterSummary } from './describe';
import { datasetsOf, footerLines } from '$lib/export/footer';
import { plural, translate, type Lang } from '$lib/i18n/translate';
import type { NameBook } from '$lib/i18n/labels';

/** Props every chart takes (each chart adds its own options to these). */
export interface ChartProps {
	/** The links to count (already filtered). */
	links: RecordSet;
	/** The active filters, for the title and subtitle. */
	filters: Filters;
	/** Clicking a bar filters everything with this patch. */
	onpick?: (patch: Partial<Filters>) => void;
	/** The atlas' datasets, for the source footer. */
	datasets?: Dataset[];
	/** Names of the codes the data carries (i18n/labels.ts `namesOf`), for titles and bars. */
	names?: NameBook;
}

export type ChartName = 'country' | 'theme' | 'region' | 'year';
export const CHART_NAMES: readonly ChartName[] = ['country', 'theme', 'region', 'year'];

/**
 * "210 enregistrements · filtres : Occitanie, 2020–2025" (the footer carries the sources). With
 * `covered` (a chart that can only draw links having a value: themes, years), what it covers:
 * "42 enregistrements avec une thématique sur 3 955 · aucun filtre".
 */
export function chartSubtitle(
	links: RecordSet,
	filters: Filters,
	lang: Lang,
	names?: NameBook,
	covered?: { n: number; what: 'theme' | 'year' }
): string {
	const n =
		covered && covered.n !== links.positions.length
			? plural(lang, `charts.coverage.${covered.what}`, covered.n, { total: links.positions.length })
			: plural(lang, 'charts.subtitle', links.positions.length);
	const f = filterSummary(filters, lang, names);
	return `${n} · ${f ? translate(lang, 'charts.subtitle.filters', { list: f }) : translate(lang, 'charts.subtitle.noFilter')}`;
}

/** The on-screen source line under a chart: the titles of the datasets the links come from. */
export function chartSources(links: RecordSet, datasets: readonly Dataset[], lang: Lang): string {
	const used = datasetsOf(links, datasets);
	return used.length ? translate(lang, 'charts.sources', { list: used.map((d) => d.title).join(' ; ') }) : '';
}

/** `productUrl`: absolute URL of the app (origin + base). */
export function chartFooter(
	links: RecordSet,
	datasets: readonly Dataset[],
	lang: Lang,
	productUrl: string,
	extra?: string[]
): string[] {
	return footerLines(datasetsOf(links, datasets), { lang, productUrl, extra });
}

/** The embed page of a chart with the same state: `/embed/chart/<name>?<same query>`. */
export function embedSrc(url: URL | null, base: string, chart: ChartName | 'map'): string {
	if (!url) return '';
	const path = chart === 'map' ? '/embed/map/' : `/embed/chart/${chart}/`;
	return `${url.origin}${base}${path}${url.search}`;
}
