/**
 * The map's layers, one module each: basemap, choropleth, flows, arcs, points, selection. This is
 * the one list of them: the style draws their specs in the stack below, and a hovered or clicked
 * feature is answered by the module owning its layer id.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { MapMode } from '$lib/state/filters';
import type { RecordSelector } from '$lib/data/query';
import { basemapLayer, basemapSources, borderSpecs, labelSpecs, seaSpecs, type BasemapData, type BasemapLayerId } from './basemap';
import { choroplethLayer, choroplethSpecs, type ChoroplethLayerId } from './choropleth';
import { bubbleSpecs, flowLineSpecs, flowSources, flowsLayer, type FlowLayerId, type ZoomRange } from './flows';
import { arcSources, arcSpecs, arcsLayer, type ArcLayerId } from './arcs';
import { pointSources, pointSpecs, pointsLayer, type PointLayerId } from './points';
import { arcSelectionSpecs, countrySelectionSpecs, pointSelectionSpecs, selectionLayer, type SelectionLayerId } from './selection';
import type { ClickAction, HitFeature, MapLayer, TooltipContent, TooltipContext } from './types';
import type { Lang } from '$lib/i18n/translate';

export type LayerId = BasemapLayerId | ChoroplethLayerId | FlowLayerId | ArcLayerId | PointLayerId | SelectionLayerId;

/** Every layer module. */
export const LAYERS = [basemapLayer, choroplethLayer, flowsLayer, arcsLayer, pointsLayer, selectionLayer] as const;

const owner = new Map<string, MapLayer<string>>();
for (const l of LAYERS as readonly MapLayer<string>[]) for (const id of l.ids) owner.set(id, l);

/** The module drawing layer `id`, if any. */
export function layerOf(id: string): MapLayer<string> | undefined {
	return owner.get(id);
}

/** The ids a pointer can hit in `mode` (MapLibre returns hits topmost first: the stack decides). */
export function interactiveIds(mode: MapMode): LayerId[] {
	return (LAYERS as readonly MapLayer<LayerId>[]).flatMap((l) => [...l.interactive(mode)]);
}

/** The ids hidden in choropleth mode. */
export const LINK_ONLY_IDS: readonly LayerId[] = (LAYERS as readonly MapLayer<LayerId>[]).flatMap((l) => [...l.linkOnly]);

export function visibility(id: LayerId, mode: MapMode): 'visible' | 'none' {
	return mode === 'choropleth' && LINK_ONLY_IDS.includes(id) ? 'none' : 'visible';
}

/** What a click on a feature does, as its layer module says. */
export function clickFor(f: HitFeature): ClickAction {
	return layerOf(f.layer)?.click(f) ?? { select: null };
}

/** The records a click on a feature selects (bubbles zoom in instead: null). */
export function selectionFor(f: HitFeature): RecordSelector | null {
	const a = clickFor(f);
	return 'select' in a ? a.select : null;
}

/** The tooltip of a hovered feature, as its layer module words it (plain text, never HTML). */
export function tooltipFor(f: HitFeature, ctx: TooltipContext | Lang): TooltipContent {
	return layerOf(f.layer)?.tooltip(f, typeof ctx === 'string' ? { lang: ctx } : ctx) ?? { title: '', lines: [] };
}

/** Zoom ranges of the aggregated layers (below detailZoom) and the detailed ones (from it). */
export function zoomRanges(detailZoom: number): { aggregated: ZoomRange; detailed: ZoomRange } {
	return { aggregated: { minzoom: 0, maxzoom: detailZoom }, detailed: { minzoom: detailZoom, maxzoom: 24 } };
}
export const AGGREGATED_IDS = flowsLayer.ids;
export const DETAILED_IDS = [...arcsLayer.ids, ...pointsLayer.ids] as const;

/**
 * Whether the individual points and arcs are worth giving to MapLibre now: the camera is at (or half a
 * zoom level from) the detail zoom, or a selection highlights some of them (its rings and arcs show at
 * every zoom). Otherwise their layers draw nothing, and tiling them only delays the first view.
 */
export function detailWanted(zoom: number, detailZoom: number, selection: unknown): boolean {
	return zoom >= detailZoom - 0.5 || selection != null;
}

export interface StackOptions {
	lang: Lang;
	mode: MapMode;
	detailZoom: number;
	basemap: BasemapData;
	selection: RecordSelector | null;
	/** false: the label layers are left out (the controller adds them after the first idle). */
	labels?: boolean;
}

/** Every source of the style: the basemap's, then the data sources (empty until setData). */
export function stackSources(o: StackOptions): Record<string, SourceSpecification> {
	return { ...basemapSources(o.basemap), ...flowSources(), ...arcSources(), ...pointSources() };
}

/** The drawing order, bottom to top. */
export function stackSpecs(o: StackOptions): LayerSpecification[] {
	const { aggregated, detailed } = zoomRanges(o.detailZoom);
	return [
		...seaSpecs(),
		...choroplethSpecs(),
		...borderSpecs(),
		...countrySelectionSpecs(o.selection),
		...flowLineSpecs(aggregated, o.mode),
		...arcSpecs(detailed, o.mode),
		...arcSelectionSpecs(o.selection),
		...bubbleSpecs(aggregated, o.mode),
		...pointSpecs(detailed, o.mode),
		...pointSelectionSpecs(o.selection, o.mode),
		...(o.labels === false ? [] : labelSpecs(o.lang))
	];
}

export type { HitFeature, TooltipContent, TooltipContext, ClickAction, MapSurface } from './types';
