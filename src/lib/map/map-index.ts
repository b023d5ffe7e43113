/**
 * What the map needs of a set of records, computed once per records array (lazily, on the first
 * map build) so that a filter change is integer counting (geojson.ts): every French and partner
 * slot of every record as a key id and a "variant" (one distinct set of drawn properties and
 * coordinates of that key; -1 when the place has no coordinates), and every French × partner slot
 * pair as a pair id. Point geometries are built here once and shared by every filter change.
 */
import type { Point, Position } from 'geojson';
import type { CoopRecord, FrenchEntity, Partner, Precision } from '$lib/data/model';
import { frenchKey, NONE, partnerKey } from '$lib/data/query';

/** Partners placed at a country or admin-1 centroid: drawn hollow, said so in the tooltip. */
export const APPROX_PRECISIONS: readonly Precision[] = ['country', 'region'];

export function isApproximate(precision: Precision): boolean {
	return APPROX_PRECISIONS.includes(precision);
}

export interface FrenchVariant {
	key: number;
	name: string;
	kind: string;
	region: string | null;
	regionName: string | null;
	geometry: Point;
}

export interface PartnerVariant {
	key: number;
	name: string;
	country: string | null;
	countryFr: string | null;
	countryEn: string | null;
	precision: Precision;
	approx: 0 | 1;
	/** 1 for a partner in France, overseas included (`Partner.domestic`): drawn as a link inside France. */
	domestic: 0 | 1;
	geometry: Point;
	/** Id of `country ?? "none"` in `MapIndex.flowCountries` (the flows' country key). */
	flowCountry: number;
}

export interface MapIndex {
	records: readonly CoopRecord[];
	frenchKeys: string[];
	partnerKeys: string[];
	french: FrenchVariant[];
	partners: PartnerVariant[];
	/** Distinct `country ?? "none"` of the partners, and its id per partner variant. */
	flowCountries: string[];
	partnerFlowCountry: Int32Array;
	/** Per record (CSR over r.french): key id and variant id (-1: no coordinates) of each slot. */
	frenchOff: Uint32Array;
	frenchSlotKey: Int32Array;
	frenchSlotVar: Int32Array;
	/** Per record (CSR over r.partners), likewise. */
	partnerOff: Uint32Array;
	partnerSlotKey: Int32Array;
	partnerSlotVar: Int32Array;
	/** Per record, pair id of each French × partner slot (French-major; -1 when a side has no coordinates). */
	pairOff: Uint32Array;
	pairSlot: Int32Array;
	/** Per pair id: French and partner key ids. */
	pairFrench: Int32Array;
	pairPartner: Int32Array;
}

function hasCoords(o: { lon: number | null; lat: number | null }): o is { lon: number; lat: number } {
	return o.lon !== null && o.lat !== null && Number.isFinite(o.lon) && Number.isFinite(o.lat);
}

function point(lon: number, lat: number): Point {
	return { type: 'Point', coordinates: [lon, lat] as Position };
}

const sameFrench = (v: FrenchVariant, f: FrenchEntity) =>
	v.name === (f.officialName ?? f.name) && v.kind === f.kind && v.region === f.region && v.regionName === f.regionName && samePos(v.geometry, f);
const samePartner = (v: PartnerVariant, p: Partner) =>
	v.name === p.name && v.country === p.country && v.countryFr === p.countryFr && v.countryEn === p.countryEn && v.precision === p.precision && v.domestic === (p.domestic ? 1 : 0) && samePos(v.geometry, p);
const samePos = (g: Point, o: { lon: number | null; lat: number | null }) => g.coordinates[0] === o.lon && g.coordinates[1] === o.lat;

/** Interns strings to ids. */
function interner() {
	const ids = new Map<string, number>();
	const values: string[] = [];
	return {
		values,
		id(v: string): number {
			let id = ids.get(v);
			if (id === undefined) ids.set(v, (id = values.push(v) - 1));
			return id;
		}
	};
}

/** Variant id of a slot: the key's existing variant with the same properties, else a new one. */
function variantOf<V, T>(byKey: number[][], all: V[], key: number, item: T, same: (v: V, item: T) => boolean, make: () => V): number {
	const list = (byKey[key] ??= []);
	for (const v of list) if (same(all[v], item)) return v;
	const v = all.push(make()) - 1;
	list.push(v);
	return v;
}

