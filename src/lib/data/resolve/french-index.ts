/** The COG asset keyed for matching French collectivités' names: built once per loaded asset. */
import { normKey } from '../text';
import { COG_ASSET_VERSION, type CogAsset } from './cog-asset';
import { COMMUNE_ALIASES, DEPARTEMENT_ALIASES, EPCI_ALIASES, REGION_ALIASES } from './french-aliases';
import type { Match } from './french-match';

export interface AreaRef {
	code: string;
	name: string;
	/** Index of the chef-lieu / seat commune in the communes table, -1 when unknown. */
	seat: number;
}
export interface DepRef extends AreaRef {
	region: string;
}
/** One way of naming a current commune: the commune itself, a former commune inside it, or a place in it. */
export interface CommuneCandidate {
	commune: number;
	/** Own coordinates (degrees), null → the commune's. */
	lon: number | null;
	lat: number | null;
	pop: number;
}

/** The loaded COG, keyed for matching. */
export interface FrenchIndex {
	asset: CogAsset;
	communeByCode: Map<string, number>;
	communeKeys: Map<string, CommuneCandidate[]>;
	otherPlaceKeys: Map<string, CommuneCandidate[]>;
	/** Keys of current communes; sorted on first use, for "Le Touquet" → "Le Touquet-Paris-Plage". */
	currentKeys: Set<string>;
	sortedCommuneKeys: string[] | null;
	regions: Map<string, AreaRef>;
	regionKeys: Map<string, string>;
	deps: Map<string, DepRef>;
	depKeys: Map<string, string>;
	epci: Map<string, AreaRef & { type: string; members: number[] }>;
	epciKeys: Map<string, string[]>;
	epciOfCommune: Int32Array;
	/** Matches by name + hints, plus the given point when the match depended on it. */
	matchMemo: Map<string, Match | null>;
}


/** Matching key: normKey plus "st"/"ste" spelled out. */
export function makeKey(s: string): string {
	return normKey(s)
		.replace(/\bst\b/g, 'saint')
		.replace(/\bste\b/g, 'sainte');
}
const keyCache = new Map<string, string>();
/** makeKey, cached: the same names come back row after row. */
export function canonKey(s: string): string {
	let key = keyCache.get(s);
	if (key === undefined) {
		key = makeKey(s);
		if (keyCache.size >= 100_000) keyCache.clear();
		keyCache.set(s, key);
	}
	return key;
}

const EPCI_TYPE_WORDS = new Set([
	'cc', 'ca', 'cu', 'communaute', 'communes', 'agglomeration', 'agglo', 'urbaine', 'metropole', 'eurometropole',
	'metropolitaine', 'met69', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et'
]);
/** An EPCI name without its type words and articles: "CU d'Arras" and "Communauté urbaine d'Arras" → "arras". */
export function epciCore(key: string): string {
	return key
		.split(' ')
		.filter((w) => !EPCI_TYPE_WORDS.has(w))
		.join(' ');
}
export const sortedWords = (key: string): string => key.split(' ').sort().join(' ');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Keys every name of the asset (communes, former communes, places, départements, régions, EPCI) for matching. */
export function buildFrenchIndex(asset: CogAsset): FrenchIndex {
	if (asset.v !== COG_ASSET_VERSION) throw new Error(`cog.json: version ${String(asset.v)}, expected ${COG_ASSET_VERSION}`);
	const c = asset.c;
	const communeByCode = new Map<string, number>();
	const communeKeys = new Map<string, CommuneCandidate[]>();
	const currentKeys = new Set<string>();
	c.code.forEach((code, i) => {
		communeByCode.set(code, i);
		const key = makeKey(c.name[i]);
		currentKeys.add(key);
		push(communeKeys, key, { commune: i, lon: null, lat: null, pop: c.pop[i] });
	});
	for (const [, name, , parent, x, y, pop] of asset.s) {
		const i = communeByCode.get(parent);
		if (i === undefined) continue;
		push(communeKeys, makeKey(name), {
			commune: i,
			lon: x === null ? null : x / 1e4,
			lat: y === null ? null : y / 1e4,
			pop: pop ?? 0
		});
	}
	const otherPlaceKeys = new Map<string, CommuneCandidate[]>();
	for (const [name, code, x, y, pop] of asset.g) {
		const i = communeByCode.get(code);
		if (i !== undefined) push(otherPlaceKeys, makeKey(name), { commune: i, lon: x / 1e4, lat: y / 1e4, pop });
	}
	for (const [name, code] of Object.entries(COMMUNE_ALIASES)) {
		const i = communeByCode.get(code);
		if (i !== undefined) push(otherPlaceKeys, makeKey(name), { commune: i, lon: null, lat: null, pop: c.pop[i] });
	}
	const seatOf = (code: string): number => communeByCode.get(code) ?? -1;

	const regions = new Map<string, AreaRef>();
	const regionKeys = new Map<string, string>();
	for (const [code, name, chefLieu] of asset.r) {
		regions.set(code, { code, name, seat: seatOf(chefLieu) });
		regionKeys.set(makeKey(name), code);
	}
	for (const [name, code] of Object.entries(REGION_ALIASES)) regionKeys.set(makeKey(name), code);

	const deps = new Map<string, DepRef>();
	const depKeys = new Map<string, string>();
	for (const [code, name, region, chefLieu] of asset.d) {
		deps.set(code, { code, name, region, seat: seatOf(chefLieu) });
		const key = makeKey(name);
		depKeys.set(key, code);
		depKeys.set(key.replace(/^(?:la|le|les|l) /, ''), code);
	}
	for (const [name, code] of Object.entries(DEPARTEMENT_ALIASES)) depKeys.set(makeKey(name), code);

	const epci: FrenchIndex['epci'] = new Map();
	const epciKeys = new Map<string, string[]>();
	const epciOfCommune = new Int32Array(c.code.length).fill(-1);
	const members: number[][] = asset.e.map(() => []);
	c.e.forEach((e, i) => {
		if (e >= 0) {
			members[e].push(i);
			epciOfCommune[i] = e;
		}
	});
	asset.e.forEach(([siren, name, type], e) => {
		const m = members[e];
		const seat = m.length ? m.reduce((best, i) => (c.pop[i] > c.pop[best] ? i : best), m[0]) : -1;
		epci.set(siren, { code: siren, name, type, seat, members: m });
		const key = makeKey(name);
		const core = epciCore(key);
		for (const k of new Set([key, core, sortedWords(core)])) if (k) push(epciKeys, k, siren);
	});
	for (const [name, siren] of Object.entries(EPCI_ALIASES)) epciKeys.set(makeKey(name), [siren]);

	return {
		asset,
		communeByCode,
		communeKeys,
		otherPlaceKeys,
		currentKeys,
		sortedCommuneKeys: null,
		regions,
		regionKeys,
		deps,
		depKeys,
		epci,
		epciKeys,
		epciOfCommune,
		matchMemo: new Map()
	};
}
