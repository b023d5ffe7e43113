/**
 * Matching a French-side name to the COG: prefixes and suffixes read (french-names.ts), then communes,
 * former communes, départements, régions and EPCI tried in the order that settles real names best;
 * homonyms are chosen by département/région hint, then the given point, then population.
 */
import type { FrenchKind } from '../model';
import { clean } from '../text';
import { departementOfCommune } from './cog-asset';
import { canonKey, epciCore, sortedWords, type CommuneCandidate, type FrenchIndex } from './french-index';
import { parseFrenchName, type ParsedFrenchName } from './french-names';
import { greatCircleKm as distanceKm } from '../geo/distance';

/** What the caller knows besides the name (a file's kind, code, département, région or coordinate columns). */
export interface FrenchHints {
	kind?: FrenchKind | null;
	code?: string | null;
	/** Département code ("34") or name ("Hérault"). */
	departement?: string | null;
	/** Région code ("76") or name, current or former ("Occitanie", "Midi-Pyrénées"). */
	region?: string | null;
	lon?: number | null;
	lat?: number | null;
}

interface Query {
	lon: number | null;
	lat: number | null;
	dep: string | null;
	region: string | null;
	/** Set when a decision looked at the point: the match then cannot be reused for other coordinates. */
	track: { usedPoint: boolean };
}

/** The given point, noting that the decision depends on it. */
function pointOf(q: Query): [number, number] | null {
	q.track.usedPoint = true;
	return q.lon !== null && q.lat !== null ? [q.lon, q.lat] : null;
}

/** A match before it becomes an entity. */
export type Match =
	| {
			kind: 'commune';
			cand: CommuneCandidate;
			candidates: number;
			ambiguous: boolean;
			/** The smaller namesake the given point designated, set aside for this commune (NAMESAKE_RATIO). */
			namesake?: CommuneCandidate;
	  }
	| { kind: 'departement' | 'region' | 'epci'; code: string };

export { distanceKm };

/** Where a candidate lies; [NaN, NaN] when nothing places it (distances to it are then NaN, never "near"). */
function communeLonLat(ix: FrenchIndex, cand: CommuneCandidate): [number, number] {
	if (cand.lon !== null && cand.lat !== null) return [cand.lon, cand.lat];
	const i = cand.commune;
	return ix.asset.c.src[i] === 'n' ? [NaN, NaN] : [ix.asset.c.x[i] / 1e4, ix.asset.c.y[i] / 1e4];
}
/** Beyond this distance from the given point, a homonym is no evidence: the name may mean another place. */
const NEAR_KM = 30;
/**
 * A given point that designates a commune this many times smaller than a namesake is taken for a
 * geocoder's error (Sceaux the village in the Yonne for Sceaux in the Hauts-de-Seine): the larger
 * commune is kept. Only a code settles it otherwise (a code never reaches the choice among homonyms).
 */
export const NAMESAKE_RATIO = 10;

function regionOfCommune(ix: FrenchIndex, i: number): string | null {
	return ix.deps.get(departementOfCommune(ix.asset.c.code[i]))?.region ?? null;
}

export function lookupDep(ix: FrenchIndex, text: string | null | undefined): string | null {
	const s = clean(text);
	if (!s) return null;
	if (ix.deps.has(s.toUpperCase())) return s.toUpperCase();
	if (/^\d$/.test(s) && ix.deps.has(`0${s}`)) return `0${s}`;
	return ix.depKeys.get(canonKey(s)) ?? ix.depKeys.get(canonKey(parseFrenchName(s).core)) ?? null;
}

export function lookupRegion(ix: FrenchIndex, text: string | null | undefined): string | null {
	const s = clean(text);
	if (!s) return null;
	if (ix.regions.has(s)) return s;
	return ix.regionKeys.get(canonKey(s)) ?? ix.regionKeys.get(canonKey(parseFrenchName(s).core)) ?? null;
}

