/**
 * PNG of the current map view at 2×: an offscreen map is rendered at the same size with `pixelRatio`,
 * captured after `idle`, then composed on one canvas with title, subtitle, legend, footer and the
 * basemap attribution (never dropped). Title/subtitle/footer come in as plain strings (export area).
 * `layoutExport` is pure (tested in Node); the rest needs a browser.
 */
import * as maplibregl from 'maplibre-gl';
import { ATTRIBUTION } from './style';
import type { LegendGroup } from './legend';
import { wrapWords } from '$lib/export/wrap';

export interface MapPngOptions {
	title: string;
	/** Active filters, as one line of text. */
	subtitle?: string;
	/** Sources, licence, data date, product name/URL: one string per line. */
	footer: string[];
	legend: LegendGroup[];
	attribution?: string;
	/** Map area in CSS pixels (defaults to the live map's size). */
	width?: number;
	height?: number;
	pixelRatio?: number;
	/** Give up waiting for the offscreen map after this long (ms). */
	timeoutMs?: number;
}

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const PAD = 16;
const TITLE = { size: 20, line: 26 };
const SUB = { size: 13, line: 18 };
const LEGEND = { size: 12, line: 22, title: 16 };
const FOOT = { size: 11, line: 15 };

type Measure = (text: string, font: string) => number;

export interface ExportLayout {
	width: number;
	height: number;
	titleLines: string[];
	subtitleLines: string[];
	mapTop: number;
	mapHeight: number;
	/** Legend rows: each item with its x position, the group titles inline. */
	legendTop: number;
	legendRows: { x: number; group?: string; entry?: LegendGroup['entries'][number] }[][];
	footerTop: number;
	footerLines: string[];
}

/** The export's word wrap (export/wrap.ts) to `max` px in `font`. */
const wrap = (text: string, font: string, max: number, measure: Measure): string[] => wrapWords(text, max, (s) => measure(s, font));

