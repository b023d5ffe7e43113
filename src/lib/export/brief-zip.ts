/**
 * The région page's "Download the brief (ZIP)" (browser only, loaded with import() on click): the
 * four charts as PNG (the same as their "Export PNG") and SVG, the records with their sources as CSV,
 * and an index.html, zipped with fflate.
 */
import { zipSync, strToU8 } from 'fflate';
import type { CoopRecord, Dataset } from '$lib/data/model';
import type { RegionInfo } from '$lib/data/regions';
import type { Lang } from '$lib/i18n/translate';
import type { ExportMeta } from './svg';
import { chartPngBlob, chartSvgFile } from './chart-export';
import { recordsCsv } from './csv';
import { BRIEF_CHARTS, briefFiles, briefIndexHtml, dataVersion, type BriefChart } from './brief';

/** A chart drawn on the page, as the ZIP needs it (charts/registry.ts collects them). */
export interface RegisteredChart {
	meta: () => ExportMeta;
	svg: () => SVGSVGElement | null;
}

export interface BriefZipInput {
	region: RegionInfo;
	lang: Lang;
	records: readonly CoopRecord[];
	datasets: readonly Dataset[];
	/** The brief's drawn chart cards, by chart id. */
	charts: ReadonlyMap<string, RegisteredChart>;
	/** yyyy-mm-dd */
	date: string;
	/** The released data version's id, when known. */
	versionId?: string | null;
}

/** A chart drawn on the page, as the ZIP needs it (charts/registry.ts collects them). */
export interface RegisteredChart {
	meta: () => ExportMeta;
	svg: () => SVGSVGElement | null;
}

export async function buildBriefZip({ region, lang, records, datasets, charts, date, versionId = null }: BriefZipInput): Promise<{ name: string; blob: Blob }> {
	const files = briefFiles(region, lang);
	const entries: Record<string, Uint8Array> = {};
	const listed: { title: string; png: string; svg: string }[] = [];
	for (const id of BRIEF_CHARTS) {
		const chart = charts.get(id);
		const svg = chart?.svg();
		if (!chart || !svg) {
			if (records.length) throw new Error(`chart "${id}" is not drawn`);
			continue; // no record: nothing to draw
		}
		const meta = chart.meta();
		const png = files.chart(id as BriefChart, 'png');
		const svgName = files.chart(id as BriefChart, 'svg');
		entries[png] = new Uint8Array(await (await chartPngBlob(svg, meta)).arrayBuffer());
		entries[svgName] = strToU8(chartSvgFile(svg, meta));
		listed.push({ title: meta.title, png, svg: svgName });
	}
	entries[files.csv] = strToU8(recordsCsv(records));
	entries[files.index] = strToU8(
		briefIndexHtml({ lang, date, version: dataVersion(datasets), versionId, items: [{ region, records: records.length, csv: files.csv, charts: listed }] })
	);
	// PNGs are already deflated: stored as they are, the rest compressed
	const zipped = zipSync(
		Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, k.endsWith('.png') ? [v, { level: 0 }] : v])) as Parameters<typeof zipSync>[0]
	);
	return { name: files.zip, blob: new Blob([zipped as BlobPart], { type: 'application/zip' }) };
}
