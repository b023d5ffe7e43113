/**
 * npm run glyphs:build — pre-rendered SDF glyphs for the map's labels (static/glyphs/<font>/<range>.pbf),
 * so MapLibre loads them from the origin instead of rasterising a local font on the main thread.
 * The font is Noto Sans Regular (@fontsource/noto-sans, latin + latin-ext); glyphs are drawn with
 * TinySDF (the rasteriser MapLibre itself uses for local fonts) on a Node canvas (@napi-rs/canvas)
 * and encoded in MapLibre's glyph protocol buffer format with `pbf`. Only the 256-glyph ranges that
 * the label names (static/basemap/labels.json) need are written, plus the Basic Latin range.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import TinySDF from '@mapbox/tiny-sdf';
import { PbfWriter } from 'pbf';
import { GLYPH_FONT } from '../src/lib/map/style';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'static/glyphs', GLYPH_FONT);
const require = createRequire(import.meta.url);
const FAMILY = 'AtlasNotoSans';

for (const subset of ['latin', 'latin-ext']) {
	GlobalFonts.registerFromPath(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff2`), FAMILY);
}

/** The ranges (start code point, step 256) the labels use. */
function rangesNeeded(): number[] {
	const labels = JSON.parse(readFileSync(path.join(ROOT, 'static/basemap/labels.json'), 'utf8')) as {
		countries: { fr: string; en: string }[];
		regions: { name: string }[];
	};
	const ranges = new Set<number>([0]);
	const texts = [...labels.countries.flatMap((c) => [c.fr, c.en]), ...labels.regions.map((r) => r.name)];
	for (const t of texts) for (const ch of t) ranges.add(Math.floor(ch.codePointAt(0)! / 256) * 256);
	return [...ranges].sort((a, b) => a - b);
}

/** TinySDF at MapLibre's glyph size (24 px, 3 px buffer, radius 8, cutoff 0.25), on a Node canvas. */
class NodeSDF extends TinySDF {
	_createCanvas(size: number) {
		return createCanvas(size, size) as unknown as HTMLCanvasElement;
	}
}

function encodeRange(sdf: TinySDF, start: number): Uint8Array {
	const pbf = new PbfWriter();
	pbf.writeMessage(1, (_: unknown, p: PbfWriter) => {
		p.writeStringField(1, GLYPH_FONT);
		p.writeStringField(2, `${start}-${start + 255}`);
		for (let id = start; id < start + 256; id++) {
			// Control characters and code points the font lacks are left out (MapLibre skips them).
			if (id < 32 || (id >= 127 && id < 160)) continue;
			const g = sdf.draw(String.fromCodePoint(id));
			if (!g.glyphAdvance) continue;
			p.writeMessage(3, (_: unknown, q: PbfWriter) => {
				q.writeVarintField(1, id);
				if (g.glyphWidth && g.glyphHeight) q.writeBytesField(2, new Uint8Array(g.data.buffer, g.data.byteOffset, g.data.length));
				q.writeVarintField(3, g.glyphWidth);
				q.writeVarintField(4, g.glyphHeight);
				q.writeSVarintField(5, g.glyphLeft);
				// TinySDF's top is above the baseline; the protocol's is from an origin above the em box (MapLibre's own offset for local glyphs, at 1×).
				q.writeSVarintField(6, Math.round(g.glyphTop - 27));
				q.writeVarintField(7, Math.round(g.glyphAdvance));
			}, null);
		}
	}, null);
	return pbf.finish();
}

const sdf = new NodeSDF({ fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25, fontFamily: FAMILY });
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const start of rangesNeeded()) {
	const bytes = encodeRange(sdf, start);
	writeFileSync(path.join(OUT, `${start}-${start + 255}.pbf`), bytes);
	console.log(`${GLYPH_FONT}/${start}-${start + 255}.pbf  ${bytes.length} bytes`);
}
