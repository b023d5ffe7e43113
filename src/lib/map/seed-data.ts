/**
 * Puts the map's first data into its style before the map is created, so that MapLibre tiles and
 * draws the basemap and the data in one round (as a bare page with inline data does) instead of the
 * basemap first and the data after `load`. Only what the first view draws: the flows and bubbles;
 * the individual points only when the first view shows them (`detailWanted`), else the controller
 * sends them after the first idle. Pure: returns the style it was given, its data sources filled.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { MapData } from './geojson';
import type { Flows } from './aggregate-flows';
import { pointData } from './layers/points';
import { flowData } from './layers/flows';

export function seedData(style: StyleSpecification, data: MapData, flows: Flows | null, points = true): StyleSpecification {
	if (!flows) return style;
	// Arcs stay empty: the controller sends them once they can be seen (zoomed in or selected).
	const first: Record<string, GeoJSON.FeatureCollection> = { ...(points ? pointData(data) : {}), ...flowData(flows) };
	for (const [id, fc] of Object.entries(first)) {
		const src = style.sources[id];
		if (src?.type === 'geojson') style.sources[id] = { ...src, data: fc };
	}
	return style;
}
