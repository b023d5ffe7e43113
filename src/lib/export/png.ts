/**
 * PNG export: rasterises an export SVG at 2× on a canvas with the Noto Sans font embedded (the
 * SVG-as-image cannot see the page's fonts), checks the result is not blank, and adds tEXt chunks.
 * The map composes its own canvas and reuses `canvasToPng`.
 */
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import { addPngText } from './png-text';

export interface PngMeta {
	title: string;
	/** Source line(s): datasets and licences. */
	source: string;
	copyright: string;
	url?: string;
}

let fontCss: Promise<string> | null = null;

async function base64Of(url: string): Promise<string> {
	const buf = new Uint8Array(await (await fetch(url)).arrayBuffer());
	let s = '';
	for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
	return btoa(s);
}

/** @font-face rules with the bundled Noto Sans as data URIs (fetched once from our own origin). */
export function embeddedFontCss(): Promise<string> {
	fontCss ??= Promise.all([base64Of(regularUrl), base64Of(boldUrl)]).then(
		([r, b]) =>
			`@font-face{font-family:'Noto Sans';font-weight:400;src:url(data:font/woff2;base64,${r}) format('woff2')}` +
			`@font-face{font-family:'Noto Sans';font-weight:700;src:url(data:font/woff2;base64,${b}) format('woff2')}`
	);
	return fontCss;
}

/** true when the canvas holds more than one colour (sampled on a grid). */
export function canvasHasContent(canvas: HTMLCanvasElement): boolean {
	const ctx = canvas.getContext('2d');
	if (!ctx) return false;
	const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
	const first = data[0] | (data[1] << 8) | (data[2] << 16);
	const step = Math.max(4, Math.floor(data.length / 4 / 200_000)) * 4;
	for (let i = 0; i < data.length; i += step) {
		if ((data[i] | (data[i + 1] << 8) | (data[i + 2] << 16)) !== first) return true;
	}
	return false;
}

/** Canvas → PNG Blob with metadata; throws when the canvas is blank (an export must never be empty). */
export async function canvasToPng(canvas: HTMLCanvasElement, meta: PngMeta): Promise<Blob> {
	if (!canvasHasContent(canvas)) throw new Error('PNG export: the image came out blank');
	const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
	if (!blob) throw new Error('PNG export: the browser could not encode the canvas');
	const bytes = addPngText(new Uint8Array(await blob.arrayBuffer()), {
		Title: meta.title,
		Source: meta.source,
		Copyright: meta.copyright,
		URL: meta.url ?? '',
		Software: 'Atlas de la coopération décentralisée'
	});
	return new Blob([bytes as BlobPart], { type: 'image/png' });
}

/** Loads an SVG string as an image (through a Blob URL, revoked after). */
async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		return img;
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Rasterises a standalone SVG string at `scale`× (2 by default) into a PNG Blob. */
export async function svgToPng(svg: string, width: number, height: number, meta: PngMeta, scale = 2): Promise<Blob> {
	const css = await embeddedFontCss();
	const withFont = svg.replace(/(<svg[^>]*>)/, `$1<style>${css}</style>`);
	const img = await loadSvgImage(withFont);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return canvasToPng(canvas, meta);
}
