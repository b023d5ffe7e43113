import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { validateStyleMin, featureFilter, createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { Topology } from 'topojson-specification';
import {
	buildStyle,
	glyphsUrl,
	FRANCE_SOURCES,
	FRANCE_MINZOOM,
	bubbleRadius,
	bubbleRadiusExpression,
	choroplethBreaks,
	choroplethClass,
	choroplethFill,
	flowWidth,
	flowWidthExpression,
	legendSizes,
	pointRadius,
	pointRadiusExpression,
	selectedArcsFilter,
	selectedPointFilter,
	detailWanted,
	visibility
} from '../../src/lib/map/style';
import { basemapFrom } from '../../src/lib/map/basemap';
import type { BasemapLabels } from '../../src/lib/map/aggregate-flows';
import { boundsOf, roundView, sameView } from '../../src/lib/map/viewport';
import { tooltipFor, selectionFor } from '../../src/lib/map/layers';
import { layoutExport } from '../../src/lib/map/export-png';
import { legendGroups } from '../../src/lib/map/legend';

const read = <T>(f: string) => JSON.parse(readFileSync(`static/basemap/${f}`, 'utf8')) as T;
const basemap = basemapFrom(read<Topology>('world.topo.json'), read<Topology>('france.topo.json'), read<BasemapLabels>('labels.json'));

describe('the embedded basemap', () => {
	it('weighs well under 1 MB', () => {
		const total = ['world.topo.json', 'france.topo.json', 'labels.json'].reduce((s, f) => s + statSync(`static/basemap/${f}`).size, 0);
		expect(total).toBeLessThan(600_000);
	});

	it('has 101 départements carrying their INSEE région, and 18 régions', () => {
		const deps = basemap.data.departements.features.map((f) => f.properties as Record<string, string>);
		expect(deps.length).toBe(101);
		expect(deps.find((d) => d.code === '34')).toEqual({ code: '34', name: 'Hérault', region: '76', regionName: 'Occitanie' });
		expect(deps.find((d) => d.code === '77')?.name).toBe('Seine-et-Marne'); // Natural Earth: "Seien-et-Marne"
		expect(deps.find((d) => d.code === '976')?.region).toBe('06');
		const regions = basemap.data.regions.features.map((f) => (f.properties as Record<string, string>).code).sort();
		expect(regions).toEqual(['01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94']);
	});

	it('names countries in French and English at their label point', () => {
		const sn = basemap.labels.countries.find((c) => c.iso === 'SN')!;
		expect([sn.fr, sn.en]).toEqual(['Sénégal', 'Senegal']);
		expect(sn.lon).toBeCloseTo(-14.5, 0);
	});
});

describe('buildStyle', () => {
	const style = buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: basemap.data, selection: { kind: 'country', iso: 'SN' } });

	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style as never)).toEqual([]);
	});

	it('requests nothing outside the origin: glyphs from the site, no sprite, only inline GeoJSON sources', () => {
		expect(style).not.toHaveProperty('glyphs');
		const withGlyphs = buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: basemap.data, glyphs: glyphsUrl('http://localhost:4173', '/atlas') });
		expect(withGlyphs.glyphs).toBe('http://localhost:4173/atlas/glyphs/{fontstack}/{range}.pbf');
		expect(validateStyleMin(withGlyphs as never)).toEqual([]);
		expect(style).not.toHaveProperty('sprite');
		for (const s of Object.values(style.sources)) {
			expect(s.type).toBe('geojson');
			expect(typeof (s as { data: unknown }).data).toBe('object');
		}
		expect(JSON.stringify(style.layers)).not.toMatch(/https?:/);
	});

	it('starts with the world only: France-only sources are empty and their layers start at FRANCE_MINZOOM', () => {
		for (const id of Object.keys(FRANCE_SOURCES)) {
			expect((style.sources[id] as { data: { features: unknown[] } }).data.features).toEqual([]);
			for (const l of style.layers.filter((l) => 'source' in l && l.source === id)) expect(l.minzoom).toBeGreaterThanOrEqual(FRANCE_MINZOOM);
		}
		expect((style.sources.countries as { data: { features: unknown[] } }).data.features.length).toBeGreaterThan(200);
		// simplified to a pixel, more than MapLibre's default (0.375): lighter tiles at the first view
		expect(style.sources.countries).toMatchObject({ type: 'geojson', tolerance: 1 });
	});

	it('shows flows below detailZoom and individual arcs from it', () => {
		const z = (id: string) => style.layers.find((l) => l.id === id)!;
		expect(z('flows').maxzoom).toBe(4);
		expect(z('arcs').minzoom).toBe(4);
		expect(z('arcs-selected').minzoom).toBeUndefined();
	});

	it('can start without its label layers (added after the first idle), still a valid style', () => {
		const labelled = buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: basemap.data });
		const first = buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: basemap.data, labels: false });
		expect(labelled.layers.filter((l) => l.type === 'symbol').map((l) => l.id)).toEqual(['country-labels', 'region-labels']);
		expect(first.layers.filter((l) => l.type === 'symbol')).toEqual([]);
		expect(first.layers.map((l) => l.id)).toEqual(labelled.layers.map((l) => l.id).filter((id) => !id.endsWith('-labels')));
		expect(validateStyleMin(first as never)).toEqual([]);
	});

	it.each([
		[1.2, 4, null, false],
		[3.4, 4, null, false],
		[3.5, 4, null, true],
		[6, 4, null, true],
		[1.2, 4, { kind: 'country', iso: 'SN' }, true]
	] as const)('points and arcs at zoom %d (detail zoom %d, selection %o): %s', (zoom, dz, sel, wanted) => expect(detailWanted(zoom, dz, sel)).toBe(wanted));

	it.each([
		['flows', 'links', 'visible'],
		['flows', 'choropleth', 'none'],
		['partner-points', 'choropleth', 'none'],
		['french-points', 'choropleth', 'visible']
	] as const)('%s in %s mode is %s', (layer, mode, v) => expect(visibility(layer, mode)).toBe(v));
});

