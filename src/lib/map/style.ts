/**
 * The map's MapLibre style as data: the sources and layer specs of the layer modules (layers/), in
 * their stack. Pure: no DOM, tested in Node. No `sprite`; label glyphs are pre-rendered SDF ranges
 * served by the site itself (static/glyphs/, scripts/build-glyphs.ts), so the map requests nothing
 * outside the origin and rasterises no font on the main thread.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { MapMode, Selection } from '$lib/state/filters';
import { CHOROPLETH_COLORS, COLORS } from '$lib/palette';
import { stackSources, stackSpecs } from './layers';
import type { BasemapData } from './layers/basemap';

export { CHOROPLETH_COLORS, COLORS };
export * from './sizes';
export { ATTRIBUTION, GLYPH_FONT, FONT_STACK, FRANCE_MINZOOM, FRANCE_SOURCES, type BasemapData } from './layers/basemap';
export { choroplethFill } from './layers/choropleth';
export { selectedArcsFilter, selectedCountryFilter, selectedPointFilter } from './layers/selection';
export { detailWanted, visibility, zoomRanges } from './layers';

/** The style's `glyphs` template for a site at `origin` + `base` (MapLibre wants an absolute URL). */
export function glyphsUrl(origin: string, base: string): string {
	return `${origin}${base}/glyphs/{fontstack}/{range}.pbf`;
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
	/** false: no label layers yet (the map starts without them and adds them after its first idle). */
	labels?: boolean;
}

/** The whole style. Data sources start empty; the controller fills them through the layer modules. */
export function buildStyle(o: StyleOptions): StyleSpecification {
	const stack = { ...o, selection: o.selection ?? null };
	return {
		version: 8,
		...(o.glyphs ? { glyphs: o.glyphs } : {}),
		sources: stackSources(stack),
		layers: stackSpecs(stack)
	};
}