/** Picks among homonyms: département/région filter, then nearest to the given point, then most populous. */
function choose(ix: FrenchIndex, all: CommuneCandidate[], q: Query): Match | null {
	// A département or région hint that no candidate fits is set aside, and the choice marked ambiguous.
	if (all.length === 1) {
		const only = all[0];
		const dep = departementOfCommune(ix.asset.c.code[only.commune]);
		const misfit = q.dep ? dep !== q.dep : q.region ? ix.deps.get(dep)?.region !== q.region : false;
		return { kind: 'commune', cand: only, candidates: 1, ambiguous: misfit };
	}
	// One candidate per current commune (a commune and its former commune of the same name are one).
	const seen = new Map<number, CommuneCandidate>();
	for (const cand of all) {
		const prev = seen.get(cand.commune);
		if (!prev || (cand.lon !== null && prev.lon === null)) seen.set(cand.commune, cand);
	}
	let cands = [...seen.values()];
	let misfit = false;
	if (q.dep || q.region) {
		const fit = cands.filter((cd) =>
			q.dep ? departementOfCommune(ix.asset.c.code[cd.commune]) === q.dep : regionOfCommune(ix, cd.commune) === q.region
		);
		if (fit.length) cands = fit;
		else misfit = true;
	}
	const count = seen.size;
	if (cands.length === 1) return { kind: 'commune', cand: cands[0], candidates: count, ambiguous: misfit };
	const point = pointOf(q);
	if (point) {
		const [lon, lat] = point;
		const ranked = cands
			.map((cd) => ({ cd, d: distanceKm(lon, lat, ...communeLonLat(ix, cd)) }))
			.sort((a, b) => (Number.isNaN(a.d) ? 1 : Number.isNaN(b.d) ? -1 : a.d - b.d));
		const picked = ranked[0].cd;
		// Each candidate's own population (a former commune's, not that of the commune it merged into);
		// a former commune of unknown population is at most its commune's, which bounds the picked side.
		const largest = cands.reduce((a, b) => (b.pop > a.pop ? b : a));
		const pickedPop = picked.pop || ix.asset.c.pop[picked.commune];
		if (largest.commune !== picked.commune && pickedPop > 0 && pickedPop * NAMESAKE_RATIO <= largest.pop) {
			return { kind: 'commune', cand: largest, candidates: count, ambiguous: false, namesake: picked };
		}
		return { kind: 'commune', cand: picked, candidates: count, ambiguous: !(ranked[0].d <= NEAR_KM) };
	}
	const best = cands.reduce((a, b) => (b.pop > a.pop ? b : a));
	return { kind: 'commune', cand: best, candidates: count, ambiguous: true };
}

/** "Le Touquet" → "Le Touquet-Paris-Plage": current communes whose name starts with the key, if they settle it. */
function prefixCandidates(ix: FrenchIndex, key: string, q: Query): CommuneCandidate[] {
	ix.sortedCommuneKeys ??= [...ix.currentKeys].sort();
	const keys = ix.sortedCommuneKeys;
	const start = `${key} `;
	let lo = 0;
	let hi = keys.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (keys[mid] < start) lo = mid + 1;
		else hi = mid;
	}
	const out: CommuneCandidate[] = [];
	for (let k = lo; k < keys.length && keys[k].startsWith(start); k++) {
		for (const cand of ix.communeKeys.get(keys[k]) ?? []) if (cand.lon === null) out.push(cand);
	}
	const point = pointOf(q);
	if (point) {
		const [lon, lat] = point;
		return out.filter((cd) => distanceKm(lon, lat, ...communeLonLat(ix, cd)) <= 15);
	}
	return out.length === 1 ? out : [];
}

function isFar(ix: FrenchIndex, m: Match | null, q: Query): boolean {
	if (!m || m.kind !== 'commune' || m.namesake) return false;
	const point = pointOf(q);
	return point !== null && !(distanceKm(...point, ...communeLonLat(ix, m.cand)) <= NEAR_KM);
}

function matchCommune(ix: FrenchIndex, names: string[], q: Query, loose: boolean): Match | null {
	for (const name of names) {
		const key = canonKey(name);
		if (!key) continue;
		const exact = ix.communeKeys.get(key);
		if (!exact) continue;
		const m = choose(ix, exact, q);
		// "Vaux" given near Melun, where no Vaux lies but Vaux-le-Pénil does.
		if (isFar(ix, m, q)) {
			const pre = prefixCandidates(ix, key, q);
			if (pre.length) return choose(ix, pre, q);
		}
		return m;
	}
	if (!loose) return null;
	for (const name of names) {
		const key = canonKey(name);
		if (!key) continue;
		// "Chambon-sur-Lignon" → "Le Chambon-sur-Lignon", "Le Rheu" → "Rheu": the article written or dropped.
		const bare = key.replace(/^(?:le|la|les|l) /, '');
		for (const k of [bare, `le ${bare}`, `la ${bare}`, `les ${bare}`, `l ${bare}`]) {
			const hit = k !== key ? ix.communeKeys.get(k) : undefined;
			if (hit) return choose(ix, hit, q);
		}
		const other = ix.otherPlaceKeys.get(key);
		if (other) return choose(ix, other, q);
	}
	for (const name of names) {
		const key = canonKey(name);
		const pre = key ? prefixCandidates(ix, key, q) : [];
		if (pre.length) return choose(ix, pre, q);
	}
	return null;
}