export function buildMapIndex(records: readonly CoopRecord[]): MapIndex {
	const n = records.length;
	let nf = 0;
	let np = 0;
	let npairs = 0;
	for (const r of records) {
		nf += r.french.length;
		np += r.partners.length;
		npairs += r.french.length * r.partners.length;
	}
	const fKeys = interner();
	const pKeys = interner();
	const countries = interner();
	const french: FrenchVariant[] = [];
	const partners: PartnerVariant[] = [];
	const fVars: number[][] = [];
	const pVars: number[][] = [];
	const frenchOff = new Uint32Array(n + 1);
	const frenchSlotKey = new Int32Array(nf);
	const frenchSlotVar = new Int32Array(nf);
	const partnerOff = new Uint32Array(n + 1);
	const partnerSlotKey = new Int32Array(np);
	const partnerSlotVar = new Int32Array(np);
	const pairOff = new Uint32Array(n + 1);
	const pairSlot = new Int32Array(npairs);
	const pairIds: Map<number, number>[] = []; // per French key: partner key → pair id
	const pairFrench: number[] = [];
	const pairPartner: number[] = [];
	let fs = 0;
	let ps = 0;
	let pairs = 0;
	for (let i = 0; i < n; i++) {
		const r = records[i];
		const f0 = fs;
		const p0 = ps;
		for (const f of r.french) {
			const key = fKeys.id(frenchKey(f));
			frenchSlotKey[fs] = key;
			frenchSlotVar[fs++] = hasCoords(f)
				? variantOf(fVars, french, key, f, sameFrench, () => ({
						key,
						name: f.officialName ?? f.name,
						kind: f.kind,
						region: f.region,
						regionName: f.regionName,
						geometry: point(f.lon!, f.lat!)
					}))
				: -1;
		}
		for (const p of r.partners) {
			const key = pKeys.id(partnerKey(p));
			partnerSlotKey[ps] = key;
			partnerSlotVar[ps++] = hasCoords(p)
				? variantOf(pVars, partners, key, p, samePartner, () => ({
						key,
						name: p.name,
						country: p.country,
						countryFr: p.countryFr,
						countryEn: p.countryEn,
						precision: p.precision,
						approx: (isApproximate(p.precision) ? 1 : 0) as 0 | 1,
						domestic: (p.domestic ? 1 : 0) as 0 | 1,
						geometry: point(p.lon!, p.lat!),
						flowCountry: countries.id(p.country ?? NONE)
					}))
				: -1;
		}
		for (let a = f0; a < fs; a++)
			for (let b = p0; b < ps; b++) {
				if (frenchSlotVar[a] < 0 || partnerSlotVar[b] < 0) {
					pairSlot[pairs++] = -1;
					continue;
				}
				const fk = frenchSlotKey[a];
				const pk = partnerSlotKey[b];
				const ids = (pairIds[fk] ??= new Map());
				let id = ids.get(pk);
				if (id === undefined) {
					ids.set(pk, (id = pairFrench.length));
					pairFrench.push(fk);
					pairPartner.push(pk);
				}
				pairSlot[pairs++] = id;
			}
		frenchOff[i + 1] = fs;
		partnerOff[i + 1] = ps;
		pairOff[i + 1] = pairs;
	}
	return {
		records,
		frenchKeys: fKeys.values,
		partnerKeys: pKeys.values,
		french,
		partners,
		flowCountries: countries.values,
		partnerFlowCountry: Int32Array.from(partners, (v) => v.flowCountry),
		frenchOff,
		frenchSlotKey,
		frenchSlotVar,
		partnerOff,
		partnerSlotKey,
		partnerSlotVar,
		pairOff,
		pairSlot,
		pairFrench: Int32Array.from(pairFrench),
		pairPartner: Int32Array.from(pairPartner)
	};
}

/**
 * Per-key and per-pair counters reused by every filter change (geojson.ts resets what it touched):
 * allocating megabytes of typed arrays per change makes the engine collect the whole heap often.
 */
export interface MapScratch {
	fVar: Int32Array;
	fLinks: Uint32Array;
	fRecords: Uint32Array;
	fStamp: Int32Array;
	frenchOrder: Int32Array;
	pVar: Int32Array;
	pLinks: Uint32Array;
	pRecords: Uint32Array;
	pStamp: Int32Array;
	partnerOrder: Int32Array;
	pairFrenchVar: Int32Array;
	pairPartnerVar: Int32Array;
	pairCount: Uint32Array;
	pairStamp: Int32Array;
	pairOrder: Int32Array;
}

const scratches = new WeakMap<MapIndex, MapScratch>();

export function scratchOf(mi: MapIndex): MapScratch {
	let s = scratches.get(mi);
	if (!s) {
		const f = mi.frenchKeys.length;
		const p = mi.partnerKeys.length;
		const n = mi.pairFrench.length;
		s = {
			fVar: new Int32Array(f),
			fLinks: new Uint32Array(f),
			fRecords: new Uint32Array(f),
			fStamp: new Int32Array(f),
			frenchOrder: new Int32Array(f),
			pVar: new Int32Array(p),
			pLinks: new Uint32Array(p),
			pRecords: new Uint32Array(p),
			pStamp: new Int32Array(p),
			partnerOrder: new Int32Array(p),
			pairFrenchVar: new Int32Array(n),
			pairPartnerVar: new Int32Array(n),
			pairCount: new Uint32Array(n),
			pairStamp: new Int32Array(n),
			pairOrder: new Int32Array(n)
		};
		scratches.set(mi, s);
	}
	return s;
}

const cache = new WeakMap<readonly CoopRecord[], MapIndex>();

/** The map index of a records array, built once and cached (treat the array as immutable). */
export function mapIndexFor(records: readonly CoopRecord[]): MapIndex {
	let mi = cache.get(records);
	if (!mi) cache.set(records, (mi = buildMapIndex(records)));
	return mi;
}
