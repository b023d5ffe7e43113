/**
 * Records → the GeoJSON the map draws: French points, partner points (sized by their number of
 * links, approximate ones flagged) and one great-circle arc per distinct French ↔ partner pair.
 * Pure and browser-free; built once per filter change. Arc geometry is memoised by pair so a filter
 * change only rebuilds the properties.
 *
 * @example const data = buildMapData(records); source.setData(data.arcs);
 */
import { geoDistance, geoInterpolate } from 'd3';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { CoopRecord, Precision } from '$lib/data/model';
import { frenchKey, partnerKey } from '$lib/data/query';
import { unwrapLongitudes } from './antimeridian';

export interface FrenchPointProps {
	key: string;
	name: string;
	kind: string;
	region: string | null;
	regionName: string | null;
	links: number;
	records: number;
}

export interface PartnerPointProps {
	key: string;
	name: string;
	country: string | null;
	countryName: string | null;
	precision: Precision;
	/** 1 when placed only at a country or admin-1 centroid (drawn hollow). Numbers filter fastest in MapLibre. */
	approx: 0 | 1;
	links: number;
	records: number;
}

export interface ArcProps {
	/** French key (frenchKey) and partner key (partnerKey), as in a `link` Selection. */
	from: string;
	to: string;
	fromName: string;
	toName: string;
	country: string | null;
	region: string | null;
	approx: 0 | 1;
	/** Records behind this pair. */
	count: number;
}

export interface MapData {
	french: FeatureCollection<Point, FrenchPointProps>;
	partners: FeatureCollection<Point, PartnerPointProps>;
	/** One entry per distinct French ↔ partner pair (what flows aggregate), without geometry. */
	pairs: ArcProps[];
	/**
	 * The pairs as great-circle arcs. Built on first access only: at world zoom the map shows flows,
	 * so a filter change does not pay for 100k arc geometries until the user zooms in or selects.
	 */
	readonly arcs: FeatureCollection<LineString, ArcProps>;
	/** Link mentions (French × partner per record) with coordinates on both sides. */
	links: number;
	/** Link mentions left off the map because one side has no coordinates. */
	unplaced: number;
}

export type ArcCache = Map<string, Position[]>;

/** Partners placed at a country or admin-1 centroid: drawn hollow, said so in the tooltip. */
export const APPROX_PRECISIONS: readonly Precision[] = ['country', 'region'];

const ARC_CACHE_LIMIT = 200_000;
const defaultCache: ArcCache = new Map();

export function isApproximate(precision: Precision): boolean {
	return APPROX_PRECISIONS.includes(precision);
}

/**
 * Great-circle arc from a to b, with longitudes kept continuous across ±180 (see antimeridian.ts).
 * One vertex per ~3° of arc, 2 to 40 segments: smooth at world zoom, cheap at 100k arcs.
 */