describe('data-driven expressions match their JS twins (legend = map)', () => {
	const evalExpr = (expr: unknown, props: Record<string, unknown>) => {
		const e = createExpression(expr, 'layers[0].paint.circle-radius');
		if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
		return e.value.evaluate({ zoom: 3 }, { type: 'Point', properties: props, geometry: [] } as never);
	};
	it.each([0, 1, 4, 50, 500, 25_000])('%i links', (n) => {
		expect(evalExpr(pointRadiusExpression, { links: n })).toBeCloseTo(pointRadius(n), 6);
		expect(evalExpr(bubbleRadiusExpression, { links: n })).toBeCloseTo(bubbleRadius(n), 6);
		expect(evalExpr(flowWidthExpression, { count: n })).toBeCloseTo(flowWidth(n), 6);
	});

	it('colours countries by class', () => {
		const breaks = choroplethBreaks([1, 3, 40, 700]);
		const fill = choroplethFill(new Map([['SN', 40], ['ML', 1], ['DE', 700]]), breaks);
		const color = (iso: string) => String(evalExpr(fill, { iso }));
		expect(color('SN')).not.toBe(color('ML'));
		expect(color('DE')).not.toBe(color('SN'));
		expect(color('FR')).toBe('#f4f1ea'); // no link: plain land
	});
});

describe('choropleth classes and legend sizes', () => {
	it.each([
		[[], []],
		[[1], [1]],
		[[1, 3, 12], [1, 2, 5, 10]],
		[[1, 40, 700], [1, 5, 20, 100, 500]],
		[[2, 25_000], [1, 10, 200, 2000, 20_000]]
	])('breaks of %j', (values, breaks) => expect(choroplethBreaks(values)).toEqual(breaks));

	it.each([
		[0, -1],
		[1, 0],
		[9, 2],
		[10, 3],
		[10_000, 4]
	])('class of %i', (v, c) => expect(choroplethClass(v, [1, 2, 5, 10, 100])).toBe(c));

	it.each([
		[1, [1]],
		[7, [1, 2, 5]],
		[3_800, [1, 20, 2000]]
	])('legend sizes up to %i', (max, sizes) => expect(legendSizes(max)).toEqual(sizes));

	it('legend says the same thing in both languages, with choropleth classes', () => {
		const fr = legendGroups({ lang: 'fr', mode: 'choropleth', detailed: true, maxLinks: 20, breaks: [1, 2, 5] });
		expect(fr.map((g) => g.title)).toEqual(['Légende', 'Taille : nombre de liens', 'Liens par pays partenaire']);
		expect(fr[2].entries.map((e) => e.label)).toEqual(['1', '2–4', '≥ 5']);
		const en = legendGroups({ lang: 'en', mode: 'links', detailed: true, maxLinks: 20, breaks: [] });
		expect(en[0].entries.map((e) => e.label)).toContain('Partner placed approximately');
	});
});

