/**
 * The embedded basemap (static/basemap/, built by scripts/build-basemap.ts): TopoJSON → GeoJSON for
 * the style's sources. Loaded once per page from the site itself; nothing leaves the origin.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { BasemapData } from './style';
import type { BasemapLabels } from './aggregate-flows';

export interface Basemap {
	data: BasemapData;
	labels: BasemapLabels;
}

/** Converts the three shipped files into the style's basemap sources. Pure. */
export function basemapFrom(world: Topology, france: Topology, labels: BasemapLabels): Basemap {
	const fc = (t: Topology, name: string) => feature(t, t.objects[name] as GeometryCollection) as FeatureCollection;
	const points = <T>(rows: T[], pos: (r: T) => [number, number]): FeatureCollection => ({
		type: 'FeatureCollection',
		features: rows.map((r) => ({ type: 'Feature', properties: r as never, geometry: { type: 'Point', coordinates: pos(r) } }))
	});
	return {
		data: {
			countries: fc(world, 'countries'),
			departements: fc(france, 'departements'),
			regions: fc(france, 'regions'),
			countryLabels: points(labels.countries, (c) => [c.lon, c.lat]),
			regionLabels: points(labels.regions, (r) => [r.lon, r.lat])
		},
		labels
	};
}

export const BASEMAP_FILES = ['world.topo.json', 'france.topo.json', 'labels.json'] as const;
export type BasemapFile = (typeof BASEMAP_FILES)[number];

const files = new Map<string, Promise<unknown>>();

/**
 * One of the basemap files from `${base}/basemap/`, fetched and parsed once per page whoever asks
 * (the map and the régions chart share france.topo.json); a failed load is retried next time.
 */
export function loadBasemapFile<T>(base: string, name: BasemapFile): Promise<T> {
	const url = `${base}/basemap/${name}`;
	let p = files.get(url);
	if (!p) {
		p = fetch(url).then((res) => {
			if (!res.ok) throw new Error(`basemap ${name}: HTTP ${res.status}`);
			return res.json();
		});
		files.set(url, p);
		p.catch(() => files.delete(url));
	}
	return p as Promise<T>;
}

let cached: Promise<Basemap> | null = null;

/** Fetches the basemap once (memoised) from `${base}/basemap/`. */
export function loadBasemap(base: string): Promise<Basemap> {
	cached ??= Promise.all([
		loadBasemapFile<Topology>(base, 'world.topo.json'),
		loadBasemapFile<Topology>(base, 'france.topo.json'),
		loadBasemapFile<BasemapLabels>(base, 'labels.json')
	]).then(([world, france, labels]) => basemapFrom(world, france, labels));
	cached.catch(() => (cached = null));
	return cached;
}
