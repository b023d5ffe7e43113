/**
 * The map's MapLibre style as data, plus the data-driven expressions (point sizes, choropleth classes,
 * selection filters). Pure: no DOM, tested in Node. No `sprite`; label glyphs are pre-rendered SDF
 * ranges served by the site itself (static/glyphs/, scripts/build-glyphs.ts), so the map requests
 * nothing outside the origin and rasterises no font on the main thread.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { MapMode, Selection } from '$lib/state/filters';

import { CHOROPLETH_COLORS, COLORS } from '$lib/palette';

export { CHOROPLETH_COLORS, COLORS };

/** The labels' font: its glyph ranges are static/glyphs/<GLYPH_FONT>/<start>-<end>.pbf. */
export const GLYPH_FONT = 'Noto Sans Regular';
export const FONT_STACK = [GLYPH_FONT];
/** The style's `glyphs` template for a site at `origin` + `base` (MapLibre wants an absolute URL). */
export function glyphsUrl(origin: string, base: string): string {
	return `${origin}${base}/glyphs/{fontstack}/{range}.pbf`;
}

export const ATTRIBUTION = '© Natural Earth';

/** Point radius (px) for a place with `links` links; mirrored by pointRadiusExpression. */
export function pointRadius(links: number): number {
	return Math.min(18, 2.5 + 1.5 * Math.sqrt(Math.max(0, links)));
}
/** Bubble radius (px) for a région or country gathering `links` links; mirrored by bubbleRadiusExpression. */
export function bubbleRadius(links: number): number {
	return Math.min(28, 2.5 + 0.9 * Math.sqrt(Math.max(0, links)));
}
/** Flow width (px) for `count` records; mirrored by flowWidthExpression. */
export function flowWidth(count: number): number {
	return Math.min(12, 0.6 + 0.5 * Math.sqrt(Math.max(0, count)));
}

const sqrtOf = (prop: string): ExpressionSpecification => ['sqrt', ['max', 0, ['get', prop]]];
export const pointRadiusExpression: ExpressionSpecification = ['min', 18, ['+', 2.5, ['*', 1.5, sqrtOf('links')]]];
export const bubbleRadiusExpression: ExpressionSpecification = ['min', 28, ['+', 2.5, ['*', 0.9, sqrtOf('links')]]];
export const flowWidthExpression: ExpressionSpecification = ['min', 12, ['+', 0.6, ['*', 0.5, sqrtOf('count')]]];

/** Three round values for the size legend, up to `max`: e.g. 1, 10, 100. */
export function legendSizes(max: number): number[] {
	if (max <= 1) return [1];
	const top = niceFloor(max);
	const mid = niceFloor(Math.sqrt(top));
	return [...new Set([1, mid, top])].filter((v) => v >= 1 && v <= max);
}

function niceFloor(v: number): number {
	const p = 10 ** Math.floor(Math.log10(v));
	for (const m of [5, 2, 1]) if (m * p <= v) return m * p;
	return p;
}

/**
 * Class lower bounds for links per country, at most 5, from the 1-2-5 series, spread geometrically
 * up to the largest value: e.g. [1, 5, 20, 100, 500].
 */
export function choroplethBreaks(values: Iterable<number>): number[] {
	let max = 0;
	for (const v of values) if (v > max) max = v;
	if (max < 1) return [];
	const series: number[] = [];
	for (let p = 1; p <= max; p *= 10) for (const m of [1, 2, 5]) if (m * p <= max) series.push(m * p);
	if (series.length <= 5) return series;
	const out: number[] = [];
	for (let i = 0; i < 5; i++) out.push(series[Math.round((i * (series.length - 1)) / 4)]);
	return [...new Set(out)];
}

/** Class index (0-based) of `value` for `breaks`, or -1 below the first class. */
export function choroplethClass(value: number, breaks: number[]): number {
	let c = -1;
	for (let i = 0; i < breaks.length; i++) if (value >= breaks[i]) c = i;
	return c;
}

/** fill-color for countries: a lookup of links by ISO code, stepped into the classes. */
export function choroplethFill(byCountry: Map<string, number>, breaks: number[]): ExpressionSpecification | string {
	if (!breaks.length) return COLORS.land;
	const counts = Object.fromEntries([...byCountry].filter(([iso]) => /^[A-Z]{2}$/.test(iso)));
	const value: ExpressionSpecification = ['coalesce', ['get', ['get', 'iso'], ['literal', counts]], 0];
	const steps: (string | number)[] = [];
	breaks.forEach((b, i) => steps.push(b, CHOROPLETH_COLORS[i + CHOROPLETH_COLORS.length - breaks.length]));
	return ['step', value, COLORS.land, ...steps] as ExpressionSpecification;
}

/** Colour of each class for the legend, aligned with choroplethFill. */
export function choroplethColors(breaks: number[]): string[] {
	return breaks.map((_, i) => CHOROPLETH_COLORS[i + CHOROPLETH_COLORS.length - breaks.length]);
}

/** Matches nothing (an expression: a legacy-looking ['==', 1, 0] is rejected). */
const NOTHING: FilterSpecification = ['==', ['literal', 0], 1];

