/**
 * SVG export: the rendered chart, cloned with its computed styles written as literal attributes
 * (CSS variables and stylesheets do not travel), framed by a real-text title, subtitle and footer,
 * with <title>/<desc> for editors. Text stays text; no foreignObject.
 */

import { wrapWords } from './wrap';

export interface ExportMeta {
	title: string;
	subtitle: string;
	/** Credit lines (footer.ts). */
	footer: string[];
	/** Longer description for <desc> (e.g. the counting rule). */
	desc?: string;
	/** File name without extension. */
	filename: string;
}

export const EXPORT_FONT = "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PAD = 16;
const TITLE_SIZE = 18;
const SUB_SIZE = 13;
const FOOT_SIZE = 10.5;

export function escapeXml(s: string): string {
	return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Word wrap by an average glyph width (≈ 0.55 em for sans-serif: the SVG is measured nowhere), at least 10 characters a line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const maxChars = Math.max(10, Math.floor(maxWidth / (fontSize * 0.55)));
	return wrapWords(text, maxChars, (s) => s.length);
}

export interface FrameInput extends ExportMeta {
	width: number;
	chartHeight: number;
	/** Serialised inner markup of the chart (children of its <svg>), styles already inlined. */
	chartMarkup: string;
	/** Optional CSS (e.g. an embedded @font-face) placed in <style>. */
	css?: string;
}

/** Builds the standalone export SVG around the chart markup. Pure string builder. */
export function buildExportSvg(input: FrameInput): { svg: string; width: number; height: number } {
	const w = Math.round(input.width) + 2 * PAD;
	const inner = w - 2 * PAD;
	const titleLines = wrapText(input.title, inner, TITLE_SIZE);
	const subLines = input.subtitle ? wrapText(input.subtitle, inner, SUB_SIZE) : [];
	const footLines = input.footer.flatMap((l) => wrapText(l, inner, FOOT_SIZE));
	let y = PAD;
	const texts: string[] = [];
	const text = (s: string, size: number, weight: number, fill: string) => {
		y += size * 1.3;
		texts.push(
			`<text x="${PAD}" y="${y.toFixed(1)}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(s)}</text>`
		);
	};
	for (const l of titleLines) text(l, TITLE_SIZE, 700, '#1a1a1a');
	for (const l of subLines) text(l, SUB_SIZE, 400, '#4a4a4a');
	y += 10;
	const chartTop = y;
	y += input.chartHeight + 8;
	texts.push(`<line x1="${PAD}" x2="${w - PAD}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#d0d0d0" stroke-width="1"/>`);
	y += 2;
	for (const l of footLines) text(l, FOOT_SIZE, 400, '#595959');
	const h = Math.ceil(y + PAD);
	const desc = [input.subtitle, input.desc, ...input.footer].filter(Boolean).join('\n');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">` +
		`<title>${escapeXml(input.title)}</title><desc>${escapeXml(desc)}</desc>` +
		(input.css ? `<style>${input.css}</style>` : '') +
		`<rect width="${w}" height="${h}" fill="#ffffff"/>` +
		texts.join('') +
		`<g transform="translate(${PAD},${chartTop.toFixed(1)})" font-family="${escapeXml(EXPORT_FONT)}">${input.chartMarkup}</g>` +
		`</svg>`;
	return { svg, width: w, height: h };
}

/** Presentation properties copied from computed style to attributes, with their initial values. */
const STYLE_PROPS: Record<string, string | null> = {
	fill: null,
	'fill-opacity': '1',
	stroke: 'none',
	'stroke-width': null,
	'stroke-dasharray': 'none',
	'stroke-opacity': '1',
	opacity: '1',
	'font-size': null,
	'font-weight': null,
	'font-style': 'normal',
	'text-anchor': 'start',
	'dominant-baseline': 'auto',
	visibility: 'visible'
};
const NOT_INHERITED = new Set(['opacity']);

/**
 * Clones a rendered <svg>, writes each element's computed presentation style as attributes (only
 * where it differs from what the element would inherit or its initial value, to keep the file
 * small), and drops what only matters on screen (classes, focus, handlers, data-*, [data-export="skip"]).
 */
export function inlineChartSvg(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const src = [svg as Element, ...svg.querySelectorAll('*')];
	const dst = [clone as Element, ...clone.querySelectorAll('*')];
	const computed = new Map<Element, CSSStyleDeclaration>();
	const style = (e: Element) => {
		let cs = computed.get(e);
		if (!cs) computed.set(e, (cs = getComputedStyle(e)));
		return cs;
	};
	for (let i = 0; i < src.length; i++) {
		const cs = style(src[i]);
		const parent = i > 0 ? src[i].parentElement : null;
		const el = dst[i];
		for (const [p, initial] of Object.entries(STYLE_PROPS)) {
			const v = cs.getPropertyValue(p);
			if (!v) continue;
			const inherited = parent && !NOT_INHERITED.has(p) ? style(parent).getPropertyValue(p) : initial;
			if (v !== inherited || (i === 0 && v !== initial)) el.setAttribute(p, v);
		}
		for (const a of [...el.attributes]) {
			const n = a.name;
			if (n === 'class' || n === 'style' || n === 'tabindex' || n === 'role' || n.startsWith('on') || n.startsWith('aria-') || (n.startsWith('data-') && n !== 'data-export'))
				el.removeAttribute(n);
		}
	}
	clone.querySelectorAll('[data-export="skip"]').forEach((n) => n.remove());
	clone.querySelectorAll('[data-export]').forEach((n) => n.removeAttribute('data-export'));
	// The root's own presentation attributes (inherited by everything) go on a wrapping group.
	const rootAttrs = Object.keys(STYLE_PROPS)
		.filter((p) => clone.hasAttribute(p))
		.map((p) => `${p}="${escapeXml(clone.getAttribute(p)!)}"`)
		.join(' ');
	// innerHTML is HTML serialisation: a no-break space (French numbers, "98 %") comes out as &nbsp;, which XML does not know.
	return `<g ${rootAttrs}>${clone.innerHTML.replaceAll('&nbsp;', '&#160;')}</g>`;
}

/** The full export SVG of a rendered chart. */
export function chartSvg(svg: SVGSVGElement, meta: ExportMeta, css?: string): { svg: string; width: number; height: number } {
	const box = svg.getBoundingClientRect();
	const width = Number(svg.getAttribute('width')) || box.width;
	const height = Number(svg.getAttribute('height')) || box.height;
	return buildExportSvg({ ...meta, width, chartHeight: height, chartMarkup: inlineChartSvg(svg), css });
}
