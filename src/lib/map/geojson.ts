/**
 * Records → the GeoJSON the map draws: French points, partner points (sized by their number of
 * links, approximate ones flagged) and one great-circle arc per distinct French ↔ partner pair.
 * Pure and browser-free; built once per filter change. The per-record work (keys, coordinates,
 * pair ids) is done once per dataset (map-index.ts), so a filter change counts on typed arrays and
 * builds only the point features; pairs and their arcs are built when first read. Arc geometry is
 * memoised by pair.
 *
 * @example const data = buildMapData(recordSet(records)); source.setData(data.arcs);
 */
import { geoDistance, geoInterpolate } from 'd3';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { CoopRecord, Precision } from '$lib/data/model';
import { NONE, type RecordSet } from '$lib/data/query';
import { countryName } from '$lib/i18n/labels';
import { unwrapLongitudes } from './antimeridian';
import { mapIndexFor, scratchOf, type MapIndex } from './map-index';

export { APPROX_PRECISIONS, isApproximate } from './map-index';

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
	/** 1 for a partner in France, overseas included: drawn in the French colour, a link inside France. */
	domestic: 0 | 1;
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
	/** One entry per distinct French ↔ partner pair (what flows aggregate), without geometry. Built on first access. */
	readonly pairs: ArcProps[];
	/** Number of distinct French ↔ partner pairs (`pairs.length`, without building them). */
	pairCount: number;
	/**
	 * The pairs as great-circle arcs. Built on first access only: at world zoom the map shows flows,
	 * so a filter change does not pay for 100k arc geometries until the user zooms in or selects.
	 */
	readonly arcs: FeatureCollection<LineString, ArcProps>;
	/** Link mentions (French × partner per record) with coordinates on both sides. */
	links: number;
	/** Link mentions left off the map because one side has no coordinates. */
	unplaced: number;
	/** The integer counts behind these collections, on the map index (what flows aggregate). */
	readonly counts: MapCounts;
}

/** The counts behind a MapData, by integer id (for aggregate-flows.ts). */
export interface MapCounts {
	index: MapIndex;
	/** French (partner) key id of each French (partner) feature. */
	frenchOrder: Int32Array;
	partnerOrder: Int32Array;
	/** Per key id: variant + 1 of its point (0: not drawn). */
	frenchVar: Int32Array;
	partnerVar: Int32Array;
	/** Per pair, in `pairs` order: pair id, records behind it, variants + 1 of the mentions that first drew it. */
	pairId: Int32Array;
	pairCount: Int32Array;
	pairFrenchVar: Int32Array;
	pairPartnerVar: Int32Array;
}

export type ArcCache = Map<string, Position[]>;

const ARC_CACHE_LIMIT = 200_000;
const defaultCache: ArcCache = new Map();

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

/** Unfiltered MapData per dataset, language and arc cache: "show everything" is the most frequent and the largest. */
const everything = new WeakMap<MapIndex, WeakMap<ArcCache, Partial<Record<'fr' | 'en', MapData>>>>();

/**
 * Builds the three collections from a set of records (already filtered). `lang` picks country
 * names. The map index is built once per dataset (the set's `index.records`).
 */
export function buildMapData(
	set: RecordSet,
	lang: 'fr' | 'en' = 'fr',
	cache: ArcCache = defaultCache,
	/** Under a country or continent filter (data/partners.ts): only the partners it is about are drawn. */
	partnerTest: ((iso: string | null) => boolean) | null = null
): MapData {
	const index = mapIndexFor(set.index.records);
	const positions = set.positions.length < index.records.length ? set.positions : null;
	if (partnerTest) return mapDataAt(index, positions, lang, cache, partnersFailing(index, partnerTest));
	if (positions) return mapDataAt(index, positions, lang, cache);
	let byCache = everything.get(index);
	if (!byCache) everything.set(index, (byCache = new WeakMap()));
	let byLang = byCache.get(cache);
	if (!byLang) byCache.set(cache, (byLang = {}));
	return (byLang[lang] ??= mapDataAt(index, null, lang, cache));
}