/** Filter of the arcs behind a selection (drawn highlighted at every zoom). */
export function selectedArcsFilter(sel: Selection | null): FilterSpecification {
	if (!sel) return NOTHING;
	switch (sel.kind) {
		case 'french':
			return ['==', ['get', 'from'], sel.code];
		case 'partner':
			return ['==', ['get', 'to'], sel.key];
		case 'country':
			return ['==', ['get', 'country'], sel.iso];
		case 'link':
			return ['all', ['==', ['get', 'from'], sel.from], ['==', ['get', 'to'], sel.to]];
		default:
			return NOTHING;
	}
}

/** Filter of the selected point on the French or partner point layer. */
export function selectedPointFilter(sel: Selection | null, side: 'french' | 'partner'): FilterSpecification {
	if (sel?.kind === 'french' && side === 'french') return ['==', ['get', 'key'], sel.code];
	if (sel?.kind === 'partner' && side === 'partner') return ['==', ['get', 'key'], sel.key];
	if (sel?.kind === 'link') return ['==', ['get', 'key'], side === 'french' ? sel.from : sel.to];
	return NOTHING;
}

export function selectedCountryFilter(sel: Selection | null): FilterSpecification {
	return sel?.kind === 'country' ? ['==', ['get', 'iso'], sel.iso] : NOTHING;
}

/** Layers shown only in one mode. */
export const LINK_LAYERS = ['flows', 'arcs', 'arcs-approx', 'country-bubbles', 'partner-points', 'partner-selected'] as const;

export function visibility(layer: string, mode: MapMode): 'visible' | 'none' {
	return mode === 'choropleth' && (LINK_LAYERS as readonly string[]).includes(layer) ? 'none' : 'visible';
}

/** Layers whose features are clickable, top first. */
export const INTERACTIVE_LAYERS = [
	'french-points',
	'partner-points',
	'region-bubbles',
	'country-bubbles',
	'arcs-selected',
	'arcs',
	'arcs-approx',
	'flows'
] as const;

export interface BasemapData {
	countries: FeatureCollection;
	departements: FeatureCollection;
	regions: FeatureCollection;
	countryLabels: FeatureCollection;
	regionLabels: FeatureCollection;
}

