/**
 * French collectivités through the official COG (static/data/cog.json, built by scripts/build-cog.ts):
 * by code or by name, homonyms disambiguated by département, then given coordinates, then population.
 *
 * Decisions:
 * - A commune déléguée / associée or an arrondissement municipal ("Hesdin", "Château-Gontier",
 *   "Cran-Gevrier") resolves to the current commune it belongs to: code and officialName are the current
 *   commune's (so filters, pages and counts group it with its commune), the coordinates are the former
 *   commune's own place when the gazetteer has it. The name as written stays in `name`.
 * - An old région name ("Limousin") resolves to the current région (kind 'region', current code and name).
 * - A région's `departement` is null (a région spans several); an EPCI takes the département and région
 *   of its seat (its most populous member commune).
 * - Given coordinates win (coordSource 'given'), except for a commune when they lie more than GIVEN_MAX_KM
 *   from its own place: then the COG place is used and `givenIgnored` says how far off they were.
 * - Matching lives in french-match.ts (rules) and french-index.ts (keys); aliases in french-aliases.ts.
 */
import type { FrenchCoordSource, FrenchEntity, FrenchKind } from '../model';
import { departementOfCommune, type CogAsset } from './cog-asset';
import { buildFrenchIndex, type FrenchIndex } from './french-index';
import { byCode, distanceKm, findMatch, lookupDep, lookupRegion, type FrenchHints, type Match } from './french-match';

export type { CogAsset } from './cog-asset';
export type { FrenchHints } from './french-match';
export { canonKey } from './french-index';

/**
 * What resolveFrench returns: a FrenchEntity plus how sure the choice was.
 * `candidates` (when > 1) counts the distinct collectivités the name matched; `ambiguous` is true when
 * neither a département nor the given point settled the choice (no point, or every homonym > 30 km from it).
 * `givenIgnored` is the distance (km) when given coordinates were set aside because they lie more than
 * GIVEN_MAX_KM from the commune the name resolved to (a geocoder's error: "Joinville" placed in America).
 */
export type ResolvedFrench = FrenchEntity & {
	candidates?: number;
	ambiguous?: boolean;
	givenIgnored?: number;
	/** The smaller namesake the given point designated, set aside for the larger commune (see NAMESAKE_RATIO). */
	namesake?: { code: string; name: string; population: number; chosenPopulation: number };
};

/** Given coordinates farther than this from the resolved commune's own place are not that commune's. */
export const GIVEN_MAX_KM = 100;

/** Opaque handle on the loaded COG (build once with buildCogIndex, then resolve many names). */
export interface CogIndex {
	readonly _brand: 'CogIndex';
}

export function buildCogIndex(asset: CogAsset): CogIndex {
	return buildFrenchIndex(asset) as unknown as CogIndex;
}

function validLonLat(lon: number | null | undefined, lat: number | null | undefined): [number, number] | null {
	if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lon === 0 && lat === 0)) return null;
	return [lon, lat];
}

/** Where a seat commune's COG place comes from ('unresolved' for no seat). */
const seatSource = (c: CogAsset['c'], seat: number): FrenchCoordSource =>
	seat < 0 ? 'unresolved' : c.src[seat] === 'g' ? 'cog' : 'departement';
/** A seat commune's COG place, or null for no seat. */
const seatPoint = (c: CogAsset['c'], seat: number): [number, number] | null =>
	seat < 0 ? null : [c.x[seat] / 1e4, c.y[seat] / 1e4];

