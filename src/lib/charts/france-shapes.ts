/** Loads the 18 région shapes from the embedded basemap (static/basemap/france.topo.json, object "regions"), once. */
import { feature } from 'topojson-client';
import { geoArea } from 'd3';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { loadBasemapFile } from '$lib/map/basemap';

export type RegionShapes = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

let cache: Promise<RegionShapes | null> | null = null;

export function loadRegionShapes(base: string): Promise<RegionShapes | null> {
	cache ??= loadBasemapFile<Topology>(base, 'france.topo.json')
		.then((topo) => {
			const obj = topo?.objects?.regions as GeometryCollection<{ code: string; name: string }> | undefined;
			if (!topo || !obj) return null;
			const fc = feature(topo, obj) as unknown as RegionShapes;
			fc.features.forEach(rewind);
			return fc;
		})
		.catch(() => null);
	return cache;
}

/** Overseas régions, drawn as insets (COG codes). */
export const OVERSEAS = ['01', '02', '03', '04', '06'];

/**
 * d3-geo wants exterior rings clockwise; the basemap follows RFC 7946 (counter-clockwise), which
 * d3 reads as "the whole globe minus the région". A feature covering more than a hemisphere is reversed.
 */
function rewind(f: RegionShapes['features'][number]): void {
	if (geoArea(f) <= 2 * Math.PI) return;
	const g = f.geometry;
	if (g.type === 'Polygon') g.coordinates.forEach((ring) => ring.reverse());
	else g.coordinates.forEach((poly) => poly.forEach((ring) => ring.reverse()));
}