export interface StyleOptions {
	lang: 'fr' | 'en';
	mode: MapMode;
	/** Zoom from which individual points and arcs replace the aggregated flows (aggregate-flows.ts). */
	detailZoom: number;
	basemap: BasemapData;
	selection?: Selection | null;
	/** Glyph URL template (glyphsUrl); without it MapLibre draws labels from a local font. */
	glyphs?: string;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const DATA_SOURCES = ['flows', 'region-bubbles', 'country-bubbles', 'arcs', 'french-points', 'partner-points'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** Zoom ranges of the aggregated layers (below detailZoom) and the detailed ones (from it); 0 = always detailed. */
export function zoomRanges(detailZoom: number): { aggregated: { minzoom: number; maxzoom: number }; detailed: { minzoom: number; maxzoom: number } } {
	return { aggregated: { minzoom: 0, maxzoom: detailZoom }, detailed: { minzoom: detailZoom, maxzoom: 24 } };
}
export const AGGREGATED_LAYERS = ['flows', 'country-bubbles', 'region-bubbles'] as const;
export const DETAILED_LAYERS = ['arcs', 'arcs-approx', 'partner-points', 'french-points'] as const;

/**
 * Basemap sources drawn only from FRANCE_MINZOOM (région and département lines, région labels): they
 * start empty and the controller fills them on the first zoom-in, so the world view indexes only the
 * countries.
 */
export const FRANCE_SOURCES = { departements: 'departements', regions: 'regions', 'region-labels': 'regionLabels' } as const;
export const FRANCE_MINZOOM = 3;

/** The whole style. Data sources start empty; the component fills them with setData. */
export function buildStyle(o: StyleOptions): StyleSpecification {
	const sel = o.selection ?? null;
	const geo = (data: FeatureCollection) => ({ type: 'geojson' as const, data, attribution: ATTRIBUTION });
	const dataSource = () => ({ type: 'geojson' as const, data: EMPTY, buffer: 64, tolerance: 0.5 });
	const vis = (id: string) => ({ visibility: visibility(id, o.mode) });
	const { aggregated, detailed } = zoomRanges(o.detailZoom);
	const layers: LayerSpecification[] = [
		{ id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
		{ id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': COLORS.land } },
		{ id: 'departements-line', type: 'line', source: 'departements', minzoom: 5, paint: { 'line-color': COLORS.departementLine, 'line-width': 0.6 } },
		{ id: 'regions-line', type: 'line', source: 'regions', minzoom: FRANCE_MINZOOM, paint: { 'line-color': COLORS.regionLine, 'line-width': 0.8 } },
		{ id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': COLORS.border, 'line-width': 0.6 } },
		{ id: 'countries-selected', type: 'line', source: 'countries', filter: selectedCountryFilter(sel), paint: { 'line-color': COLORS.selected, 'line-width': 2.5 } },
		{
			id: 'flows',
			type: 'line',
			source: 'flows',
			...aggregated,
			layout: { ...vis('flows'), 'line-cap': 'round' },
			paint: { 'line-color': COLORS.link, 'line-opacity': 0.4, 'line-width': flowWidthExpression }
		},
		arcLayer('arcs', 0, detailed, o.mode),
		// Arcs to approximately placed partners are dashed (a separate layer: dasharray is not data-driven everywhere).
		arcLayer('arcs-approx', 1, detailed, o.mode),
		{
			id: 'arcs-selected',
			type: 'line',
			source: 'arcs',
			filter: selectedArcsFilter(sel),
			paint: { 'line-color': COLORS.selected, 'line-width': 2.2 }
		},
		{
			id: 'country-bubbles',
			type: 'circle',
			source: 'country-bubbles',
			...aggregated,
			layout: vis('country-bubbles'),
			paint: {
				'circle-color': COLORS.partner,
				'circle-opacity': 0.75,
				'circle-radius': bubbleRadiusExpression,
				'circle-stroke-color': COLORS.halo,
				'circle-stroke-width': 1
			}
		},
		{
			id: 'region-bubbles',
			type: 'circle',
			source: 'region-bubbles',
			...aggregated,
			paint: {
				'circle-color': COLORS.french,
				'circle-opacity': 0.8,
				'circle-radius': bubbleRadiusExpression,
				'circle-stroke-color': COLORS.halo,
				'circle-stroke-width': 1
			}
		},
		{
			id: 'partner-points',
			type: 'circle',
			source: 'partner-points',
			...detailed,
			layout: vis('partner-points'),
			paint: {
				// Approximate partners (country/admin-1 centroid) are hollow rings.
				// Partners in France (overseas) take the French colour: a link inside France.
				'circle-color': ['case', ['==', ['get', 'approx'], 1], COLORS.halo, ['==', ['get', 'domestic'], 1], COLORS.french, COLORS.partner],
				'circle-opacity': ['case', ['==', ['get', 'approx'], 1], 0.35, 0.85],
				'circle-radius': pointRadiusExpression,
				'circle-stroke-color': ['case', ['==', ['get', 'approx'], 1], ['case', ['==', ['get', 'domestic'], 1], COLORS.french, COLORS.partner], COLORS.halo],
				'circle-stroke-width': ['case', ['==', ['get', 'approx'], 1], 1.6, 0.8]
			}
		},
		{
			id: 'french-points',
			type: 'circle',
			source: 'french-points',
			...detailed,
			paint: {
				'circle-color': COLORS.french,
				'circle-opacity': 0.85,
				'circle-radius': pointRadiusExpression,
				'circle-stroke-color': COLORS.halo,
				'circle-stroke-width': 0.8
			}
		},
		selectedPointLayer('partner', sel, o.mode),
		selectedPointLayer('french', sel, o.mode),
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'country-labels',
			layout: {
				'text-field': ['get', o.lang],
				'text-font': FONT_STACK,
				'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 14],
				'text-max-width': 7,
				'text-padding': 3,
				'symbol-sort-key': ['-', 0, ['get', 'area']]
			},
			paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 }
		},
		{
			id: 'region-labels',
			type: 'symbol',
			source: 'region-labels',
			minzoom: Math.max(FRANCE_MINZOOM, 4.5),
			layout: { 'text-field': ['get', 'name'], 'text-font': FONT_STACK, 'text-size': 12, 'text-max-width': 8 },
			paint: { 'text-color': COLORS.french, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 }
		}
	];
	return {
		version: 8,
		...(o.glyphs ? { glyphs: o.glyphs } : {}),
		sources: {
			countries: geo(o.basemap.countries),
			departements: geo(EMPTY),
			regions: geo(EMPTY),
			'country-labels': geo(o.basemap.countryLabels),
			'region-labels': geo(EMPTY),
			...Object.fromEntries(DATA_SOURCES.map((id) => [id, dataSource()]))
		},
		layers
	};
}

function arcLayer(id: string, approx: 0 | 1, zoomRange: { minzoom: number; maxzoom: number }, mode: MapMode): LayerSpecification {
	return {
		id,
		type: 'line',
		source: 'arcs',
		...zoomRange,
		filter: ['==', ['get', 'approx'], approx],
		layout: { visibility: visibility(id, mode) },
		paint: {
			'line-color': COLORS.link,
			'line-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0.45, 7, 0.3],
			'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 8, 1.4],
			...(approx ? { 'line-dasharray': [2, 2] } : {})
		}
	};
}

function selectedPointLayer(side: 'french' | 'partner', sel: Selection | null, mode: MapMode): LayerSpecification {
	const id = `${side}-selected`;
	return {
		id,
		type: 'circle',
		source: `${side}-points`,
		filter: selectedPointFilter(sel, side),
		layout: { visibility: visibility(id, mode) },
		paint: {
			'circle-color': 'rgba(0,0,0,0)',
			'circle-radius': ['+', 3, pointRadiusExpression],
			'circle-stroke-color': COLORS.selected,
			'circle-stroke-width': 3
		}
	};
}