function toEntity(ix: FrenchIndex, name: string, m: Match, given: [number, number] | null): ResolvedFrench {
	const c = ix.asset.c;
	let code: string;
	let officialName: string;
	let dep: string | null = null;
	let region: string | null = null;
	let point: [number, number] | null = null;
	let coordSource: FrenchCoordSource = 'cog';
	// The seat whose COG place locates the collectivité (-2: none to look up). No closure here: this runs
	// once per distinct name of every import.
	let seat = -2;
	if (m.kind === 'commune') {
		const i = m.cand.commune;
		code = c.code[i];
		officialName = c.name[i];
		dep = departementOfCommune(code);
		if (m.cand.lon !== null && m.cand.lat !== null) point = [m.cand.lon, m.cand.lat];
		else seat = i;
	} else if (m.kind === 'epci') {
		const e = ix.epci.get(m.code);
		code = m.code;
		officialName = e?.name ?? m.code;
		if (e && e.seat >= 0) {
			dep = departementOfCommune(c.code[e.seat]);
			seat = e.seat;
		}
	} else if (m.kind === 'departement') {
		const d = ix.deps.get(m.code);
		code = m.code;
		officialName = d?.name ?? m.code;
		dep = m.code;
		seat = d?.seat ?? -1;
	} else {
		const r = ix.regions.get(m.code);
		code = m.code;
		officialName = r?.name ?? m.code;
		region = m.code;
		seat = r?.seat ?? -1;
	}
	if (seat !== -2) {
		point = seatPoint(c, seat);
		coordSource = seatSource(c, seat);
	}
	const depRef = dep ? ix.deps.get(dep) : undefined;
	region ??= depRef?.region ?? null;
	// A commune's gazetteer place is within a few km of it: a given point far from it belongs to something else.
	const off = given && point && m.kind === 'commune' && coordSource === 'cog' ? distanceKm(...given, ...point) : 0;
	// A point that designated a smaller namesake is that namesake's, whatever the distance.
	const namesake = m.kind === 'commune' ? m.namesake : undefined;
	if (given && !(off > GIVEN_MAX_KM) && !namesake) {
		point = given;
		coordSource = 'given';
	}
	const out: ResolvedFrench = {
		name,
		officialName,
		kind: m.kind,
		code,
		departement: dep,
		departementName: depRef?.name ?? null,
		region,
		regionName: region ? (ix.regions.get(region)?.name ?? null) : null,
		lon: point ? point[0] : null,
		lat: point ? point[1] : null,
		coordSource: point ? coordSource : 'unresolved'
	};
	if (off > GIVEN_MAX_KM && !namesake) out.givenIgnored = Math.round(off);
	if (namesake && m.kind === 'commune') {
		out.namesake = {
			code: c.code[namesake.commune],
			name: c.name[namesake.commune],
			population: namesake.pop || c.pop[namesake.commune],
			chosenPopulation: m.cand.pop
		};
	}
	if (m.kind === 'commune') {
		if (m.candidates > 1) out.candidates = m.candidates;
		if (m.ambiguous) out.ambiguous = true;
	}
	return out;
}

function unresolved(ix: FrenchIndex, name: string, hints: FrenchHints, given: [number, number] | null): ResolvedFrench {
	const dep = lookupDep(ix, hints.departement);
	const depRef = dep ? ix.deps.get(dep) : undefined;
	const region = lookupRegion(ix, hints.region) ?? depRef?.region ?? null;
	return {
		name,
		officialName: null,
		kind: hints.kind ?? 'other',
		code: null,
		departement: dep,
		departementName: depRef?.name ?? null,
		region,
		regionName: region ? (ix.regions.get(region)?.name ?? null) : null,
		lon: given ? given[0] : null,
		lat: given ? given[1] : null,
		coordSource: given ? 'given' : 'unresolved'
	};
}

const MEMO_LIMIT = 200_000;

/**
 * Resolves one French-side name (or code) to its collectivité; never throws, returns kind 'other' when unknown.
 * Memoised by name + hints alone when the point played no part in the match (most names), so that a file
 * where every row carries its own coordinates still resolves each name once; by name + hints + point otherwise.
 */
export function resolveFrench(index: CogIndex, name: string, hints: FrenchHints = {}): ResolvedFrench {
	const ix = index as unknown as FrenchIndex;
	const given = validLonLat(hints.lon, hints.lat);
	const baseKey = `${name}\u0001${hints.kind ?? ''}\u0001${hints.code ?? ''}\u0001${hints.departement ?? ''}\u0001${hints.region ?? ''}`;
	const pointKey = given ? `${baseKey}\u0001${given[0]}\u0001${given[1]}` : `${baseKey}\u0001-`;
	let m = ix.matchMemo.has(baseKey) ? ix.matchMemo.get(baseKey) : ix.matchMemo.get(pointKey);
	if (m === undefined) {
		const found = findMatch(ix, name, hints, given);
		m = found.m;
		if (ix.matchMemo.size >= MEMO_LIMIT) ix.matchMemo.clear();
		ix.matchMemo.set(found.usedPoint ? pointKey : baseKey, m);
	}
	return m ? toEntity(ix, name, m, given) : unresolved(ix, name, hints, given);
}

/** Looks a collectivité up by its official code (INSEE commune/département/région, SIREN EPCI). */
export function frenchByCode(index: CogIndex, code: string, kind?: FrenchKind): ResolvedFrench | null {
	const ix = index as unknown as FrenchIndex;
	const m = byCode(ix, code, kind ?? null);
	if (!m) return null;
	const e = toEntity(ix, code, m, null);
	return { ...e, name: e.officialName ?? code };
}

/** Member communes of an EPCI (INSEE codes), for collectivité pages. */
export function epciMembers(index: CogIndex, siren: string): string[] {
	const ix = index as unknown as FrenchIndex;
	return (ix.epci.get(siren)?.members ?? []).map((i) => ix.asset.c.code[i]);
}
