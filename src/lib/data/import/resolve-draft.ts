/** Draft → CoopRecord: French sides through the COG, partners to an ISO country and coordinates. */
import { normKey } from '../text';
import { isFrenchCountry, type CoopRecord, type Dataset, type FrenchEntity, type Partner, type ReportWarning } from '../model';
import { MARGIN_KM } from '../geo/in-country';
import { greatCircleKm as distanceKm } from '../geo/distance';
import type { DraftFrench, DraftPartner, DraftRecord } from '../formats/types';

/** A warning before its line is known. */
type Note = Omit<ReportWarning, 'line'>;
import { memo, type Resolvers } from './resolvers';
import { makeTally } from './tally';

export interface RecordContext {
	dataset: Dataset;
	file: string;
}

type ResolvedFrench = FrenchEntity & {
	ambiguous?: boolean;
	candidates?: number;
	givenIgnored?: number;
	namesake?: { code: string; name: string; population: number; chosenPopulation: number };
};

/** A resolved French side and the warning it deserves, computed once per distinct name + hints. */
interface FrenchResult {
	entity: FrenchEntity;
	warning: ((name: string) => Note) | null;
	/** The entity's duplicate-identity id (Tally.frenchKey), once asked. */
	key?: number;
}

/** A resolved partner, the warnings it deserves and its duplicate-identity id (Tally.partnerKey), once asked. */
interface PartnerResult {
	partner: Partner;
	warnings: Note[];
	key?: number;
	/** The point the file gave, when it did (the partner may have been placed elsewhere). */
	givenLon?: number;
	givenLat?: number;
}

/**
 * Resolves drafts with memoisation: files repeat the same collectivités and partners on many rows,
 * so identical resolved entities are shared between records (treat records as read-only).
 */
export interface DraftResolverOptions {
	/**
	 * Partners without coordinates, while no geocoder is given, wait for resolveWaiting instead of
	 * staying unresolved: a file read row by row learns only at its end whether it needs the gazetteer.
	 */
	deferGeocoding?: boolean;
}