/** 1 per partner key whose country fails `test` (a partner key is "<country>:<name>"). */
function partnersFailing(index: MapIndex, test: (iso: string | null) => boolean): Uint8Array {
	const out = new Uint8Array(index.partnerKeys.length);
	const byCountry = new Map<string, boolean>();
	index.partnerKeys.forEach((key, pk) => {
		const c = key.slice(0, key.indexOf(':'));
		let pass = byCountry.get(c);
		if (pass === undefined) byCountry.set(c, (pass = test(c === NONE || c === '' ? null : c)));
		if (!pass) out[pk] = 1;
	});
	return out;
}

/** MapData of the records at `positions` (ascending) of the index, or of all of them (null); partners marked in `skip` left out. */
function mapDataAt(index: MapIndex, positions: Uint32Array | null, lang: 'fr' | 'en', cache: ArcCache, skip: Uint8Array | null = null): MapData {
	const { frenchOff, frenchSlotKey, frenchSlotVar, partnerOff, partnerSlotKey, partnerSlotVar, pairOff, pairSlot } = index;
	// Per key: variant + 1 of its point (0: no point yet), links, records, last record counted (k + 1); all 0 between calls.
	const { fVar, fLinks, fRecords, fStamp, frenchOrder, pVar, pLinks, pRecords, pStamp, partnerOrder } = scratchOf(index);
	const { pairFrenchVar, pairPartnerVar, pairCount, pairStamp, pairOrder } = scratchOf(index);
	let nFrench = 0;
	let nPartners = 0;
	let nPairs = 0;
	let links = 0;
	let unplaced = 0;

	const n = positions ? positions.length : index.records.length;
	for (let k = 0; k < n; k++) {
		const i = positions ? positions[k] : k;
		const stamp = k + 1;
		const p0 = partnerOff[i];
		const p1 = partnerOff[i + 1];
		let slot = pairOff[i];
		for (let a = frenchOff[i], aEnd = frenchOff[i + 1]; a < aEnd; a++) {
			const fk = frenchSlotKey[a];
			const fv = frenchSlotVar[a];
			// A collectivité's point takes the properties of its first placed mention.
			if (fVar[fk] === 0 && fv >= 0) {
				fVar[fk] = fv + 1;
				frenchOrder[nFrench++] = fk;
			}
			if (fVar[fk] !== 0 && fStamp[fk] !== stamp) {
				fRecords[fk]++;
				fStamp[fk] = stamp;
			}
			if (fv < 0) {
				unplaced += p1 - p0;
				slot += p1 - p0;
				continue;
			}
			for (let b = p0; b < p1; b++, slot++) {
				if (skip && skip[partnerSlotKey[b]]) continue;
				const pv = partnerSlotVar[b];
				if (pv < 0) {
					unplaced++;
					continue;
				}
				links++;
				const pk = partnerSlotKey[b];
				if (pVar[pk] === 0) {
					pVar[pk] = pv + 1;
					partnerOrder[nPartners++] = pk;
				}
				pLinks[pk]++;
				if (pStamp[pk] !== stamp) {
					pRecords[pk]++;
					pStamp[pk] = stamp;
				}
				fLinks[fk]++;
				const pair = pairSlot[slot];
				if (pairFrenchVar[pair] === 0) {
					pairFrenchVar[pair] = fv + 1;
					pairPartnerVar[pair] = pv + 1;
					pairOrder[nPairs++] = pair;
				}
				if (pairStamp[pair] !== stamp) {
					pairCount[pair]++;
					pairStamp[pair] = stamp;
				}
			}
		}
	}

	const frenchFeatures = new Array<Feature<Point, FrenchPointProps>>(nFrench);
	for (let j = 0; j < nFrench; j++) {
		const fk = frenchOrder[j];
		const v = index.french[fVar[fk] - 1];
		frenchFeatures[j] = {
			type: 'Feature',
			properties: { key: index.frenchKeys[fk], name: v.name, kind: v.kind, region: v.region, regionName: v.regionName, links: fLinks[fk], records: fRecords[fk] },
			geometry: v.geometry
		};
	}
	const partnerFeatures = new Array<Feature<Point, PartnerPointProps>>(nPartners);
	for (let j = 0; j < nPartners; j++) {
		const pk = partnerOrder[j];
		const v = index.partners[pVar[pk] - 1];
		partnerFeatures[j] = {
			type: 'Feature',
			properties: {
				key: index.partnerKeys[pk],
				name: v.name,
				country: v.country,
				countryName: v.country ? countryName(v.country, lang, v) : null,
				precision: v.precision,
				approx: v.approx,
				domestic: v.domestic,
				links: pLinks[pk],
				records: pRecords[pk]
			},
			geometry: v.geometry
		};
	}

	// What the lazy pairs/arcs and the flows need, copied out before the scratch is reset.
	const packed = new Int32Array(4 * nPairs);
	const counts: MapCounts = {
		index,
		frenchOrder: frenchOrder.slice(0, nFrench),
		partnerOrder: partnerOrder.slice(0, nPartners),
		frenchVar: fVar.slice(),
		partnerVar: pVar.slice(),
		pairId: packed.subarray(0, nPairs),
		pairCount: packed.subarray(nPairs, 2 * nPairs),
		pairFrenchVar: packed.subarray(2 * nPairs, 3 * nPairs),
		pairPartnerVar: packed.subarray(3 * nPairs)
	};
	for (let j = 0; j < nPairs; j++) {
		const pair = pairOrder[j];
		counts.pairId[j] = pair;
		counts.pairCount[j] = pairCount[pair];
		counts.pairFrenchVar[j] = pairFrenchVar[pair];
		counts.pairPartnerVar[j] = pairPartnerVar[pair];
		pairFrenchVar[pair] = pairPartnerVar[pair] = pairCount[pair] = pairStamp[pair] = 0;
	}
	for (let j = 0; j < nFrench; j++) {
		const fk = frenchOrder[j];
		fVar[fk] = fLinks[fk] = fRecords[fk] = fStamp[fk] = 0;
	}
	for (let j = 0; j < nPartners; j++) {
		const pk = partnerOrder[j];
		pVar[pk] = pLinks[pk] = pRecords[pk] = pStamp[pk] = 0;
	}

	let pairProps: ArcProps[] | null = null;
	const buildPairs = (): ArcProps[] => {
		const out = new Array<ArcProps>(nPairs);
		for (let j = 0; j < nPairs; j++) {
			const pair = counts.pairId[j];
			const fk = index.pairFrench[pair];
			const pk = index.pairPartner[pair];
			const mention = index.partners[counts.pairPartnerVar[j] - 1];
			out[j] = {
				from: index.frenchKeys[fk],
				to: index.partnerKeys[pk],
				fromName: index.french[counts.frenchVar[fk] - 1].name,
				toName: mention.name,
				country: mention.country,
				region: index.french[counts.pairFrenchVar[j] - 1].region,
				approx: index.partners[counts.partnerVar[pk] - 1].approx,
				count: counts.pairCount[j]
			};
		}
		return out;
	};
	let arcCollection: FeatureCollection<LineString, ArcProps> | null = null;
	const buildArcs = (): FeatureCollection<LineString, ArcProps> => {
		if (cache.size > ARC_CACHE_LIMIT) cache.clear();
		const props = (pairProps ??= buildPairs());
		return collection(
			props.map((p, j) => {
				const pair = counts.pairId[j];
				const a = index.french[counts.frenchVar[index.pairFrench[pair]] - 1].geometry.coordinates;
				const b = index.partners[counts.partnerVar[index.pairPartner[pair]] - 1].geometry.coordinates;
				// Keyed by the ends' coordinates, not the pair's keys: after an import or a correction moves
				// a point, the same pair gets a new arc.
				const k = `${a[0]},${a[1]}>${b[0]},${b[1]}`;
				let coords = cache.get(k);
				if (!coords) {
					coords = greatCircle(a, b);
					cache.set(k, coords);
				}
				return { type: 'Feature', properties: p, geometry: { type: 'LineString', coordinates: coords } };
			})
		);
	};
	const data: MapData = {
		french: collection(frenchFeatures),
		partners: collection(partnerFeatures),
		get pairs() {
			return (pairProps ??= buildPairs());
		},
		pairCount: nPairs,
		get arcs() {
			return (arcCollection ??= buildArcs());
		},
		links,
		unplaced,
		counts
	};
	return data;
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