function matchEpci(ix: FrenchIndex, names: string[], q: Query, viaCommune: boolean): Match | null {
	for (const name of names) {
		const key = canonKey(name);
		if (!key) continue;
		const core = epciCore(key);
		const tries = [key, core, sortedWords(core), core.replace(/^(?:grand|pays) /, '')];
		for (const k of tries) {
			const sirens = k ? ix.epciKeys.get(k) : undefined;
			if (!sirens?.length) continue;
			const pick = sirens.length === 1 ? sirens[0] : pickEpci(ix, sirens, q);
			return { kind: 'epci', code: pick };
		}
	}
	if (!viaCommune) return null;
	// "Bergerac (communauté)", "Communauté d'agglomération de Saint Omer": the EPCI of that commune.
	for (const name of names) {
		const m = matchCommune(ix, [epciCore(canonKey(name)).replace(/^pays /, '')], q, false);
		if (m?.kind === 'commune') {
			const e = ix.epciOfCommune[m.cand.commune];
			if (e >= 0) return { kind: 'epci', code: ix.asset.e[e][0] };
		}
	}
	return null;
}

function pickEpci(ix: FrenchIndex, sirens: string[], q: Query): string {
	const depOf = (s: string): string | null => {
		const seat = ix.epci.get(s)?.seat ?? -1;
		return seat >= 0 ? departementOfCommune(ix.asset.c.code[seat]) : null;
	};
	return sirens.find((s) => q.dep && depOf(s) === q.dep) ?? sirens[0];
}

function matchArea(ix: FrenchIndex, names: string[], kind: 'departement' | 'region'): Match | null {
	for (const name of names) {
		const key = canonKey(name);
		if (!key) continue;
		const code = kind === 'departement' ? ix.depKeys.get(key) : ix.regionKeys.get(key);
		if (code) return { kind, code };
	}
	return null;
}

function areaCentre(ix: FrenchIndex, m: Match): [number, number] | null {
	if (m.kind === 'commune') return communeLonLat(ix, m.cand);
	const seat =
		m.kind === 'departement' ? ix.deps.get(m.code)?.seat : m.kind === 'region' ? ix.regions.get(m.code)?.seat : ix.epci.get(m.code)?.seat;
	return seat !== undefined && seat >= 0 ? [ix.asset.c.x[seat] / 1e4, ix.asset.c.y[seat] / 1e4] : null;
}

/**
 * A name that is both a commune and a département or région ("Bretagne", "Vienne", "Paris"): the commune when
 * the given point is near it, else the area when the point is near that; without a point, the commune unless
 * it is a village (< 2,000 inhabitants) — "Bretagne" the région, not the village in the Indre.
 */
function communeOrArea(ix: FrenchIndex, commune: Match | null, area: Match | null, q: Query): Match | null {
	if (!commune || !area) return commune ?? area;
	if ((q.dep || q.region) && commune.kind === 'commune' && !commune.ambiguous && area.kind !== 'commune') {
		// "Landes" with département 17 is the commune in Charente-Maritime, not the Landes département.
		const hintRegion = q.region ?? (q.dep ? (ix.deps.get(q.dep)?.region ?? null) : null);
		const areaFits = area.kind === 'departement' ? area.code === q.dep : area.kind === 'region' && area.code === hintRegion;
		if (!areaFits) return commune;
	}
	const point = pointOf(q);
	if (point) {
		const dc = areaCentre(ix, commune);
		if (dc && distanceKm(...point, ...dc) <= 25) return commune;
		const da = areaCentre(ix, area);
		if (da && distanceKm(...point, ...da) <= 200) return area;
		return commune;
	}
	return commune.kind === 'commune' && ix.asset.c.pop[commune.cand.commune] < 2000 ? area : commune;
}

function matchByKind(ix: FrenchIndex, kind: FrenchKind | null, names: string[], q: Query): Match | null {
	switch (kind) {
		case 'commune':
			return matchCommune(ix, names, q, true);
		case 'departement':
			return matchArea(ix, names, 'departement') ?? matchArea(ix, names, 'region');
		case 'region':
			return matchArea(ix, names, 'region') ?? matchArea(ix, names, 'departement');
		case 'epci':
			return matchEpci(ix, names, q, true);
		default:
			return null;
	}
}

/** Every kind, in the order that settles real names best. */
function matchAny(ix: FrenchIndex, names: string[], q: Query): Match | null {
	const commune = matchCommune(ix, names, q, false);
	const area = matchArea(ix, names, 'departement') ?? matchArea(ix, names, 'region');
	const first = communeOrArea(ix, commune, area, q);
	if (first) return first;
	return matchEpci(ix, names, q, false) ?? matchCommune(ix, names, q, true);
}

