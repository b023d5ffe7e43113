/**
 * World-zoom aggregation: French région → partner country flows, one bubble per région and per
 * country, and links per country for the choropleth. Individual points and arcs take over from
 * `detailZoom(...)` up (zoom-dependent layers), so at world zoom thousands of arcs stay readable.
 * Pure; built once per filter change from buildMapData's output and its integer counts (no
 * string key per pair); flow geometries memoised per flow while its two ends stay put.
 */
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import type { MapData } from './geojson';
import { collection, greatCircle } from './geojson';
import { isFrenchCountry, NONE } from '$lib/data/model';
import { knownCountryName } from '$lib/i18n/labels';

/** Label points shipped in static/basemap/labels.json (built by scripts/build-basemap.ts). */
export interface BasemapLabels {
	countries: { iso: string; fr: string; en: string; lon: number; lat: number; area: number }[];
	regions: { code: string; name: string; lon: number; lat: number }[];
}


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

const FLOW_CACHE_LIMIT = 50_000;
const flowGeometry = new Map<string, { a: Position; b: Position; line: Position[] }>();

/** Great circle of a région → country flow, memoised by flow (bubbles rarely move; recomputed if they did). */
function flowLine(key: string, a: Position, b: Position): Position[] {
	const hit = flowGeometry.get(key);
	if (hit && hit.a[0] === a[0] && hit.a[1] === a[1] && hit.b[0] === b[0] && hit.b[1] === b[1]) return hit.line;
	if (flowGeometry.size > FLOW_CACHE_LIMIT) flowGeometry.clear();
	const line = greatCircle(a, b);
	flowGeometry.set(key, { a, b, line });
	return line;
}

const labelMaps = new WeakMap<BasemapLabels, { region: Map<string, BasemapLabels['regions'][number]>; country: Map<string, BasemapLabels['countries'][number]> }>();

function labelMapsOf(labels: BasemapLabels) {
	let m = labelMaps.get(labels);
	if (!m) {
		m = { region: new Map(labels.regions.map((r) => [r.code, r])), country: new Map(labels.countries.filter((c) => c.iso).map((c) => [c.iso, c])) };
		labelMaps.set(labels, m);
	}
	return m;
}

/** Flow number + 1 per (bubble, country) cell, reused by every call and left all 0. */
let cellFlow = new Int32Array(0);

const flowsCache = new WeakMap<MapData, { labels: BasemapLabels; lang: 'fr' | 'en'; flows: Flows }[]>();

export function buildFlows(data: MapData, labels: BasemapLabels, lang: 'fr' | 'en' = 'fr'): Flows {
	let cached = flowsCache.get(data);
	if (!cached) flowsCache.set(data, (cached = []));
	const hit = cached.find((c) => c.labels === labels && c.lang === lang);
	if (hit) return hit.flows;
	const flows = computeFlows(data, labels, lang);
	cached.push({ labels, lang, flows });
	return flows;
}

function computeFlows(data: MapData, labels: BasemapLabels, lang: 'fr' | 'en'): Flows {
	const { region: regionLabel, country: countryLabel } = labelMapsOf(labels);
	const counts = data.counts;
	const { index } = counts;

	const regions = new Map<string, Acc>();
	// Bubble of each French point, by French key id; bubbles numbered in creation order.
	const regionIdOf = new Map<string, number>();
	const regionOfKey = new Int32Array(index.frenchKeys.length); // small: French keys number in the hundreds
	const regionKeys: string[] = [];
	data.french.features.forEach((f, j) => {
		const p = f.properties;
		const key = p.region ?? noRegionKey(f.geometry.coordinates);
		let id = regionIdOf.get(key);
		if (id === undefined) regionIdOf.set(key, (id = regionKeys.push(key) - 1));
		regionOfKey[counts.frenchOrder[j]] = id;
		acc(regions, key, p.regionName ?? '', f.geometry.coordinates, p.links);
	});
	// Country bubbles summed by country id (thousands of partner points), then listed in first-point order.
	const nC = index.flowCountries.length;
	const sums = new Float64Array(4 * nC); // lon, lat, points, links
	const names: string[] = new Array(nC);
	const countryOrder: number[] = [];
	const { partnerOrder, partnerVar } = counts;
	const { partnerFlowCountry } = index;
	data.partners.features.forEach((f, j) => {
		const c = partnerFlowCountry[partnerVar[partnerOrder[j]] - 1];
		if (sums[4 * c + 2] === 0) {
			names[c] = f.properties.countryName ?? '';
			countryOrder.push(c);
		}
		sums[4 * c] += f.geometry.coordinates[0];
		sums[4 * c + 1] += f.geometry.coordinates[1];
		sums[4 * c + 2]++;
		sums[4 * c + 3] += f.properties.links;
	});
	const countries = new Map<string, Acc>();
	for (const c of countryOrder) {
		const n = sums[4 * c + 2];
		countries.set(index.flowCountries[c], { sumLon: sums[4 * c], sumLat: sums[4 * c + 1], n, links: sums[4 * c + 3], places: n, name: names[c] });
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
	// Names from the one labelling module (i18n/labels.ts); the basemap's label only for a code it does not know.
	const countryName = (iso: string, fallback: string) => {
		const l = countryLabel.get(iso);
		return knownCountryName(iso, lang) ?? (l ? (lang === 'fr' ? l.fr : l.en) : fallback);
	};

	// One cell per (bubble, country) pair; flows and countries listed in the order their first pair comes.
	const cells = regionKeys.length * nC;
	if (cellFlow.length < cells) cellFlow = new Int32Array(cells * 2);
	const flowList: FlowProps[] = [];
	const flowCells: number[] = [];
	const countryTotal = new Float64Array(nC);
	const countrySeen = new Uint8Array(nC);
	const flowCountryOrder: number[] = [];
	const { pairId, pairCount, pairPartnerVar } = counts;
	const { pairFrench } = index;
	for (let j = 0; j < pairId.length; j++) {
		const fk = pairFrench[pairId[j]];
		const c = partnerFlowCountry[pairPartnerVar[j] - 1];
		const cell = regionOfKey[fk] * nC + c;
		let f = cellFlow[cell];
		if (f === 0) {
			const region = regionKeys[regionOfKey[fk]];
			const country = index.flowCountries[c];
			f = cellFlow[cell] = flowList.push({
				region,
				regionName: regions.get(region)!.name || data.french.features[counts.frenchOrder.indexOf(fk)].properties.regionName || '',
				country,
				countryName: countryName(country, countries.get(country)?.name ?? ''),
				count: 0,
				pairs: 0
			});
			flowCells.push(cell);
		}
		const flow = flowList[f - 1];
		const n = pairCount[j];
		flow.count += n;
		flow.pairs++;
		if (!countrySeen[c]) {
			countrySeen[c] = 1;
			flowCountryOrder.push(c);
		}
		countryTotal[c] += n;
	}
	for (const cell of flowCells) cellFlow[cell] = 0;
	const byCountry = new Map<string, number>();
	// Overseas France is France: not a partner country of the choropleth.
	for (const c of flowCountryOrder) if (!isFrenchCountry(index.flowCountries[c])) byCountry.set(index.flowCountries[c], countryTotal[c]);

	const flows = flowList
		.sort((x, y) => x.count - y.count) // biggest drawn last, on top
		.map((p) => ({
			type: 'Feature' as const,
			properties: p,
			geometry: { type: 'LineString' as const, coordinates: flowLine(`${p.region}>${p.country}`, regionPos(p.region), countryPos(p.country)) }
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
