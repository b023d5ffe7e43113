/**
 * The one place a MapLibre map is created, updated and removed (AtlasMap.svelte drives it, one call
 * per input). Browser-only. Per-frame work stays on the GPU: inputs change sources (setData),
 * filters and paint properties; hover/click query rendered features.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import type { MapMode, MapView, Selection } from '$lib/state/filters';
import type { MapData } from './geojson';
import type { Flows } from './aggregate-flows';
import {
	AGGREGATED_LAYERS,
	ATTRIBUTION,
	DETAILED_LAYERS,
	INTERACTIVE_LAYERS,
	LINK_LAYERS,
	choroplethFill,
	selectedArcsFilter,
	selectedCountryFilter,
	selectedPointFilter,
	visibility,
	zoomRanges,
	COLORS,
	FRANCE_MINZOOM,
	FRANCE_SOURCES,
	type BasemapData
} from './style';
import { roundView, type Bounds } from './viewport';
import { selectionFor, type HitFeature } from './tooltip';

let workerSet = false;
function ensureWorker(): void {
	if (workerSet) return;
	// The bundled worker file: MapLibre's default blob worker 404s once bundled (STACK-NOTES).
	maplibregl.setWorkerUrl(new URL(workerUrl, location.href).href);
	workerSet = true;
}

export interface ControllerEvents {
	onselect(sel: Selection | null): void;
	onviewchange(view: MapView): void;
	onhover(hit: HitFeature | null, x: number, y: number): void;
	onstate(state: 'busy' | 'idle'): void;
	/** Whether individual points/arcs (true) or flows/bubbles (false) are shown, for the legend. */
	ondetail(detailed: boolean): void;
}

export class MapController {
	readonly map: maplibregl.Map;
	#mode: MapMode;
	#detailZoom = 0;
	#countryInfo: (iso: string) => { name: string; links: number } = () => ({ name: '', links: 0 });
	#hoverFrame = 0;
	#detailed: boolean | null = null;

	readonly events: ControllerEvents;

	#france: BasemapData | null;

