import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { GLYPH_FONT } from '../../src/lib/map/style';

/** The committed glyph ranges (scripts/build-glyphs.ts) hold every character of every map label. */
describe('label glyphs', () => {
	const dir = `static/glyphs/${GLYPH_FONT}`;
	const ids = new Map<number, { width: number; advance: number; bitmap: number }>();
	for (const file of readdirSync(dir)) {
		const pbf = new PbfReader(readFileSync(`${dir}/${file}`));
		pbf.readFields((tag, _, p) => {
			if (tag !== 1) return;
			p.readMessage((t, __, q) => {
				if (t !== 3) return;
				const g = q.readMessage((k, o: Record<string, number>, r) => {
					if (k === 1) o.id = r.readVarint();
					else if (k === 2) o.bitmap = r.readBytes().length;
					else if (k === 3) o.width = r.readVarint();
					else if (k === 4) o.height = r.readVarint();
					else if (k === 7) o.advance = r.readVarint();
				}, {} as Record<string, number>);
				ids.set(g.id, { width: g.width, advance: g.advance, bitmap: g.bitmap ?? 0 });
			}, null);
		}, null);
	}

	it('cover the country and région names in both languages, with SDF bitmaps of MapLibre size', () => {
		const labels = JSON.parse(readFileSync('static/basemap/labels.json', 'utf8')) as { countries: { fr: string; en: string }[]; regions: { name: string }[] };
		const missing = new Set<string>();
		for (const t of [...labels.countries.flatMap((c) => [c.fr, c.en]), ...labels.regions.map((r) => r.name)]) for (const ch of t) if (!ids.has(ch.codePointAt(0)!)) missing.add(ch);
		expect([...missing]).toEqual([]);
		const e = ids.get('é'.codePointAt(0)!)!;
		expect(e.advance).toBeGreaterThan(5);
		expect(e.bitmap).toBeGreaterThan(0);
	});
});