const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`;

/** Where everything goes on the composed image (CSS px). Pure, given a text measure. */
export function layoutExport(
	o: Pick<MapPngOptions, 'title' | 'subtitle' | 'footer' | 'legend'> & { width: number; mapHeight: number },
	measure: Measure
): ExportLayout {
	const inner = o.width - 2 * PAD;
	const titleLines = wrap(o.title, font(TITLE.size, 700), inner, measure);
	const subtitleLines = o.subtitle ? wrap(o.subtitle, font(SUB.size), inner, measure) : [];
	let y = PAD + titleLines.length * TITLE.line + subtitleLines.length * SUB.line + 8;
	const mapTop = y;
	y += o.mapHeight + 10;
	const legendTop = y;
	const rows: ExportLayout['legendRows'] = [];
	let row: ExportLayout['legendRows'][number] = [];
	let x = PAD;
	const place = (w: number, item: Omit<ExportLayout['legendRows'][number][number], 'x'>) => {
		if (x + w > o.width - PAD && row.length) {
			rows.push(row);
			row = [];
			x = PAD;
		}
		row.push({ x, ...item });
		x += w;
	};
	for (const g of o.legend) {
		place(measure(g.title, font(LEGEND.size, 700)) + 12, { group: g.title });
		for (const e of g.entries) {
			const symbol = e.kind === 'dot' ? Math.max(12, 2 * e.radius + 4) : 22;
			place(symbol + 6 + measure(e.label, font(LEGEND.size)) + 16, { entry: e });
		}
		if (x > PAD) x += 12;
	}
	if (row.length) rows.push(row);
	const rowHeight = (r: ExportLayout['legendRows'][number]) =>
		Math.max(LEGEND.line, ...r.map((i) => (i.entry?.kind === 'dot' ? 2 * i.entry.radius + 6 : 0)));
	y += rows.reduce((s, r) => s + rowHeight(r), 0) + 6;
	const footerTop = y;
	const footerLines = o.footer.flatMap((l) => wrap(l, font(FOOT.size), inner, measure));
	y += footerLines.length * FOOT.line + PAD;
	return { width: o.width, height: Math.ceil(y), titleLines, subtitleLines, mapTop, mapHeight: o.mapHeight, legendTop, legendRows: rows, footerTop, footerLines };
}

/** Renders `map`'s current view offscreen at `pixelRatio` and composes the final PNG. */
export async function exportMapPng(map: maplibregl.Map, o: MapPngOptions): Promise<Blob> {
	const live = map.getContainer();
	const width = Math.round(o.width ?? live.clientWidth);
	const height = Math.round(o.height ?? live.clientHeight);
	const ratio = o.pixelRatio ?? 2;
	const shot = await renderOffscreen(map, width, height, ratio, o.timeoutMs ?? 30_000);

	const probe = document.createElement('canvas').getContext('2d')!;
	const measure: Measure = (text, f) => {
		probe.font = f;
		return probe.measureText(text).width;
	};
	const lay = layoutExport({ ...o, width, mapHeight: height }, measure);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(lay.width * ratio);
	canvas.height = Math.round(lay.height * ratio);
	const ctx = canvas.getContext('2d')!;
	ctx.scale(ratio, ratio);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, lay.width, lay.height);
	ctx.textBaseline = 'top';

	let y = PAD;
	ctx.fillStyle = '#1a1a1a';
	ctx.font = font(TITLE.size, 700);
	for (const l of lay.titleLines) (ctx.fillText(l, PAD, y), (y += TITLE.line));
	ctx.fillStyle = '#4a4a4a';
	ctx.font = font(SUB.size);
	for (const l of lay.subtitleLines) (ctx.fillText(l, PAD, y), (y += SUB.line));

	ctx.drawImage(shot, 0, lay.mapTop, width, height);
	drawAttribution(ctx, o.attribution ?? ATTRIBUTION, width, lay.mapTop + height);

	drawLegend(ctx, lay);
	ctx.fillStyle = '#555555';
	ctx.font = font(FOOT.size);
	y = lay.footerTop;
	for (const l of lay.footerLines) (ctx.fillText(l, PAD, y), (y += FOOT.line));

	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}

function drawAttribution(ctx: CanvasRenderingContext2D, text: string, right: number, bottom: number): void {
	ctx.font = font(11);
	const w = ctx.measureText(text).width + 10;
	ctx.fillStyle = 'rgba(255,255,255,0.85)';
	ctx.fillRect(right - w, bottom - 17, w, 17);
	ctx.fillStyle = '#333333';
	ctx.fillText(text, right - w + 5, bottom - 14);
}

function drawLegend(ctx: CanvasRenderingContext2D, lay: ExportLayout): void {
	let y = lay.legendTop;
	for (const row of lay.legendRows) {
		const h = Math.max(LEGEND.line, ...row.map((i) => (i.entry?.kind === 'dot' ? 2 * i.entry.radius + 6 : 0)));
		const mid = y + h / 2;
		for (const item of row) {
			ctx.textBaseline = 'middle';
			if (item.group) {
				ctx.fillStyle = '#1a1a1a';
				ctx.font = font(LEGEND.size, 700);
				ctx.fillText(item.group, item.x, mid);
				continue;
			}
			const e = item.entry!;
			let x = item.x;
			ctx.lineWidth = 1.5;
			if (e.kind === 'dot') {
				const r = e.radius;
				ctx.beginPath();
				ctx.arc(x + Math.max(6, r + 2), mid, r, 0, 2 * Math.PI);
				ctx.fillStyle = e.hollow ? 'rgba(255,255,255,0.6)' : e.color;
				ctx.fill();
				ctx.strokeStyle = e.hollow ? e.color : '#ffffff';
				ctx.stroke();
				x += Math.max(12, 2 * r + 4) + 6;
			} else if (e.kind === 'line') {
				ctx.beginPath();
				ctx.setLineDash(e.dashed ? [4, 3] : []);
				ctx.moveTo(x, mid);
				ctx.lineTo(x + 22, mid);
				ctx.strokeStyle = e.color;
				ctx.lineWidth = e.width;
				ctx.stroke();
				ctx.setLineDash([]);
				x += 28;
			} else {
				ctx.fillStyle = e.color;
				ctx.fillRect(x, mid - 7, 22, 14);
				ctx.strokeStyle = '#999999';
				ctx.lineWidth = 0.5;
				ctx.strokeRect(x, mid - 7, 22, 14);
				x += 28;
			}
			ctx.fillStyle = '#1a1a1a';
			ctx.font = font(LEGEND.size);
			ctx.fillText(e.label, x, mid);
		}
		y += h;
	}
	ctx.textBaseline = 'top';
}

/** A hidden map of the same view at `ratio`, captured once idle. The container has a real size (not display:none). */
async function renderOffscreen(map: maplibregl.Map, width: number, height: number, ratio: number, timeoutMs: number): Promise<HTMLCanvasElement> {
	const container = document.createElement('div');
	Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width}px`, height: `${height}px`, pointerEvents: 'none' });
	container.setAttribute('aria-hidden', 'true');
	document.body.appendChild(container);
	let off: maplibregl.Map | null = null;
	try {
		off = new maplibregl.Map({
			container,
			style: map.getStyle(),
			center: map.getCenter(),
			zoom: map.getZoom(),
			bearing: map.getBearing(),
			pitch: map.getPitch(),
			pixelRatio: ratio,
			interactive: false,
			attributionControl: false,
			fadeDuration: 0,
			maxCanvasSize: [8192, 8192],
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		const m = off;
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`the export map was not ready after ${timeoutMs} ms`)), timeoutMs);
			m.once('idle', () => (clearTimeout(timer), resolve()));
		});
		const canvas = m.getCanvas();
		const expected = [Math.round(width * ratio), Math.round(height * ratio)];
		if (canvas.width !== expected[0] || canvas.height !== expected[1])
			throw new Error(`export canvas is ${canvas.width}×${canvas.height}, expected ${expected[0]}×${expected[1]} (too large for this browser: export a smaller view)`);
		// Copy before removing the map (removing it loses the WebGL context).
		const copy = document.createElement('canvas');
		copy.width = canvas.width;
		copy.height = canvas.height;
		copy.getContext('2d')!.drawImage(canvas, 0, 0);
		return copy;
	} finally {
		off?.remove();
		container.remove();
	}
}
