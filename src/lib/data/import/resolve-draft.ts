/** Draft → CoopRecord: French sides through the COG, partners to an ISO country and coordinates. */
import { normKey } from '../text';
import type { CoopRecord, Dataset, FrenchEntity, Partner } from '../model';
import type { DraftFrench, DraftPartner, DraftRecord, Warning } from '../formats/types';
import { memo, type Resolvers } from './resolvers';
import { makeTally } from './tally';

export interface RecordContext {
	dataset: Dataset;
	file: string;
}

type ResolvedFrench = FrenchEntity & { ambiguous?: boolean; candidates?: number; givenIgnored?: number };

/** A resolved French side and the warning it deserves, computed once per distinct name + hints. */
interface FrenchResult {
	entity: FrenchEntity;
	warning: ((name: string) => string) | null;
	/** The entity's duplicate-identity id (Tally.frenchKey), once asked. */
	key?: number;
}

/** A resolved partner, the warnings it deserves and its duplicate-identity id (Tally.partnerKey), once asked. */
interface PartnerResult {
	partner: Partner;
	warnings: string[];
	key?: number;
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

export function makeDraftResolver(r: Resolvers, ctx: RecordContext, warnings: Warning[], options: DraftResolverOptions = {}) {
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
		const { ambiguous, candidates, givenIgnored } = e;
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
		if (entity.code === null) warning = (n) => `French collectivité "${n}" not found in the official COG list.`;
		else if (givenIgnored !== undefined) {
			warning = (n) =>
				`Coordinates given for "${n}" are ${givenIgnored} km from ${entity.officialName} (${entity.code}): the official place is used.`;
		} else if (ambiguous) {
			warning = (n) =>
				`"${n}" is ambiguous (${candidates ?? 'several'} collectivités): kept ${entity.officialName} (${entity.code}); add a département or code to be sure.`;
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
		if (res.warning) warnings.push({ line, message: res.warning(d.name) });
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
		const notes: string[] = [];
		if (base.countryNote) notes.push(base.countryNote);
		if (!iso && d.name) notes.push(`No country found for partner "${d.name}".`);
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
		return { partner, warnings: notes, key: undefined };
	}

	function resolvePartner(d: DraftPartner): PartnerResult {
		const base = partnerBase(d);
		if (d.lon != null && d.lat != null) {
			const g = base.given;
			if (g && g.partner.lon === d.lon && g.partner.lat === d.lat) return g;
			return (base.given = makePartner(d, base, base.iso, { lon: d.lon, lat: d.lat, precision: 'given', matchedPlace: null }));
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
		for (const message of res.warnings) warnings.push({ line, message });
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
	const mustWait = (d: DraftPartner) => options.deferGeocoding && !r.geocodePartner && (d.lon == null || d.lat == null);

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
				line: d.line
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
		},
		/** Marks duplicates among the records made (in the order made) and gives the report's counts. */
		finish(records: CoopRecord[]) {
			tally.markDuplicates(records);
			return tally.counts();
		}
	});
}
