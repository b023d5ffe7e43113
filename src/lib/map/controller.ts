/**
 * The one place a MapLibre map is created and removed: it holds the map and the camera, and hands
 * each input to the layer module it concerns (layers/). AtlasMap.svelte drives it, one call per
 * input. Browser-only. Per-frame work stays on the GPU: inputs change sources (setData), filters
 * and paint properties; hover/click ask the layer module of the topmost rendered feature.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import type { MapMode, MapView, Selection } from '$lib/state/filters';
import type { MapData } from './geojson';
import type { Flows } from './aggregate-flows';
import { AGGREGATED_IDS, DETAILED_IDS, LINK_ONLY_IDS, clickFor, detailWanted, interactiveIds, visibility, zoomRanges, type HitFeature } from './layers';
import { ATTRIBUTION, FRANCE_MINZOOM, fillFrance, labelSpecs, setBasemapLang, type BasemapData } from './layers/basemap';
import type { Lang } from '$lib/i18n/translate';
import { updateChoropleth, type ChoroplethData } from './layers/choropleth';
import { updateFlows } from './layers/flows';
import { updateArcs } from './layers/arcs';
import { updatePoints } from './layers/points';
import { updateSelection } from './layers/selection';
import { markSent } from './layers/types';
import { roundView, type Bounds } from './viewport';

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
	readonly events: ControllerEvents;
	#mode: MapMode;
	#detailZoom = 0;
	#detailed: boolean | null = null;
	#hoverFrame = 0;
	/** The France-only basemap sources, until the camera first gets close enough (layers/basemap.ts). */
	#france: BasemapData | null;
	#data: MapData | null = null;
	#flows: Flows | null = null;
	#arcsShown = false;
	#pointsShown = false;
	#selection: Selection | null = null;
	#lang: Lang;
	/** Set at the first idle: from then on the points are sent with every change, and the labels are on. */
	#settled = false;

	constructor(container: HTMLElement, style: StyleSpecification, view: MapView, mode: MapMode, events: ControllerEvents, basemap: BasemapData | null = null, lang: Lang = 'fr') {
		ensureWorker();
		this.#lang = lang;
		this.events = events;
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
			// The style is built by code and validated by the unit tests (map-style.test.ts): not again at every start.
			validateStyle: false,
			attributionControl: false,
			dragRotate: false,
			pitchWithRotate: false,
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		// Data the style already carries (AtlasMap starts the map with its first data): not sent twice.
		for (const [id, src] of Object.entries(style.sources)) if (src.type === 'geojson' && typeof src.data === 'object') markSent(this.map, id, src.data);
		this.map.touchZoomRotate.disableRotation();
		this.map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');
		this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
		this.map.on('error', (e) => console.warn('map:', e.error?.message));
		this.map.on('idle', () => {
			if (!this.#settled) this.#settle();
			events.onstate('idle');
		});
		this.map.on('movestart', () => events.onstate('busy'));
		this.map.on('moveend', () => events.onviewchange(this.view()));
		this.map.on('zoom', () => this.#emitDetail());
		this.map.on('zoomend', () => this.#showFranceIfWanted());
		this.map.once('load', () => this.#showFranceIfWanted());
		this.map.on('zoomend', () => this.#showArcsIfWanted());
		this.map.on('zoomend', () => this.#showPointsIfWanted());
		this.map.on('mousemove', (e: maplibregl.MapMouseEvent) => this.#hover(e.point, e.originalEvent));
		this.map.on('mouseout', () => events.onhover(null, 0, 0));
		this.map.on('click', (e: maplibregl.MapMouseEvent) => this.#click(e.point));
		this.#emitDetail();
	}

	view(): MapView {
		const c = this.map.getCenter();
		return roundView({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
	}

	/**
	 * The data the style the map was created with carries (seed-data.ts): a setData of the same data
	 * then sends nothing and asks for no frame, so the map's first idle already reports it drawn.
	 */
	seeded(data: MapData, flows: Flows, detailZoom: number): void {
		this.#data = data;
		this.#flows = flows;
		this.#detailZoom = detailZoom;
		this.#emitDetail();
	}

	/** New filtered data: points, flows and (once visible) arcs. Nothing when the map holds them already. */
	setData(data: MapData, flows: Flows, detailZoom: number): void {
		if (data === this.#data && flows === this.#flows && detailZoom === this.#detailZoom) return;
		this.events.onstate('busy');
		performance.mark('map:data');
		this.#data = data;
		this.#flows = flows;
		this.#arcsShown = false;
		this.#pointsShown = false;
		if (detailZoom !== this.#detailZoom) {
			this.#detailZoom = detailZoom;
			const { aggregated, detailed } = zoomRanges(detailZoom);
			for (const id of AGGREGATED_IDS) this.map.setLayerZoomRange(id, aggregated.minzoom, aggregated.maxzoom);
			for (const id of DETAILED_IDS) this.map.setLayerZoomRange(id, detailed.minzoom, detailed.maxzoom);
			this.#emitDetail();
		}
		const pointsSent = this.#showPointsIfWanted();
		const flowsSent = updateFlows(this.map, flows);
		this.#showArcsIfWanted();
		// Nothing new to tile: one more frame still ends in the 'idle' that reports the data drawn.
		if (!pointsSent && !flowsSent) this.map.triggerRepaint();
	}

	/** The mode (links or choropleth) and the land fill it implies. */
	setChoropleth(c: ChoroplethData): void {
		if (c.mode !== this.#mode) {
			this.#mode = c.mode;
			for (const id of LINK_ONLY_IDS) this.map.setLayoutProperty(id, 'visibility', visibility(id, c.mode));
		}
		updateChoropleth(this.map, c);
	}

	setSelection(sel: Selection | null): void {
		this.#selection = sel;
		this.#showPointsIfWanted();
		this.#showArcsIfWanted();
		updateSelection(this.map, sel);
	}

	setLang(lang: Lang): void {
		this.#lang = lang;
		if (this.map.getLayer('country-labels')) setBasemapLang(this.map, lang);
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

	#showFranceIfWanted(): void {
		if (!this.#france || this.map.getZoom() < FRANCE_MINZOOM - 0.5) return;
		fillFrance(this.map, this.#france);
		this.#france = null;
	}

	/**
	 * After the first idle (the map answers, its data drawn): the labels, left out of the first style
	 * (their glyphs and symbol placement delayed the first view by a third), and the individual
	 * points, for a zoom-in to find them ready.
	 */
	#settle(): void {
		this.#settled = true;
		if (!this.map.getLayer('country-labels')) for (const spec of labelSpecs(this.#lang)) this.map.addLayer(spec);
		this.#showPointsIfWanted();
	}

	/** The individual points: from the first idle on, or sooner if the first view shows them (`detailWanted`). */
	#showPointsIfWanted(): boolean {
		if (this.#pointsShown || !this.#data) return false;
		if (!this.#settled && !detailWanted(this.map.getZoom(), this.#detailZoom, this.#selection)) return false;
		this.#pointsShown = true;
		return updatePoints(this.map, this.#data);
	}

	/**
	 * Individual arcs go to MapLibre only once they can be seen (zoomed in, or a selection to
	 * highlight): building and tiling 100k arcs is then paid once, not on every filter change.
	 */
	#showArcsIfWanted(): void {
		if (this.#arcsShown || !this.#data) return;
		if (!detailWanted(this.map.getZoom(), this.#detailZoom, this.#selection)) return;
		this.#arcsShown = true;
		updateArcs(this.map, this.#data);
	}

	#emitDetail(): void {
		const detailed = this.map.getZoom() >= this.#detailZoom;
		if (detailed !== this.#detailed) {
			this.#detailed = detailed;
			this.events.ondetail(detailed);
		}
	}

	/** The topmost feature under the pointer among the layers a pointer can hit (MapLibre lists the topmost first). */
	#hit(point: maplibregl.PointLike): HitFeature | null {
		const layers = interactiveIds(this.#mode).filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
		const top: MapGeoJSONFeature | undefined = this.map.queryRenderedFeatures(point, { layers })[0];
		if (!top) return null;
		const g = top.geometry;
		return { layer: top.layer.id, properties: top.properties, point: g.type === 'Point' ? (g.coordinates as [number, number]) : undefined };
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
		const action = hit ? clickFor(hit) : { select: null };
		if ('zoomTo' in action) {
			this.map.easeTo({ center: action.zoomTo, zoom: Math.max(this.map.getZoom() + 1, this.#detailZoom + 0.5) });
			return;
		}
		this.events.onselect(action.select);
	}
}
