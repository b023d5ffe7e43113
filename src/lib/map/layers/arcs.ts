/**
 * Individual links from the detail zoom: one great-circle arc per French ↔ partner pair
 * (geojson.ts), dashed to approximately placed partners. A click selects the pair's records.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { COLORS } from '$lib/palette';
import { plural, translate } from '$lib/i18n/translate';
import type { MapMode } from '$lib/state/filters';
import type { MapData } from '../geojson';
import type { ZoomRange } from './flows';
import { dataSource, num, setSource, str, type HitFeature, type MapLayer, type MapSurface, type TooltipContent } from './types';
import type { Lang } from '$lib/i18n/translate';

export const ARC_IDS = ['arcs', 'arcs-approx'] as const;
export type ArcLayerId = (typeof ARC_IDS)[number];
/** The arcs' source (the selection layer draws the selected arcs from it too). */
export const ARCS_SOURCE = 'arcs';

export function arcSources() {
	return { [ARCS_SOURCE]: dataSource() };
}

function arcSpec(id: ArcLayerId, approx: 0 | 1, zoom: ZoomRange, mode: MapMode): LayerSpecification {
	return {
		id,
		type: 'line',
		source: ARCS_SOURCE,
		...zoom,
		filter: ['==', ['get', 'approx'], approx],
		layout: { visibility: mode === 'choropleth' ? 'none' : 'visible' },
		paint: {
			'line-color': COLORS.link,
			'line-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0.45, 7, 0.3],
			'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 8, 1.4],
			...(approx ? { 'line-dasharray': [2, 2] } : {})
		}
	};
}

/** Arcs to approximately placed partners are dashed (a separate layer: dasharray is not data-driven everywhere). */
export function arcSpecs(zoom: ZoomRange, mode: MapMode): LayerSpecification[] {
	return [arcSpec('arcs', 0, zoom, mode), arcSpec('arcs-approx', 1, zoom, mode)];
}

export function updateArcs(map: MapSurface, data: MapData): void {
	setSource(map, ARCS_SOURCE, data.arcs);
}

/** The records behind an arc feature (also the selected arcs' hit-test). */
export function arcClick(f: HitFeature): { select: { kind: 'link'; from: string; to: string } } {
	return { select: { kind: 'link', from: str(f.properties.from), to: str(f.properties.to) } };
}

export function arcTooltip(f: HitFeature, lang: Lang): TooltipContent {
	const p = f.properties;
	return {
		title: `${str(p.fromName)} → ${str(p.toName)}`,
		lines: [plural(lang, 'map.tooltip.records', num(p.count))],
		note: num(p.approx) === 1 ? translate(lang, 'map.tooltip.approxCountry') : undefined
	};
}

export const arcsLayer: MapLayer<ArcLayerId> = {
	ids: ARC_IDS,
	interactive: () => ARC_IDS,
	linkOnly: ARC_IDS,
	click: arcClick,
	tooltip: (f, { lang }) => arcTooltip(f, lang)
};
