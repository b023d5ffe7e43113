/**
 * The first map data of a page's default view, emitted at build time as static GeoJSON files
 * (src/routes/map-start/, from the same buildMapData/buildFlows as the client) so that MapLibre can
 * start before the app has decoded its records: the style names the files by URL, and MapLibre's
 * worker fetches and parses them off the main thread. When the app's own flows arrive and carry the
 * same data (`flowsKey`), they are not sent to the map again. Pure: used by the build and the browser.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/translate';
import type { Flows } from './aggregate-flows';
import type { Bounds } from './viewport';
import { COUNTRIES_SOURCE, type BasemapData } from './layers/basemap';
import { FLOWS_SOURCE, flowData } from './layers/flows';
import { EMPTY } from './layers/types';

/** What a page carries (with its overview picture) to start its map from the build's files. */
export interface MapStart {
	/** The language of the flows' names: the files serve a map in that language only. */
	lang: Lang;
	/** detailZoom of the data (aggregate-flows.ts): the style's zoom ranges. */
	detailZoom: number;
	/** The data's bounds: the camera is fitted to them, as for the picture. */
	bounds: Bounds;
	/** flowsKey of the flows file's data. */
	flowsKey: string;
	/** URLs of the flows source (flows and bubbles), the countries and the country labels. */
	flows: string;
	countries: string;
	countryLabels: string;
}

/** The files' names under `${base}/map-start/`. */
export const START_DIR = 'map-start';
export const startFlowsFile = (key: string) => `flows-${key}.json`;
export const START_COUNTRIES_FILE = 'countries.json';
export const START_LABELS_FILE = 'country-labels.json';

/** The files' URLs for a page whose overview key is `key` (server/overview.ts overviewKey). */
export function startUrls(base: string, key: string): Pick<MapStart, 'flows' | 'countries' | 'countryLabels'> {
	const dir = `${base}/${START_DIR}`;
	return { flows: `${dir}/${startFlowsFile(key)}`, countries: `${dir}/${START_COUNTRIES_FILE}`, countryLabels: `${dir}/${START_LABELS_FILE}` };
}

/** The flows source's data as the flows file holds it (and as the controller would send it). */
export function startFlowsJson(flows: Flows): string {
	return JSON.stringify(flowData(flows)[FLOWS_SOURCE]);
}

/**
 * A fingerprint of the flows source's data (FNV-1a of its JSON, and its length): equal keys, same
 * features with the same properties in the same order. Computed on the client once, when its flows
 * arrive (a few ms for the home's ≈ 700 features).
 */
export function flowsKey(flows: Flows): string {
	const json = startFlowsJson(flows);
	let h = 0x811c9dc5;
	for (let i = 0; i < json.length; i++) {
		h ^= json.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return `${json.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

/** A basemap with nothing in it: the style's basemap sources are then given by URL (`startSources`). */
export const EMPTY_BASEMAP: BasemapData = { countries: EMPTY, departements: EMPTY, regions: EMPTY, countryLabels: EMPTY, regionLabels: EMPTY };

/** Points the style's countries, country-label and flows sources at the build's files. Returns the style it was given. */
export function startSources(style: StyleSpecification, start: MapStart): StyleSpecification {
	const urls: Record<string, string> = { [COUNTRIES_SOURCE]: start.countries, 'country-labels': start.countryLabels, [FLOWS_SOURCE]: start.flows };
	for (const [id, url] of Object.entries(urls)) {
		const src = style.sources[id];
		if (src?.type === 'geojson') style.sources[id] = { ...src, data: url };
	}
	return style;
}
