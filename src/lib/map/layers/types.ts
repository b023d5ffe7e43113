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

/**
 * The data each source of a map last received. The same FeatureCollection is not posted to MapLibre's
 * worker twice: a map move re-derives nothing, and the style the map starts with already carries the
 * first data (seed-data.ts).
 */
const sentData = new WeakMap<object, Map<string, unknown>>();

function sentTo(map: object): Map<string, unknown> {
	let sent = sentData.get(map);
	if (!sent) sentData.set(map, (sent = new Map()));
	return sent;
}

/** Records that source `id` of `map` already holds `data` (the style carried it). */
export function markSent(map: object, id: string, data: unknown): void {
	sentTo(map).set(id, data);
}

/** Sets a GeoJSON source's data, if the style has that source and does not hold this data already; true when sent. */
export function setSource(map: MapSurface, id: string, data: GeoJSON.FeatureCollection): boolean {
	const sent = sentTo(map);
	if (sent.get(id) === data) return false;
	const source = map.getSource(id) as { setData?: (d: GeoJSON.FeatureCollection) => void } | undefined;
	if (!source?.setData) return false;
	sent.set(id, data);
	source.setData(data);
	// Observable by tests and benches: which data went to MapLibre's worker, and when.
	globalThis.performance?.mark(`map:send:${id}`);
	return true;
}

/** Sets several sources (`setSource`); true when any was sent. */
export function setSources(map: MapSurface, byId: Record<string, GeoJSON.FeatureCollection>): boolean {
	let sent = false;
	for (const [id, data] of Object.entries(byId)) sent = setSource(map, id, data) || sent;
	return sent;
}

/** Matches nothing (an expression: a legacy-looking ['==', 1, 0] is rejected). */
export const NOTHING = ['==', ['literal', 0], 1] as const;

export const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A data source the map fills with setData. */
export const dataSource = () => ({ type: 'geojson' as const, data: EMPTY, buffer: 64, tolerance: 0.5 });
