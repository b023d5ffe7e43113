/**
 * The aggregated view, below the detail zoom (aggregate-flows.ts): région → country flow lines and
 * région / country bubbles. A click on a flow selects its country's records; on a bubble it zooms in.
 * The three layers draw from one source (`FLOWS_SOURCE`, filtered by geometry and side): the first
 * view, which shows them, then costs MapLibre's worker one index and one set of tiles, not three.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { COLORS } from '$lib/palette';
import { plural, translate, type MessageKey } from '$lib/i18n/translate';
import type { MapMode } from '$lib/state/filters';
import { isUnknownKey, type Flows } from '../aggregate-flows';
import { bubbleRadiusExpression, flowWidthExpression } from '../sizes';
import { dataSource, setSources, str, type MapLayer, type MapSurface } from './types';

export const FLOW_IDS = ['flows', 'country-bubbles', 'region-bubbles'] as const;
export type FlowLayerId = (typeof FLOW_IDS)[number];
/** The one source of the flow lines and both kinds of bubbles. */
export const FLOWS_SOURCE = 'flows';
const IS_FLOW: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const ON_SIDE = (side: 'french' | 'partner'): FilterSpecification => ['==', ['get', 'side'], side];

export interface ZoomRange {
	minzoom: number;
	maxzoom: number;
}

export function flowSources() {
	return { [FLOWS_SOURCE]: dataSource() };
}

const bubble = (id: 'country-bubbles' | 'region-bubbles', color: string, opacity: number, zoom: ZoomRange, visibility: 'visible' | 'none'): LayerSpecification => ({
	id,
	type: 'circle',
	source: FLOWS_SOURCE,
	filter: ON_SIDE(id === 'country-bubbles' ? 'partner' : 'french'),
	...zoom,
	layout: { visibility },
	paint: {
		'circle-color': color,
		'circle-opacity': opacity,
		'circle-radius': bubbleRadiusExpression,
		'circle-stroke-color': COLORS.halo,
		'circle-stroke-width': 1
	}
});

/** Flow lines (under the arcs). */
export function flowLineSpecs(zoom: ZoomRange, mode: MapMode): LayerSpecification[] {
	return [
		{
			id: 'flows',
			type: 'line',
			source: FLOWS_SOURCE,
			filter: IS_FLOW,
			...zoom,
			layout: { visibility: mode === 'choropleth' ? 'none' : 'visible', 'line-cap': 'round' },
			paint: { 'line-color': COLORS.link, 'line-opacity': 0.4, 'line-width': flowWidthExpression }
		}
	];
}

/** Bubbles (above the arcs, under the points). */
export function bubbleSpecs(zoom: ZoomRange, mode: MapMode): LayerSpecification[] {
	return [bubble('country-bubbles', COLORS.partner, 0.75, zoom, mode === 'choropleth' ? 'none' : 'visible'), bubble('region-bubbles', COLORS.french, 0.8, zoom, 'visible')];
}

const merged = new WeakMap<Flows, GeoJSON.FeatureCollection>();

/**
 * The flow source's data: flow lines, then country bubbles, then région bubbles (each layer keeps its
 * own order). The same object for the same flows, so unchanged flows are not sent again.
 */
export function flowData(flows: Flows): Record<typeof FLOWS_SOURCE, GeoJSON.FeatureCollection> {
	let fc = merged.get(flows);
	if (!fc) {
		const features: GeoJSON.Feature[] = [...flows.flows.features, ...flows.countryBubbles.features, ...flows.regionBubbles.features];
		merged.set(flows, (fc = { type: 'FeatureCollection', features }));
	}
	return { [FLOWS_SOURCE]: fc };
}

/** New flows and bubbles; true when a source received new data. */
export function updateFlows(map: MapSurface, flows: Flows): boolean {
	return setSources(map, flowData(flows));
}

export const flowsLayer: MapLayer<FlowLayerId> = {
	ids: FLOW_IDS,
	interactive: () => FLOW_IDS,
	linkOnly: ['flows', 'country-bubbles'],
	click: (f) => {
		if (f.layer !== 'flows') return f.point ? { zoomTo: f.point } : { select: null };
		const country = str(f.properties.country);
		return { select: country && !isUnknownKey(country) ? { kind: 'country', iso: country } : null };
	},
	tooltip: (f, { lang }) => {
		const p = f.properties;
		const tr = (k: MessageKey) => translate(lang, k);
		if (f.layer === 'flows')
			return {
				title: `${(!isUnknownKey(str(p.region)) && str(p.regionName)) || tr('map.tooltip.unknownRegion')} → ${str(p.countryName) || tr('map.tooltip.unknownCountry')}`,
				lines: [plural(lang, 'map.tooltip.links', Number(p.count) || 0), tr('map.tooltip.click')]
			};
		const unknown = isUnknownKey(str(p.key)) ? tr(f.layer === 'region-bubbles' ? 'map.tooltip.unknownRegion' : 'map.tooltip.unknownCountry') : '';
		return {
			title: unknown || str(p.name),
			lines: [plural(lang, 'map.tooltip.links', Number(p.links) || 0), plural(lang, 'map.tooltip.places', Number(p.places) || 0), tr('map.tooltip.zoom')]
		};
	}
};