	/** `basemap` fills the France-only sources (style.ts FRANCE_SOURCES) on the first zoom to FRANCE_MINZOOM. */
	constructor(container: HTMLElement, style: StyleSpecification, view: MapView, mode: MapMode, events: ControllerEvents, basemap: BasemapData | null = null) {
		ensureWorker();
		this.events = events;
		// Data the style already carries (AtlasMap starts the map with its first data): not sent twice.
		for (const [id, src] of Object.entries(style.sources)) if (src.type === 'geojson' && typeof src.data === 'object') this.#sent.set(id, src.data);
		this.#france = basemap;
		this.#mode = mode;
		this.map = new maplibregl.Map({
			container,
			style,
			center: [view.lon, view.lat],
			zoom: view.zoom,
			minZoom: 0.5,
			maxZoom: 12,
			fadeDuration: 0,
			attributionControl: false,
			dragRotate: false,
			pitchWithRotate: false,
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');
		this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
		this.map.on('error', (e) => console.warn('map:', e.error?.message));
		this.map.on('idle', () => events.onstate('idle'));
		this.map.on('movestart', () => events.onstate('busy'));
		this.map.on('moveend', () => events.onviewchange(this.view()));
		this.map.on('zoom', () => this.#emitDetail());
		this.map.on('zoomend', () => this.#showFranceIfWanted());
		this.map.once('load', () => this.#showFranceIfWanted());
		this.map.on('zoomend', () => this.#showArcsIfWanted());
		this.map.on('mousemove', (e: maplibregl.MapMouseEvent) => this.#hover(e.point, e.originalEvent));
		this.map.on('mouseout', () => events.onhover(null, 0, 0));
		this.map.on('click', (e: maplibregl.MapMouseEvent) => this.#click(e.point));
		this.#emitDetail();
	}

	view(): MapView {
		const c = this.map.getCenter();
		return roundView({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
	}

	setData(data: MapData, flows: Flows, detailZoom: number, countryInfo: (iso: string) => { name: string; links: number }): void {
		this.events.onstate('busy');
		performance.mark('map:data');
		this.#countryInfo = countryInfo;
		let sent = false;
		const set = (id: string, d: GeoJSON.FeatureCollection) => {
			if (this.#sent.get(id) === d) return;
			this.#sent.set(id, d);
			sent = true;
			(this.map.getSource(id) as GeoJSONSource | undefined)?.setData(d);
		};
		this.#data = data;
		this.#arcsShown = false;
		set('french-points', data.french);
		set('partner-points', data.partners);
		set('flows', flows.flows);
		set('region-bubbles', flows.regionBubbles);
		set('country-bubbles', flows.countryBubbles);
		if (detailZoom !== this.#detailZoom) {
			this.#detailZoom = detailZoom;
			const { aggregated, detailed } = zoomRanges(detailZoom);
			for (const id of AGGREGATED_LAYERS) this.map.setLayerZoomRange(id, aggregated.minzoom, aggregated.maxzoom);
			for (const id of DETAILED_LAYERS) this.map.setLayerZoomRange(id, detailed.minzoom, detailed.maxzoom);
			this.#emitDetail();
		}
		this.#showArcsIfWanted();
		this.setChoropleth(flows.byCountry, this.#breaks);
		// Nothing new to tile: one more frame still ends in the 'idle' that reports the data drawn.
		if (!sent) this.map.triggerRepaint();
	}

	#showFranceIfWanted(): void {
		if (!this.#france || this.map.getZoom() < FRANCE_MINZOOM - 0.5) return;
		const data = this.#france;
		this.#france = null;
		for (const [id, key] of Object.entries(FRANCE_SOURCES)) (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(data[key]);
	}

	#data: MapData | null = null;
	/** The FeatureCollection each data source last received. */
	#sent = new Map<string, unknown>();
	#arcsShown = false;
	#selection: Selection | null = null;
	/**
	 * Individual arcs go to MapLibre only once they can be seen (zoomed in, or a selection to
	 * highlight): building and tiling 100k arcs is then paid once, not on every filter change.
	 */
	#showArcsIfWanted(): void {
		if (this.#arcsShown || !this.#data) return;
		if (this.map.getZoom() < this.#detailZoom - 0.5 && !this.#selection) return;
		this.#arcsShown = true;
		(this.map.getSource('arcs') as GeoJSONSource | undefined)?.setData(this.#data.arcs);
	}

	#breaks: number[] = [];
	setChoropleth(byCountry: Map<string, number>, breaks: number[]): void {
		this.#breaks = breaks;
		const fill = this.#mode === 'choropleth' ? choroplethFill(byCountry, breaks) : COLORS.land;
		this.map.setPaintProperty('countries-fill', 'fill-color', fill);
	}

	setMode(mode: MapMode, byCountry: Map<string, number>, breaks: number[]): void {
		this.#mode = mode;
		for (const id of [...LINK_LAYERS, 'partner-selected']) this.map.setLayoutProperty(id, 'visibility', visibility(id, mode));
		this.setChoropleth(byCountry, breaks);
	}

	setSelection(sel: Selection | null): void {
		this.#selection = sel;
		this.#showArcsIfWanted();
		this.map.setFilter('arcs-selected', selectedArcsFilter(sel));
		this.map.setFilter('french-selected', selectedPointFilter(sel, 'french'));
		this.map.setFilter('partner-selected', selectedPointFilter(sel, 'partner'));
		this.map.setFilter('countries-selected', selectedCountryFilter(sel));
	}

	setLang(lang: 'fr' | 'en'): void {
		this.map.setLayoutProperty('country-labels', 'text-field', ['get', lang]);
	}

	jumpTo(view: MapView): void {
		this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
	}

	fit(bounds: Bounds, animate = true): void {
		const [w, s, e, n] = bounds;
		const pad = Math.min(60, this.map.getContainer().clientWidth / 8);
		this.map.fitBounds([[w, s], [e, n]], { padding: pad, maxZoom: 7, animate, duration: animate ? 600 : 0 });
	}

	destroy(): void {
		cancelAnimationFrame(this.#hoverFrame);
		this.map.remove();
	}

	#emitDetail(): void {
		const detailed = this.map.getZoom() >= this.#detailZoom;
		if (detailed !== this.#detailed) {
			this.#detailed = detailed;
			this.events.ondetail(detailed);
		}
	}

	#hit(point: maplibregl.PointLike): HitFeature | null {
		const layers = INTERACTIVE_LAYERS.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
		const queried: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(point, { layers: [...layers] });
		const order = (f: MapGeoJSONFeature) => (INTERACTIVE_LAYERS as readonly string[]).indexOf(f.layer.id);
		const top = queried.sort((a, b) => order(a) - order(b))[0];
		if (top) return { layer: top.layer.id, properties: top.properties };
		if (this.#mode !== 'choropleth') return null;
		const country = this.map.queryRenderedFeatures(point, { layers: ['countries-fill'] })[0];
		const iso = country?.properties.iso as string | undefined;
		if (!iso) return null;
		return { layer: 'countries-fill', properties: { iso, ...this.#countryInfo(iso) } };
	}

	#hover(point: maplibregl.Point, ev: MouseEvent): void {
		cancelAnimationFrame(this.#hoverFrame);
		this.#hoverFrame = requestAnimationFrame(() => {
			const hit = this.#hit(point);
			this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
			const box = this.map.getContainer().getBoundingClientRect();
			this.events.onhover(hit, ev.clientX - box.left, ev.clientY - box.top);
		});
	}

	#click(point: maplibregl.Point): void {
		const hit = this.#hit(point);
		if (hit && (hit.layer === 'region-bubbles' || hit.layer === 'country-bubbles')) {
			const f = this.map.queryRenderedFeatures(point, { layers: [hit.layer] })[0];
			const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
			this.map.easeTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom() + 1, this.#detailZoom + 0.5) });
			return;
		}
		this.events.onselect(hit ? selectionFor(hit) : null);
	}
}
