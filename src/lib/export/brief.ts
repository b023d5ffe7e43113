/**
 * The regional brief's pure parts, shared by the région page's ZIP button and `npm run briefs`:
 * which régions, the file names, and the index.html that lists the files.
 */
import { REGIONS, regionByCode, type RegionInfo } from '$lib/data/regions';
import type { Dataset } from '$lib/data/model';
import { plural, translate, type Lang, type MessageKey } from '$lib/i18n/translate';
import { fileSlug } from './download';
import { escapeXml } from './svg';

/** The four charts of a brief, in print order (ids of their chart cards). */
export const BRIEF_CHARTS = ['country', 'theme', 'region', 'year'] as const;
export type BriefChart = (typeof BRIEF_CHARTS)[number];

/**
 * The régions `--region` names. "all" = the régions that have records: a brief of a région without
 * any record would be an empty document (two overseas régions have none in the shipped data).
 * Throws with the list of valid codes on anything else.
 */
export function briefRegions(arg: string, recordsByRegion: ReadonlyMap<string, number>): RegionInfo[] {
	if (arg.trim().toLowerCase() === 'all') return REGIONS.filter((r) => (recordsByRegion.get(r.code) ?? 0) > 0);
	const codes = arg.split(',').map((c) => c.trim()).filter(Boolean);
	if (!codes.length) throw new Error(briefCodeError(arg));
	return codes.map((c) => {
		const r = regionByCode(c);
		if (!r) throw new Error(briefCodeError(c));
		return r;
	});
}

export function briefCodeError(code: string): string {
	const list = REGIONS.map((r) => `${r.code} (${r.name})`).join(', ');
	return `Code de région inconnu « ${code} » : utilisez all ou l’un de ${list}.\nUnknown région code "${code}": use all or one of the codes above.`;
}

/** File names of one région's brief: `occitanie-76` then `…-graphique-pays.png`, `…-fiches.csv`. */
export function briefFiles(region: RegionInfo, lang: Lang) {
	const stem = `${fileSlug(region.name)}-${region.code}`;
	const chartWord = lang === 'fr' ? 'graphique' : 'chart';
	const chartNames: Record<BriefChart, { fr: string; en: string }> = {
		country: { fr: 'pays', en: 'countries' },
		theme: { fr: 'thematiques', en: 'themes' },
		region: { fr: 'regions', en: 'regions' },
		year: { fr: 'annees', en: 'years' }
	};
	const chart = (c: BriefChart, ext: 'png' | 'svg') => `${stem}-${chartWord}-${chartNames[c][lang]}.${ext}`;
	return {
		stem,
		pdf: `${stem}.pdf`,
		csv: `${stem}-${lang === 'fr' ? 'fiches' : 'records'}.csv`,
		zip: `${stem}-${lang === 'fr' ? 'dossier' : 'brief'}.zip`,
		index: 'index.html',
		chart
	};
}

/** "Version" of the data a brief is made from: the newest dataset date, for want of a release id. */
export function dataVersion(datasets: readonly Pick<Dataset, 'date' | 'imported'>[]): string {
	return datasets
		.filter((d) => !d.imported && d.date)
		.map((d) => d.date)
		.sort()
		.at(-1) ?? '';
}

export interface BriefIndexItem {
	region: RegionInfo;
	/** Records in the brief. */
	records: number;
	pdf?: string;
	csv?: string;
	charts: { title: string; png: string; svg?: string }[];
	/** Sub-folder of the item's files, relative to the index ('' = same folder). */
	dir?: string;
}

export interface BriefIndex {
	lang: Lang;
	/** yyyy-mm-dd the brief was made. */
	date: string;
	/** dataVersion() of the atlas. */
	version: string;
	/** The released data version's id (static/data/versions), when known. */
	versionId?: string | null;
	items: BriefIndexItem[];
}

const esc = escapeXml;
const href = (dir: string | undefined, file: string) => esc((dir ? `${dir}/` : '') + encodeURIComponent(file));

/** A self-contained index.html (no script, no external resource) listing each région's files. */
export function briefIndexHtml({ lang, date, version, versionId = null, items }: BriefIndex): string {
	const tr = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
	const title = items.length === 1 ? tr('pages.brief.index.titleOne', { region: items[0].region.name }) : tr('pages.brief.index.title');
	const sections = items.map((it) => {
		const files = [
			it.pdf ? `<li><a href="${href(it.dir, it.pdf)}">${esc(tr('pages.brief.index.pdf'))}</a> (PDF)</li>` : '',
			it.csv ? `<li><a href="${href(it.dir, it.csv)}">${esc(tr('pages.brief.index.csv'))}</a> (CSV)</li>` : '',
			...it.charts.map(
				(c) =>
					`<li>${esc(c.title)} : <a href="${href(it.dir, c.png)}">PNG</a>` +
					(c.svg ? ` · <a href="${href(it.dir, c.svg)}">SVG</a>` : '') +
					'</li>'
			)
		].filter(Boolean);
		return (
			`<section data-region="${esc(it.region.code)}"><h2>${esc(it.region.name)} <small>(${esc(tr('pages.code', { code: it.region.code }))})</small></h2>` +
			`<p>${esc(it.records === 0 ? tr('pages.count.zero') : plural(lang, 'pages.count', it.records))}</p>` +
			`<ul>${files.join('')}</ul></section>`
		);
	});
	return (
		`<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
		`<title>${esc(title)}</title>` +
		'<style>body{font-family:"Noto Sans",system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}h1{color:#1d4e89}small{color:#555;font-weight:400}</style>' +
		`</head><body><h1>${esc(title)}</h1>` +
		`<p>${esc(versionId ? tr('pages.brief.index.madeVersion', { date, version: version || '—', id: versionId }) : tr('pages.brief.index.made', { date, version: version || '—' }))}</p>` +
		sections.join('\n') +
		`<p><small>${esc(tr('pages.brief.index.about'))}</small></p></body></html>\n`
	);
}
