/** The three exports of a rendered chart, built on svg.ts / png.ts / csv.ts (browser only). */
import { chartSvg, type ExportMeta } from './svg';
import { svgToPng } from './png';
import { downloadBlob, downloadText } from './download';

/** The PNG of "Exporter PNG": the export SVG (title, subtitle, footer) at 2×, with its tEXt metadata. */
export function chartPngBlob(svg: SVGSVGElement, meta: ExportMeta): Promise<Blob> {
	const out = chartSvg(svg, meta);
	return svgToPng(out.svg, out.width, out.height, {
		title: meta.title,
		source: meta.footer.join(' | '),
		copyright: meta.footer[0] ?? '',
		url: typeof location !== 'undefined' ? location.href : undefined
	});
}

/** The SVG file of "Exporter SVG", as text. */
export function chartSvgFile(svg: SVGSVGElement, meta: ExportMeta): string {
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + chartSvg(svg, meta).svg;
}

export async function exportChartPng(svg: SVGSVGElement, meta: ExportMeta): Promise<string> {
	const png = await chartPngBlob(svg, meta);
	const name = meta.filename + '.png';
	downloadBlob(png, name);
	return name;
}

export function exportChartSvg(svg: SVGSVGElement, meta: ExportMeta): string {
	const name = meta.filename + '.svg';
	downloadText(chartSvgFile(svg, meta), name, 'image/svg+xml;charset=utf-8');
	return name;
}

export function exportCsv(csv: string, filename: string): string {
	const name = filename + '.csv';
	downloadText(csv, name, 'text/csv;charset=utf-8');
	return name;
}
