/**
 * The basemap layers: sea, French région and département lines, country borders, and the country
 * and région labels. Their sources hold the embedded basemap (map/basemap.ts); the France-only ones
 * start empty and are filled on the first zoom to FRANCE_MINZOOM (`fillFrance`). Nothing to hit.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { COLORS } from '$lib/palette';
import type { Lang } from '$lib/i18n/translate';
import { EMPTY, setSource, type MapLayer, type MapSurface, type TooltipContent } from './types';

export const ATTRIBUTION = '© Natural Earth';
/** The labels' font: its glyph ranges are static/glyphs/<GLYPH_FONT>/<start>-<end>.pbf. */
export const GLYPH_FONT = 'Noto Sans Regular';
export const FONT_STACK = [GLYPH_FONT];

export interface BasemapData {
	countries: FeatureCollection;
	departements: FeatureCollection;
	regions: FeatureCollection;
	countryLabels: FeatureCollection;
	regionLabels: FeatureCollection;
}

/** The countries' source, also drawn by the choropleth and the selection layers. */
export const COUNTRIES_SOURCE = 'countries';
/** Simplification of the countries' tiles, in screen pixels. */
export const COUNTRIES_TOLERANCE = 1;

/**
 * Basemap sources drawn only from FRANCE_MINZOOM (région and département lines, région labels): they
 * start empty, so the world view indexes only the countries.
 */
export const FRANCE_SOURCES = { departements: 'departements', regions: 'regions', 'region-labels': 'regionLabels' } as const;
export const FRANCE_MINZOOM = 3;

export const BASEMAP_IDS = ['sea', 'departements-line', 'regions-line', 'countries-line', 'country-labels', 'region-labels'] as const;
export type BasemapLayerId = (typeof BASEMAP_IDS)[number];

export function basemapSources(data: BasemapData): Record<string, SourceSpecification> {
	const geo = (d: FeatureCollection) => ({ type: 'geojson' as const, data: d, attribution: ATTRIBUTION });
	// Countries simplified to 1 px (MapLibre's default 0.375): the first view's fill and border tiles
	// come sooner, and the border moves by at most a pixel at any zoom.
	const world = (d: FeatureCollection) => ({ ...geo(d), tolerance: COUNTRIES_TOLERANCE });
	return {
		[COUNTRIES_SOURCE]: world(data.countries),
		departements: geo(EMPTY),
		regions: geo(EMPTY),
		'country-labels': geo(data.countryLabels),
		'region-labels': geo(EMPTY)
	};
}

/** The sea, under everything. */
export function seaSpecs(): LayerSpecification[] {
	return [{ id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } }];
}

/** Région, département and country lines, above the land fill. */
export function borderSpecs(): LayerSpecification[] {
	return [
		{ id: 'departements-line', type: 'line', source: 'departements', minzoom: 5, paint: { 'line-color': COLORS.departementLine, 'line-width': 0.6 } },
		{ id: 'regions-line', type: 'line', source: 'regions', minzoom: FRANCE_MINZOOM, paint: { 'line-color': COLORS.regionLine, 'line-width': 0.8 } },
		{ id: 'countries-line', type: 'line', source: COUNTRIES_SOURCE, paint: { 'line-color': COLORS.border, 'line-width': 0.6 } }
	];
}

/** Country and région names, above the data. */
export function labelSpecs(lang: Lang): LayerSpecification[] {
	return [
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'country-labels',
			layout: {
				'text-field': ['get', lang],
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
}

/** Fills the France-only sources (once the camera gets close enough: the controller decides). */
export function fillFrance(map: MapSurface, data: BasemapData): void {
	for (const [id, key] of Object.entries(FRANCE_SOURCES)) setSource(map, id, data[key]);
}

export function setBasemapLang(map: MapSurface, lang: Lang): void {
	map.setLayoutProperty('country-labels', 'text-field', ['get', lang]);
}

const NO_TIP: TooltipContent = { title: '', lines: [] };

export const basemapLayer: MapLayer<BasemapLayerId> = {
	ids: BASEMAP_IDS,
	interactive: () => [],
	linkOnly: [],
	click: () => ({ select: null }),
	tooltip: () => NO_TIP
};