export function makeDraftResolver(r: Resolvers, ctx: RecordContext, warnings: ReportWarning[], options: DraftResolverOptions = {}) {
	const countryOf = memo((text: string) => r.resolveCountry(text));
	const countryInfo = memo((iso: string) => r.countryByIso(iso));
	const norm = memo(normKey);
	const tally = makeTally();
	const frenchCache = new Map<string, FrenchResult>();
	const frenchByName = new Map<string, { dep: string; res: FrenchResult }[]>();

	function resolveFrenchOnce(d: DraftFrench): FrenchResult {
		const e = r.resolveFrench(d.name, {
			kind: d.kind ?? null,
			code: d.code ?? null,
			departement: d.departement ?? null,
			region: d.region ?? null,
			lon: d.lon ?? null,
			lat: d.lat ?? null
		}) as ResolvedFrench;
		const { ambiguous, candidates, givenIgnored, namesake } = e;
		// The entity without the resolver's remarks, as one literal of fixed shape (a rest copy is slower).
		const entity: FrenchEntity = {
			name: e.name,
			officialName: e.officialName,
			kind: e.kind,
			code: e.code,
			departement: e.departement,
			departementName: e.departementName,
			region: e.region,
			regionName: e.regionName,
			lon: e.lon,
			lat: e.lat,
			coordSource: e.coordSource
		};
		if (d.lon != null && d.lat != null && entity.lon == null) {
			entity.lon = d.lon;
			entity.lat = d.lat;
			entity.coordSource = 'given';
		}
		let warning: FrenchResult['warning'] = null;
		if (entity.code === null) warning = (n) => ({ message: `French collectivité "${n}" not found in the official COG list.` });
		else if (namesake) {
			const people = (k: number) => `${k.toLocaleString('en')} inhabitants`;
			warning = (n) => ({
				message: `Coordinates given for "${n}" designate ${namesake.name} (${namesake.code}, ${people(namesake.population)}), a namesake at least 10 times smaller than ${entity.officialName} (${entity.code}, ${people(namesake.chosenPopulation)}): the larger commune is used; give the INSEE code to keep the smaller.`,
				code: 'french-namesake',
				params: {
					name: n,
					small: namesake.name,
					smallCode: namesake.code,
					smallPop: namesake.population,
					large: entity.officialName ?? n,
					largeCode: entity.code ?? '',
					largePop: namesake.chosenPopulation
				}
			});
		} else if (givenIgnored !== undefined) {
			warning = (n) => ({
				message: `Coordinates given for "${n}" are ${givenIgnored} km from ${entity.officialName} (${entity.code}): the official place is used.`
			});
		} else if (ambiguous) {
			warning = (n) => ({
				message: `"${n}" is ambiguous (${candidates ?? 'several'} collectivités): kept ${entity.officialName} (${entity.code}); add a département or code to be sure.`
			});
		}
		return { entity, warning };
	}

	function french(d: DraftFrench, line: number): FrenchResult {
		let res: FrenchResult | undefined;
		// Rows with their own coordinates rarely repeat: resolve them directly instead of caching.
		if (d.lon != null && d.lat != null) res = resolveFrenchOnce(d);
		else if (d.kind || d.code || d.region) {
			const key = `${d.name}\u0001${d.kind}\u0001${d.code}\u0001${d.departement}\u0001${d.region}`;
			res = frenchCache.get(key);
			if (!res) frenchCache.set(key, (res = resolveFrenchOnce(d)));
		} else {
			// The common case (a name, perhaps a département): one map lookup, no key string built per row.
			let list = frenchByName.get(d.name);
			if (!list) frenchByName.set(d.name, (list = []));
			const dep = d.departement || '';
			for (const e of list) if (e.dep === dep) res = e.res;
			if (!res) list.push({ dep, res: (res = resolveFrenchOnce(d)) });
		}
		if (res.warning) warnings.push({ line, ...res.warning(d.name) });
		tally.french(res.entity);
		return res;
	}

	/** What a partner's name and country cells resolve to before any coordinates: computed once per distinct cells. */
	interface PartnerBase {
		countryText: string | null | undefined;
		countryHint: string | null | undefined;
		iso: string | null;
		normName: string;
		countryNote: string | null;
		/** The partner resolved without coordinates (geocoded), once needed. */
		geocoded?: PartnerResult;
		/** The last partner built with given coordinates: rows repeating a place with the same point share it. */
		given?: PartnerResult;
		/** The last given point checked against the country's polygon, and how far outside it lies (null: not checked). */
		checkedLon?: number;
		checkedLat?: number;
		checkedOff?: number | null;
	}
	// name → the bases of its (few) country cells: one map lookup per partner, no key string built per row.
	const partnerCache = new Map<string, PartnerBase[]>();

	function partnerBase(d: DraftPartner): PartnerBase {
		let list = partnerCache.get(d.name);
		if (!list) partnerCache.set(d.name, (list = []));
		for (const b of list) if (b.countryText === d.countryText && b.countryHint === d.countryHint) return b;
		let iso: string | null = null;
		let countryNote: string | null = null;
		if (d.countryText) {
			iso = countryOf(d.countryText)?.iso2 ?? null;
			if (!iso) countryNote = `Unknown country "${d.countryText}" for partner "${d.name}".`;
		}
		const base: PartnerBase = {
			countryText: d.countryText,
			countryHint: d.countryHint,
			iso: iso ?? d.countryHint ?? null,
			normName: norm(d.name),
			countryNote
		};
		list.push(base);
		return base;
	}

	function makePartner(
		d: DraftPartner,
		base: PartnerBase,
		iso: string | null,
		place: Pick<Partner, 'lon' | 'lat' | 'precision' | 'matchedPlace'>
	): PartnerResult {
		const notes: Note[] = [];
		if (base.countryNote) notes.push({ message: base.countryNote });
		if (!iso && d.name) notes.push({ message: `No country found for partner "${d.name}".` });
		const c = iso ? countryInfo(iso) : null;
		const partner: Partner = {
			name: d.name,
			normName: base.normName,
			country: iso,
			countryFr: c?.fr ?? null,
			countryEn: c?.en ?? null,
			lon: place.lon,
			lat: place.lat,
			precision: place.precision,
			matchedPlace: place.matchedPlace
		};
		if (iso && isFrenchCountry(iso)) partner.domestic = true;
		return { partner, warnings: notes, key: undefined };
	}

	/** How far (km) a given point lies outside the partner's stated country; null when it cannot be checked. */
	function outsideOf(base: PartnerBase, lon: number, lat: number): number | null {
		if (!base.iso || !r.outsideCountry) return null;
		if (base.checkedLon !== lon || base.checkedLat !== lat) {
			base.checkedLon = lon;
			base.checkedLat = lat;
			base.checkedOff = r.outsideCountry(base.iso, lon, lat);
		}
		return base.checkedOff ?? null;
	}
	const isOutside = (off: number | null): off is number => off !== null && off > MARGIN_KM;
	/** Both coordinates in whole degrees: a placeholder, not a town's point. */
	const isCoarse = (lon: number, lat: number) => Number.isInteger(lon) && Number.isInteger(lat);

	/**
	 * A partner whose given point lies outside its stated country (the source geocoded a namesake:
	 * Wellington, England placed in New Zealand): placed again by the gazetteer inside that country,
	 * unless the gazetteer's own place for the name agrees with the point (coarse or disputed borders).
	 */
	function givenPartner(d: DraftPartner, base: PartnerBase, lon: number, lat: number): PartnerResult {
		const given = { lon, lat, precision: 'given' as const, matchedPlace: null };
		if (isCoarse(lon, lat)) return coarsePartner(d, base, lon, lat);
		const off = outsideOf(base, lon, lat);
		if (!isOutside(off)) return makePartner(d, base, base.iso, given);
		const iso = base.iso!;
		const country = countryInfo(iso)?.en ?? iso;
		const far = `${Math.round(off)} km`;
		const g = r.geocodePartner?.(d.name, iso, {});
		if (g && g.lon != null && g.lat != null && g.precision === 'city' && distanceKm(lon, lat, g.lon, g.lat) <= MARGIN_KM) {
			return makePartner(d, base, iso, given);
		}
		if (!g || g.lon == null || g.lat == null || g.precision === 'unresolved' || (g.country && g.country !== iso)) {
			const res = makePartner(d, base, iso, given);
			res.warnings.push({
				message: r.geocodePartner
					? `Coordinates given for partner "${d.name}" lie ${far} outside ${country}, and no place of that name was found there: kept as given.`
					: `Coordinates given for partner "${d.name}" lie ${far} outside ${country}; no gazetteer to place it again: kept as given.`,
				code: 'partner-outside-kept',
				params: { name: d.name, km: Math.round(off), country: iso }
			});
			return res;
		}
		const res = makePartner(d, base, iso, { lon: g.lon, lat: g.lat, precision: g.precision, matchedPlace: g.matchedPlace });
		res.partner.givenIgnored = Math.round(off);
		const where = g.precision === 'city' ? `${g.matchedPlace ?? d.name}` : g.precision === 'region' ? `the centre of ${g.matchedPlace ?? 'its region'}` : `the centre of ${country}`;
		res.warnings.push({
			message: `Coordinates given for partner "${d.name}" (${lat}, ${lon}) lie ${far} outside ${country}: placed at ${where} (${g.precision}) instead.`,
			code: 'partner-outside-country',
			params: { name: d.name, km: Math.round(off), country: iso, place: g.matchedPlace ?? countryInfo(iso)?.fr ?? iso, precision: g.precision }
		});
		return res;
	}

	/**
	 * A point given in whole degrees ("55, -3" for Wells, Somerset; "-3, 24" for N'Djili) says no more than
	 * "somewhere within ≈ 100 km": the gazetteer places the partner by its name when it knows a town or
	 * an area of that name in the country; otherwise the point is kept, with a warning either way.
	 */
	function coarsePartner(d: DraftPartner, base: PartnerBase, lon: number, lat: number): PartnerResult {
		const g = r.geocodePartner?.(d.name, base.iso, { countryText: d.countryText });
		const placed = g && g.lon != null && g.lat != null && (g.precision === 'city' || g.precision === 'region') && (!base.iso || g.country === base.iso);
		const res = placed
			? makePartner(d, base, base.iso ?? g.country, { lon: g.lon, lat: g.lat, precision: g.precision, matchedPlace: g.matchedPlace })
			: makePartner(d, base, base.iso, { lon, lat, precision: 'given', matchedPlace: null });
		res.warnings.push(
			placed
				? {
						message: `Coordinates given for partner "${d.name}" (${lat}, ${lon}) are whole degrees, too coarse for a town: placed at ${g.matchedPlace ?? d.name} (${g.precision}) instead.`,
						code: 'partner-coarse-point',
						params: { name: d.name, lat, lon, place: g.matchedPlace ?? d.name, precision: g.precision }
					}
				: {
						message: `Coordinates given for partner "${d.name}" (${lat}, ${lon}) are whole degrees, too coarse for a town, and no place of that name was found: kept as given.`,
						code: 'partner-coarse-kept',
						params: { name: d.name, lat, lon }
					}
		);
		return res;
	}

	function resolvePartner(d: DraftPartner): PartnerResult {
		const base = partnerBase(d);
		if (d.lon != null && d.lat != null) {
			const g = base.given;
			if (g && g.givenLon === d.lon && g.givenLat === d.lat) return g;
			const res = givenPartner(d, base, d.lon, d.lat);
			res.givenLon = d.lon;
			res.givenLat = d.lat;
			return (base.given = res);
		}
		if (base.geocoded) return base.geocoded;
		let iso = base.iso;
		let place: Pick<Partner, 'lon' | 'lat' | 'precision' | 'matchedPlace'> = { lon: null, lat: null, precision: 'unresolved', matchedPlace: null };
		if (r.geocodePartner) {
			const g = r.geocodePartner(d.name, iso, { countryText: d.countryText });
			iso ??= g.country;
			place = g;
		}
		return (base.geocoded = makePartner(d, base, iso, place));
	}

	function partner(d: DraftPartner, line: number): PartnerResult {
		const res = resolvePartner(d);
		for (const note of res.warnings) warnings.push({ line, ...note });
		tally.partner(res.partner);
		return res;
	}

	/**
	 * Partners waiting for the gazetteer (see `deferGeocoding`): their record, place in it and draft,
	 * and the record's duplicate key to complete (its index in the tally, its sides' ids so far).
	 */
	interface Waiting {
		record: CoopRecord;
		index: number;
		draft: DraftPartner;
		key: { at: number; french: number[]; partners: number[] };
	}
	const waiting: Waiting[] = [];
	let waitingGiven = 0;
	/** Partners without coordinates, or whose given point lies outside their country or is in whole degrees, need the gazetteer. */
	function mustWait(d: DraftPartner): boolean {
		if (!options.deferGeocoding || r.geocodePartner) return false;
		if (d.lon == null || d.lat == null) return true;
		if (!isCoarse(d.lon, d.lat) && (!r.outsideCountry || !isOutside(outsideOf(partnerBase(d), d.lon, d.lat)))) return false;
		waitingGiven++;
		return true;
	}

	// Duplicate-identity ids of the record being resolved: scratch arrays reused from row to row
	// (emptied by resetting their count, since setting length = 0 would free their storage).
	const frenchKeys: number[] = [];
	const partnerKeys: number[] = [];
	let nFrench = 0;
	let nPartners = 0;

	function resolveDraft(d: DraftRecord): CoopRecord {
		const { dataset } = ctx;
		// Arrays of their final length: an empty array's first push reserves room for 16.
		const frenchSide: FrenchEntity[] = new Array(d.french.length);
		nFrench = 0;
		for (let i = 0; i < d.french.length; i++) {
			const res = french(d.french[i], d.line);
			frenchSide[i] = res.entity;
			frenchKeys[nFrench++] = res.key ??= tally.frenchKey(res.entity);
		}
		const partners: Partner[] = new Array(d.partners.length);
		nPartners = 0;
		let waits = false;
		for (let i = 0; i < d.partners.length; i++) {
			const p = d.partners[i];
			if (mustWait(p)) {
				waits = true;
				partners[i] = null as unknown as Partner; // filled by resolveWaiting
			} else {
				const res = partner(p, d.line);
				partners[i] = res.partner;
				partnerKeys[nPartners++] = res.key ??= tally.partnerKey(res.partner);
			}
		}
		const record: CoopRecord = {
			id: `${dataset.id}:${d.line}`,
			french: frenchSide,
			partners,
			title: d.title,
			themes: d.themes,
			year: d.year,
			yearEnd: d.yearEnd,
			call: d.call,
			linkType: d.linkType,
			source: {
				dataset: dataset.id,
				datasetTitle: dataset.title,
				url: d.url ?? dataset.sourceUrl,
				licence: dataset.licence,
				file: ctx.file,
				line: d.line,
				...(d.checked ? { checked: d.checked } : {})
			},
			remark: d.remark
		};
		const key = tally.record(frenchKeys, nFrench, waits ? null : partnerKeys, nPartners, d.linkType);
		if (waits) {
			const ids = { at: key, french: frenchKeys.slice(0, nFrench), partners: new Array<number>(partners.length) };
			for (let i = 0, k = 0; i < partners.length; i++) {
				if (partners[i] === null) waiting.push({ record, index: i, draft: d.partners[i], key: ids });
				else ids.partners[i] = partnerKeys[k++];
			}
		}
		return record;
	}

	return Object.assign(resolveDraft, {
		/** How many partners wait for the gazetteer. */
		waiting: () => waiting.length,
		/** How many of them wait because their given point lies outside their country or is in whole degrees (they need the gazetteer). */
		waitingGiven: () => waitingGiven,
		/** Resolves the waiting partners with this geocoder (null: they stay unresolved), in file order. */
		resolveWaiting(geocode: Resolvers['geocodePartner']) {
			r = { ...r, geocodePartner: geocode };
			for (const w of waiting) {
				const res = partner(w.draft, w.record.source.line);
				w.record.partners[w.index] = res.partner;
				w.key.partners[w.index] = res.key ??= tally.partnerKey(res.partner);
			}
			let last: Waiting['key'] | null = null;
			for (const w of waiting) {
				if (w.key === last) continue;
				last = w.key;
				tally.setKey(last.at, last.french, last.french.length, last.partners, last.partners.length, w.record.linkType);
			}
			waiting.length = 0;
			waitingGiven = 0;
		},
		/** Marks duplicates among the records made (in the order made) and gives the report's counts. */
		finish(records: CoopRecord[]) {
			tally.markDuplicates(records);
			return tally.counts();
		}
	});
}