function matchParsed(ix: FrenchIndex, parsed: ParsedFrenchName, hintKind: FrenchKind | null, q: Query, raw: string): Match | null {
	const kind = hintKind && hintKind !== 'other' ? hintKind : parsed.kind;
	const names = parsed.variants;
	const rawDiffers = canonKey(raw) !== canonKey(parsed.core);
	// When the wording's kind fails, the whole name may be the official one ("Région d'Audruicq" is a CC).
	return (
		matchByKind(ix, kind, names, q) ??
		(rawDiffers ? (matchEpci(ix, [raw], q, false) ?? matchAny(ix, [raw], q)) : null) ??
		matchAny(ix, names, q) ??
		// "Pays de Lourdes": a former intercommunal "pays", now inside the EPCI of its town.
		(/^pays (?:de|du|d) /.test(canonKey(raw)) ? matchEpci(ix, [raw], q, true) : null)
	);
}

export function byCode(ix: FrenchIndex, code: string, kind: FrenchKind | null): Match | null {
	const s = code.trim().toUpperCase();
	if (/^\d{9}$/.test(s)) return ix.epci.has(s) ? { kind: 'epci', code: s } : null;
	if (/^(?:\d{5}|2[AB]\d{3})$/.test(s)) {
		const i = ix.communeByCode.get(s);
		if (i !== undefined) return { kind: 'commune', cand: { commune: i, lon: null, lat: null, pop: 0 }, candidates: 1, ambiguous: false };
		const sub = ix.asset.s.find((r) => r[0] === s);
		const parent = sub ? ix.communeByCode.get(sub[3]) : undefined;
		return parent === undefined ? null : { kind: 'commune', cand: { commune: parent, lon: null, lat: null, pop: 0 }, candidates: 1, ambiguous: false };
	}
	if (kind === 'region' && ix.regions.has(s)) return { kind: 'region', code: s };
	if (ix.deps.has(s)) return { kind: 'departement', code: s };
	if (ix.regions.has(s)) return { kind: 'region', code: s };
	return null;
}

/** A name that is an official code: département, région, commune (INSEE) or EPCI (SIREN). */
const CODE_RE = /^(?:\d{2,3}|\d{5}|\d{9}|2[AB]|2[AB]\d{3})$/i;

/** The match for a name and its hints; `usedPoint` tells whether the given point took part in it. */export function findMatch(ix: FrenchIndex, name: string, hints: FrenchHints, given: [number, number] | null): { m: Match | null; usedPoint: boolean } {
	const q: Query = {
		lon: given ? given[0] : null,
		lat: given ? given[1] : null,
		dep: lookupDep(ix, hints.departement),
		region: lookupRegion(ix, hints.region),
		track: { usedPoint: false }
	};
	const kind = hints.kind ?? null;
	const raw = clean(name);
	let m: Match | null = hints.code ? byCode(ix, hints.code, kind) : null;
	if (!m && CODE_RE.test(raw)) m = byCode(ix, raw, kind);
	if (!m && raw && (kind === null || kind === 'commune') && !/[(),]/.test(raw)) {
		// Fast path, most rows: the name is exactly a commune's and nothing else's.
		const key = canonKey(raw);
		const exact = ix.communeKeys.get(key);
		if (exact && !ix.depKeys.has(key) && !ix.regionKeys.has(key) && !ix.epciKeys.has(key)) {
			const hit = choose(ix, exact, q);
			if (!isFar(ix, hit, q)) m = hit;
		}
	}
	if (!m && raw) {
		const parsed = parseFrenchName(raw);
		const context = parsed.context;
		const ctxDep = context ? lookupDep(ix, context) : null;
		const qc: Query = ctxDep ? { ...q, dep: q.dep ?? ctxDep } : q;
		m = CODE_RE.test(parsed.core) ? byCode(ix, parsed.core, kind ?? parsed.kind) : null; // "CD 93"
		m ??= matchParsed(ix, parsed, kind, qc, raw);
		if (context && !ctxDep) {
			// "Cran-Gevrier (Annecy)": the suffix names the commune it belongs to, or is the fallback.
			const ctx = matchCommune(ix, [context], q, false);
			if (ctx?.kind === 'commune' && !(m?.kind === 'commune' && m.cand.commune === ctx.cand.commune)) {
				const ctxDepCode = departementOfCommune(ix.asset.c.code[ctx.cand.commune]);
				const inCtx = matchCommune(ix, parsed.variants, { ...q, dep: ctxDepCode }, true);
				m = inCtx?.kind === 'commune' && inCtx.cand.commune === ctx.cand.commune ? inCtx : (m ?? ctx);
			}
		}
	}
	return { m, usedPoint: q.track.usedPoint };
}
