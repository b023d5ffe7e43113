/**
 * World-zoom aggregation: French région → partner country flows, one bubble per région and per
 * country, and links per country for the choropleth. Individual points and arcs take over from
 * `detailZoom(...)` up (zoom-dependent layers), so at world zoom thousands of arcs stay readable.
 * Pure; built once per filter change from buildMapData's output.
 */
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import type { MapData } from './geojson';
import { collection, greatCircle } from './geojson';

/** Label points shipped in static/basemap/labels.json (built by scripts/build-basemap.ts). */
export interface BasemapLabels {
	countries: { iso: string; fr: string; en: string; lon: number; lat: number; area: number }[];
	regions: { code: string; name: string; lon: number; lat: number }[];
}

export const NONE = 'none';

export interface FlowProps {
	region: string;
	regionName: string;
	country: string;
	countryName: string;
	/** Records behind the flow, summed over its French ↔ partner pairs. */
	count: number;
	/** Distinct French ↔ partner pairs in the flow. */
	pairs: number;
}

export interface BubbleProps {
	/** Région code or ISO country code ("none…" when unknown, see isUnknownKey). */
	key: string;
	side: 'french' | 'partner';
	name: string;
	links: number;
	/** Distinct places gathered in the bubble. */
	places: number;
}

export interface Flows {
	flows: FeatureCollection<LineString, FlowProps>;
	regionBubbles: FeatureCollection<Point, BubbleProps>;
	countryBubbles: FeatureCollection<Point, BubbleProps>;
	/** Records behind links per partner country (ISO → count), for the choropleth. */
	byCountry: Map<string, number>;
}

/** Below this many arcs, individual arcs and points are shown at every zoom. */
export const DETAIL_ALWAYS_BELOW = 1500;
/** Zoom from which individual arcs and points replace flows and bubbles. */
export const DETAIL_ZOOM = 4;

/**
 * Collectivités without a région (overseas collectivities outside the 18 régions, unresolved names)
 * are gathered per 5° cell rather than into one bubble at a meaningless mean position.
 */
export function noRegionKey(pos: Position): string {
	return `${NONE}:${Math.round(pos[0] / 5)}:${Math.round(pos[1] / 5)}`;
}

/** True for a bubble/flow key standing for an unknown région or country. */
export function isUnknownKey(key: string): boolean {
	return key === NONE || key.startsWith(`${NONE}:`);
}

export function detailZoom(arcCount: number): number {
	return arcCount < DETAIL_ALWAYS_BELOW ? 0 : DETAIL_ZOOM;
}

interface Acc {
	sumLon: number;
	sumLat: number;
	n: number;
	links: number;
	places: number;
	name: string;
}

function acc(map: Map<string, Acc>, key: string, name: string, pos: Position, links: number): void {
	const a = map.get(key) ?? { sumLon: 0, sumLat: 0, n: 0, links: 0, places: 0, name };
	a.sumLon += pos[0];
	a.sumLat += pos[1];
	a.n++;
	a.places++;
	a.links += links;
	map.set(key, a);
}

export function buildFlows(data: MapData, labels: BasemapLabels, lang: 'fr' | 'en' = 'fr'): Flows {
	const regionLabel = new Map(labels.regions.map((r) => [r.code, r]));
	const countryLabel = new Map(labels.countries.filter((c) => c.iso).map((c) => [c.iso, c]));

	const regions = new Map<string, Acc>();
	const regionOf = new Map<string, string>();
	for (const f of data.french.features) {
		const p = f.properties;
		const key = p.region ?? noRegionKey(f.geometry.coordinates);
		regionOf.set(p.key, key);
		acc(regions, key, p.regionName ?? '', f.geometry.coordinates, p.links);
	}
	const countries = new Map<string, Acc>();
	for (const f of data.partners.features) {
		const p = f.properties;
		acc(countries, p.country ?? NONE, p.countryName ?? '', f.geometry.coordinates, p.links);
	}

	const regionPos = (code: string): Position => {
		const l = regionLabel.get(code);
		if (l) return [l.lon, l.lat];
		const a = regions.get(code)!;
		return [a.sumLon / a.n, a.sumLat / a.n];
	};
	const countryPos = (iso: string): Position => {
		const l = countryLabel.get(iso);
		const a = countries.get(iso)!;
		// A country label far from every partner (overseas territories of a country) would mislead: use the partners' mean.
		const mean: Position = [a.sumLon / a.n, a.sumLat / a.n];
		if (!l) return mean;
		return Math.abs(l.lon - mean[0]) + Math.abs(l.lat - mean[1]) > 60 ? mean : [l.lon, l.lat];
	};
	const countryName = (iso: string, fallback: string) => {
		const l = countryLabel.get(iso);
		return l ? (lang === 'fr' ? l.fr : l.en) : fallback;
	};

	const flowMap = new Map<string, FlowProps>();
	const byCountry = new Map<string, number>();
	const frenchRegion = new Map(data.french.features.map((f) => [f.properties.key, f.properties]));
	for (const a of data.pairs) {
		const region = regionOf.get(a.from) ?? NONE;
		const country = a.country ?? NONE;
		const k = `${region}>${country}`;
		let flow = flowMap.get(k);
		if (!flow) {
			flow = {
				region,
				regionName: regions.get(region)?.name || frenchRegion.get(a.from)?.regionName || '',
				country,
				countryName: countryName(country, countries.get(country)?.name ?? ''),
				count: 0,
				pairs: 0
			};
			flowMap.set(k, flow);
		}
		flow.count += a.count;
		flow.pairs++;
		byCountry.set(country, (byCountry.get(country) ?? 0) + a.count);
	}

	const flows = [...flowMap.values()]
		.sort((x, y) => x.count - y.count) // biggest drawn last, on top
		.map((p) => ({
			type: 'Feature' as const,
			properties: p,
			geometry: { type: 'LineString' as const, coordinates: greatCircle(regionPos(p.region), countryPos(p.country)) }
		}));
	const bubbles = (m: Map<string, Acc>, side: 'french' | 'partner', pos: (k: string) => Position) =>
		collection(
			[...m.entries()]
				.sort((x, y) => y[1].links - x[1].links) // biggest first, drawn below the small ones
				.map(([key, a]) => ({
					type: 'Feature' as const,
					properties: { key, side, name: side === 'partner' ? countryName(key, a.name) : a.name, links: a.links, places: a.places },
					geometry: { type: 'Point' as const, coordinates: pos(key) }
				}))
		);
	return {
		flows: collection(flows),
		regionBubbles: bubbles(regions, 'french', regionPos),
		countryBubbles: bubbles(countries, 'partner', countryPos),
		byCountry
	};
}

/** The biggest flows, for the text alternative and the legend. */
export function topFlows(flows: Flows, n = 10): FlowProps[] {
	return flows.flows.features
		.map((f) => f.properties)
		.sort((a, b) => b.count - a.count || a.regionName.localeCompare(b.regionName))
		.slice(0, n);
}

/** Largest `links` of a région or country bubble, for the legend's size scale. */
export function maxBubbleLinks(flows: Flows): number {
	let m = 0;
	for (const f of flows.regionBubbles.features) m = Math.max(m, f.properties.links);
	for (const f of flows.countryBubbles.features) m = Math.max(m, f.properties.links);
	return m;
}
