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

let cached: Promise<Basemap> | null = null;

/** Fetches the basemap once (memoised) from `${base}/basemap/`. */
export function loadBasemap(base: string): Promise<Basemap> {
	cached ??= (async () => {
		const get = async <T>(name: string): Promise<T> => {
			const res = await fetch(`${base}/basemap/${name}`);
			if (!res.ok) throw new Error(`basemap ${name}: HTTP ${res.status}`);
			return res.json() as Promise<T>;
		};
		const [world, france, labels] = await Promise.all([
			get<Topology>('world.topo.json'),
			get<Topology>('france.topo.json'),
			get<BasemapLabels>('labels.json')
		]);
		return basemapFrom(world, france, labels);
	})();
	cached.catch(() => (cached = null));
	return cached;
}
