import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { buildExportSvg, escapeXml, wrapText } from '../../src/lib/export/svg';
import { addPngText, isPng, pngSize, readPngText } from '../../src/lib/export/png-text';
import { embedSnippet, heightMessages, RESIZE_SCRIPT } from '../../src/lib/export/embed';
import { footerLines } from '../../src/lib/export/footer';
import { translate } from '../../src/lib/i18n';
import { chartTitle, filterSummary } from '../../src/lib/charts/describe';
import { emptyFilters } from '../../src/lib/state/filters';
import type { Dataset } from '../../src/lib/data/model';
import { buildIndex } from '../../src/lib/data/query';

const TITLE = 'Partenariats par pays partenaire — Occitanie, 2020–2025';

describe('buildExportSvg', () => {
	const out = buildExportSvg({
		title: TITLE,
		subtitle: '9 enregistrements, Lauréats <MEAE> & co',
		footer: ['Sources : Jumelages (CC BY-SA 4.0)', 'Atlas de la coopération décentralisée — http://localhost:4173'],
		desc: 'Un partenariat compte une fois dans chaque barre.',
		filename: 'x',
		width: 640,
		chartHeight: 300,
		chartMarkup: '<g><rect width="10" height="10" fill="#d1495b"/><text>Suisse</text></g>'
	});

	it('is a standalone SVG with <title>, <desc>, the title as real text and no foreignObject', () => {
		expect(out.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(out.svg).toContain(`<title>${TITLE}</title>`);
		expect(out.svg).toMatch(/<desc>[^<]*Un partenariat compte/);
		expect(out.svg).toMatch(new RegExp(`<text[^>]*font-weight="700"[^>]*>Partenariats par pays partenaire`));
		expect(out.svg).not.toContain('foreignObject');
		expect(out.svg).toContain('Lauréats &lt;MEAE&gt; &amp; co');
		expect(out.svg).toContain('<text>Suisse</text>');
	});

	it('adds margins around the chart and grows to hold header, chart and footer', () => {
		expect(out.width).toBe(640 + 32);
		expect(out.height).toBeGreaterThan(300 + 60);
		expect(out.svg).toContain(`viewBox="0 0 672 ${out.height}"`);
		expect(out.svg).toMatch(/<g transform="translate\(16,[\d.]+\)"/);
	});
});

it.each([
	['short', 200, 12, 1],
	['Sources : Jumelages de villes françaises (listes Wikipédia) (CC BY-SA 4.0) ; Lauréats des appels à projets', 200, 10, 4]
])('wrapText(%j) fits the width', (text, width, size, minLines) => {
	const lines = wrapText(text, width, size);
	expect(lines.length).toBeGreaterThanOrEqual(minLines);
	expect(lines.join(' ')).toBe(text);
});

it('escapeXml', () => expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'));

describe('PNG tEXt chunks', () => {
	// A real 1×1 PNG (red pixel).
	const png = Uint8Array.from(
		atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
		(c) => c.charCodeAt(0)
	);
	it('adds Title/Source/Copyright after IHDR and keeps the image valid', () => {
		const out = addPngText(png, { Title: TITLE, Source: 'Wikipédia (CC BY-SA 4.0)', Copyright: 'CC BY-SA 4.0' });
		expect(isPng(out)).toBe(true);
		expect(pngSize(out)).toEqual({ width: 1, height: 1 });
		const text = readPngText(out);
		expect(text.Source).toBe('Wikipédia (CC BY-SA 4.0)');
		expect(text.Title).toBe('Partenariats par pays partenaire ? Occitanie, 2020?2025'); // tEXt is Latin-1
		expect(String.fromCharCode(...out.subarray(12, 16))).toBe('IHDR');
	});
	it('every chunk carries the CRC a PNG reader computes (checked with Node\'s zlib, not our code)', () => {
		const out = addPngText(png, { Title: TITLE, Source: 'Wikipédia (CC BY-SA 4.0)', Copyright: 'CC BY-SA 4.0' });
		const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
		const types: string[] = [];
		let at = 8;
		while (at < out.length) {
			const len = view.getUint32(at);
			const typeAndData = out.subarray(at + 4, at + 8 + len);
			types.push(String.fromCharCode(...typeAndData.subarray(0, 4)));
			expect(view.getUint32(at + 8 + len), types.at(-1)).toBe(zlib.crc32(typeAndData));
			at += 12 + len;
		}
		expect(at).toBe(out.length);
		expect(types).toEqual(['IHDR', 'tEXt', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
	});
	it('refuses what is not a PNG', () => expect(() => addPngText(new Uint8Array([1, 2, 3]), { a: 'b' })).toThrow(/not a PNG/));
});

describe('embeds', () => {
	it('snippet: escaped iframe + resize script matching by event.source', () => {
		const s = embedSnippet({ src: 'https://atlas.example/embed/chart/country?region=76&from=2020', id: 'atlas-country', title: 'Pays "partenaires"', height: 500 });
		expect(s).toContain('src="https://atlas.example/embed/chart/country?region=76&amp;from=2020"');
		expect(s).toContain('title="Pays &quot;partenaires&quot;"');
		expect(s).toContain('data-atlas-embed');
		expect(RESIZE_SCRIPT).toContain('contentWindow===e.source');
	});
	it('height messages: Datawrapper shape and our own type', () => {
		expect(heightMessages('atlas-year', 431.2)).toEqual([
			{ 'datawrapper-height': { 'atlas-year': 432 } },
			{ type: 'atlas-embed-height', id: 'atlas-year', height: 432 }
		]);
	});
});

describe('titles and footers', () => {
	it.each([
		[{}, 'Partenariats par pays partenaire'],
		[{ regions: ['76'], yearMin: 2020, yearMax: 2025 }, TITLE],
		[{ countries: ['SN'], yearMin: 2024 }, 'Partenariats par pays partenaire — Sénégal, depuis 2024'],
		[{ q: 'bethleem' }, 'Partenariats par pays partenaire — recherche « bethleem »']
	])('%j → %s', (f, title) => expect(chartTitle('charts.country.title', { ...emptyFilters(), ...f }, 'fr')).toBe(title));

	it('English summary', () => expect(filterSummary({ ...emptyFilters(), regions: ['76', 'none'], linkTypes: ['jumelage'] }, 'en')).toBe('Occitanie, Region not identified, Twinning'));

	it('footer carries datasets, licences, date and product URL', () => {
		const ds: Dataset[] = [
			{ id: 'twin-towns', title: 'Jumelages (Wikipédia)', licence: 'CC BY-SA 4.0', sourceUrl: null, date: '2026-11-23', description: '' }
		];
		const lines = footerLines(ds, { lang: 'fr', productUrl: 'http://localhost:4173', basemap: true });
		expect(lines).toEqual([
			'Sources : Jumelages (Wikipédia) (CC BY-SA 4.0)',
			'Données au 2026-11-23',
			translate('fr', 'charts.footer.basemap'),
			'Atlas de la coopération décentralisée — http://localhost:4173'
		]);
	});
});

describe('chart subtitle states the active filters', () => {
	it.each([
		[{}, '3 liens · aucun filtre'],
		[{ regions: ['76'], yearMin: 2020, yearMax: 2025 }, '3 liens · filtres : Occitanie, 2020–2025']
	])('%j → %s', async (f, text) => {
		const { chartSubtitle } = await import('../../src/lib/charts/meta');
		const three = { index: buildIndex([]), positions: Uint32Array.of(0, 1, 2) };
		expect(chartSubtitle(three, { ...emptyFilters(), ...f }, 'fr')).toBe(text);
	});
});