describe('selection filters pick the right features', () => {
	const arc = { from: '31555', to: 'SN:bargny', country: 'SN' };
	const matches = (filter: unknown, props: Record<string, unknown>) =>
		featureFilter(filter as never, 'layers[0].filter').filter({ zoom: 3 } as never, { type: 1, properties: props, geometry: [] } as never);
	it.each([
		[{ kind: 'french', code: '31555' }, true],
		[{ kind: 'french', code: '34172' }, false],
		[{ kind: 'partner', key: 'SN:bargny' }, true],
		[{ kind: 'country', iso: 'SN' }, true],
		[{ kind: 'link', from: '31555', to: 'SN:bargny' }, true],
		[{ kind: 'link', from: '31555', to: 'SN:dakar' }, false],
		[{ kind: 'record', id: 'x:2' }, false],
		[null, false]
	] as const)('%j → %s', (sel, expected) => expect(matches(selectedArcsFilter(sel as never), arc)).toBe(expected));

	it('rings the selected point on its own side only', () => {
		expect(matches(selectedPointFilter({ kind: 'french', code: '31555' }, 'french'), { key: '31555' })).toBe(true);
		expect(matches(selectedPointFilter({ kind: 'french', code: '31555' }, 'partner'), { key: '31555' })).toBe(false);
	});
});

describe('tooltips and clicks', () => {
	it('says a country-centroid partner is approximate, as text', () => {
		const tip = tooltipFor({ layer: 'partner-points', properties: { name: '<img src=x onerror=alert(1)>', countryName: 'Palestine', precision: 'country', links: 2 } }, 'fr');
		expect(tip.title).toBe('<img src=x onerror=alert(1)>');
		expect(tip.note).toBe('position approximative (centre du pays)');
		expect(tip.lines).toEqual(['Palestine', '2 liens']);
	});
	it.each([
		['french-points', { key: '81065' }, { kind: 'french', code: '81065' }],
		['partner-points', { key: 'PS:bethleem' }, { kind: 'partner', key: 'PS:bethleem' }],
		['arcs', { from: '81065', to: 'PS:bethleem' }, { kind: 'link', from: '81065', to: 'PS:bethleem' }],
		['flows', { country: 'SN' }, { kind: 'country', iso: 'SN' }],
		['flows', { country: 'none' }, null],
		['countries-fill', { iso: 'RW' }, { kind: 'country', iso: 'RW' }],
		['region-bubbles', { key: '76' }, null]
	])('click on %s %j', (layer, properties, sel) => expect(selectionFor({ layer, properties })).toEqual(sel));
});

describe('viewport', () => {
	it.each([
		['France', [[2.35, 48.86], [5.37, 43.3], [-4.49, 48.39]], [-4.49, 43.3, 5.37, 48.86]],
		['across ±180 (Fiji, Samoa)', [[178.4, -18.1], [-171.8, -13.8]], [178.4, -18.1, 188.2, -13.8]],
		['one point', [[1, 2]], [1, 2, 1, 2]]
	])('bounds of %s', (_, pts, b) => {
		const got = boundsOf(pts)!;
		got.forEach((v, i) => expect(v).toBeCloseTo(b[i], 6));
	});
	it('round-trips a view through URL precision', () => {
		const v = { lon: 2.123456789, lat: 46.987654321, zoom: 5.55555 };
		expect(roundView(v)).toEqual({ lon: 2.1235, lat: 46.9877, zoom: 5.56 });
		expect(sameView(v, roundView(v))).toBe(true);
		expect(sameView(v, { ...v, zoom: 6 })).toBe(false);
	});
});

describe('PNG export layout', () => {
	const measure = (t: string) => t.length * 7;
	it('wraps long lines and stacks title, map, legend and footer', () => {
		const legend = legendGroups({ lang: 'fr', mode: 'links', detailed: true, maxLinks: 100, breaks: [] });
		const lay = layoutExport({ title: 'Carte', subtitle: 'Pays : Sénégal', footer: ['Source : Atlas — Licence Ouverte', '© Natural Earth'], legend, width: 800, mapHeight: 500 }, measure);
		expect(lay.mapTop).toBeGreaterThan(0);
		expect(lay.legendTop).toBeGreaterThanOrEqual(lay.mapTop + 500);
		expect(lay.footerTop).toBeGreaterThan(lay.legendTop);
		expect(lay.height).toBeGreaterThan(lay.footerTop + 2 * 15);
		for (const row of lay.legendRows) for (const item of row) expect(item.x).toBeLessThan(800);
	});
});