export function greatCircle(a: Position, b: Position): Position[] {
	const dist = (geoDistance(a as [number, number], b as [number, number]) * 180) / Math.PI;
	const segments = Math.max(2, Math.min(40, Math.ceil(dist / 3)));
	const interp = geoInterpolate(a as [number, number], b as [number, number]);
	const pts: Position[] = new Array(segments + 1);
	for (let i = 0; i <= segments; i++) {
		const [x, y] = interp(i / segments);
		pts[i] = [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
	}
	pts[0] = [a[0], a[1]];
	pts[segments] = [b[0], b[1]];
	return unwrapLongitudes(pts);
}

interface RecordKeys {
	french: string[];
	partners: string[];
	/** `${frenchKey}>${partnerKey}`, French-major. */
	pairs: string[];
}
/** Keys per record, computed once and reused by every filter change (strings keep their hash). */
const recordKeys = new WeakMap<CoopRecord, RecordKeys>();

function keysOf(r: CoopRecord): RecordKeys {
	let k = recordKeys.get(r);
	if (!k) {
		const french = r.french.map(frenchKey);
		const partners = r.partners.map(partnerKey);
		k = { french, partners, pairs: french.flatMap((fk) => partners.map((pk) => `${fk}>${pk}`)) };
		recordKeys.set(r, k);
	}
	return k;
}

function hasCoords(o: { lon: number | null; lat: number | null }): o is { lon: number; lat: number } {
	return o.lon !== null && o.lat !== null && Number.isFinite(o.lon) && Number.isFinite(o.lat);
}

/** Builds the three collections from already-filtered records. `lang` picks country names. */
export function buildMapData(records: readonly CoopRecord[], lang: 'fr' | 'en' = 'fr', cache: ArcCache = defaultCache): MapData {
	const french = new Map<string, { props: FrenchPointProps; pos: Position; lastRecord: number }>();
	const partners = new Map<string, { props: PartnerPointProps; pos: Position; lastRecord: number }>();
	const arcs = new Map<string, { props: ArcProps; a: Position; b: Position; lastRecord: number }>();
	let links = 0;
	let unplaced = 0;

	for (let ri = 0; ri < records.length; ri++) {
		const r = records[ri];
		const keys = keysOf(r);
		for (let fi = 0; fi < r.french.length; fi++) {
			const f = r.french[fi];
			const fk = keys.french[fi];
			const placedF = hasCoords(f);
			let fp = french.get(fk);
			if (!fp && placedF) {
				fp = {
					props: { key: fk, name: f.officialName ?? f.name, kind: f.kind, region: f.region, regionName: f.regionName, links: 0, records: 0 },
					pos: [f.lon!, f.lat!],
					lastRecord: -1
				};
				french.set(fk, fp);
			}
			if (fp && fp.lastRecord !== ri) {
				fp.props.records++;
				fp.lastRecord = ri;
			}
			for (let pi = 0; pi < r.partners.length; pi++) {
				const p = r.partners[pi];
				if (!placedF || !hasCoords(p)) {
					unplaced++;
					continue;
				}
				links++;
				const pk = keys.partners[pi];
				let pp = partners.get(pk);
				if (!pp) {
					pp = {
						props: {
							key: pk,
							name: p.name,
							country: p.country,
							countryName: (lang === 'fr' ? p.countryFr : p.countryEn) ?? p.countryFr ?? p.countryEn ?? null,
							precision: p.precision,
							approx: isApproximate(p.precision) ? 1 : 0,
							links: 0,
							records: 0
						},
						pos: [p.lon!, p.lat!],
						lastRecord: -1
					};
					partners.set(pk, pp);
				}
				pp.props.links++;
				if (pp.lastRecord !== ri) {
					pp.props.records++;
					pp.lastRecord = ri;
				}
				fp!.props.links++;
				const ak = keys.pairs[fi * r.partners.length + pi];
				let arc = arcs.get(ak);
				if (!arc) {
					arc = {
						props: {
							from: fk,
							to: pk,
							fromName: fp!.props.name,
							toName: p.name,
							country: p.country,
							region: f.region,
							approx: pp.props.approx,
							count: 0
						},
						a: fp!.pos,
						b: pp.pos,
						lastRecord: -1
					};
					arcs.set(ak, arc);
				}
				if (arc.lastRecord !== ri) {
					arc.props.count++;
					arc.lastRecord = ri;
				}
			}
		}
	}

	let arcCollection: FeatureCollection<LineString, ArcProps> | null = null;
	const buildArcs = (): FeatureCollection<LineString, ArcProps> => {
		if (cache.size > ARC_CACHE_LIMIT) cache.clear();
		return collection(
			[...arcs.entries()].map(([k, v]) => {
				let coords = cache.get(k);
				if (!coords) {
					coords = greatCircle(v.a, v.b);
					cache.set(k, coords);
				}
				return { type: 'Feature', properties: v.props, geometry: { type: 'LineString', coordinates: coords } };
			})
		);
	};
	return {
		french: collection([...french.values()].map((v) => pointFeature(v.pos, v.props))),
		partners: collection([...partners.values()].map((v) => pointFeature(v.pos, v.props))),
		pairs: [...arcs.values()].map((v) => v.props),
		get arcs() {
			return (arcCollection ??= buildArcs());
		},
		links,
		unplaced
	};
}

function pointFeature<P>(pos: Position, props: P): Feature<Point, P> {
	return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: pos } };
}

export function collection<G extends Point | LineString, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
	return { type: 'FeatureCollection', features };
}

/** Largest `links` among the points, for the legend's size scale. */
export function maxLinks(data: Pick<MapData, 'french' | 'partners'>): number {
	let m = 0;
	for (const f of data.french.features) m = Math.max(m, f.properties.links);
	for (const f of data.partners.features) m = Math.max(m, f.properties.links);
	return m;
}
