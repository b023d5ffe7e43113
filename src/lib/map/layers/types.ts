/**
 * What every map layer module (layers/*.ts) provides: its typed MapLibre layer ids, and for the
 * features it draws, the records a click selects and the tooltip a hover shows. Pure types.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { RecordSelector } from '$lib/data/query';
import type { Lang } from '$lib/i18n/translate';
import type { MapMode } from '$lib/state/filters';

/** A rendered feature of layer `layer`, as MapLibre's queryRenderedFeatures gives it. */
export interface HitFeature<Id extends string = string> {
	layer: Id;
	properties: Record<string, unknown>;
	/** The feature's point ([lon, lat]), for layers whose click moves the camera. */
	point?: [number, number];
}

export interface TooltipContent {
	title: string;
	lines: string[];
	/** Shown in italics: position is approximate. */
	note?: string;
}

/** What a tooltip may need beyond the feature's properties. */
export interface TooltipContext {
	lang: Lang;
	/** Links per partner country under the current filters (the choropleth's values). */
	countryLinks?: (iso: string) => number;
}

/** What a click on a feature does: select records, or (aggregated bubbles) zoom in on its point. */
export type ClickAction = { select: RecordSelector | null } | { zoomTo: [number, number] };

/** The part of a MapLibre map a layer module updates (a stub in unit tests). */
export type MapSurface = Pick<MapLibreMap, 'getSource' | 'setPaintProperty' | 'setLayoutProperty' | 'setFilter' | 'setLayerZoomRange'>;

export interface MapLayer<Id extends string> {
	/** Its MapLibre layer ids. */
	readonly ids: readonly Id[];
	/** The ids a pointer can hit (hover, click) in `mode`. */
	interactive(mode: MapMode): readonly Id[];
	/** The ids hidden in choropleth mode. */
	readonly linkOnly: readonly Id[];
	/** The layer's own hit-test: what a click on one of its features does. */
	click(f: HitFeature<Id>): ClickAction;
	tooltip(f: HitFeature<Id>, ctx: TooltipContext): TooltipContent;
}

export const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);

/** Sets a GeoJSON source's data, if the style has that source. */
export function setSource(map: MapSurface, id: string, data: GeoJSON.FeatureCollection): void {
	(map.getSource(id) as { setData?: (d: GeoJSON.FeatureCollection) => void } | undefined)?.setData?.(data);
}

/** Matches nothing (an expression: a legacy-looking ['==', 1, 0] is rejected). */
export const NOTHING = ['==', ['literal', 0], 1] as const;

export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A data source the map fills with setData. */
export const dataSource = () => ({ type: 'geojson' as const, data: EMPTY, buffer: 64, tolerance: 0.5 });
