/** Draft → CoopRecord: French sides through the COG, partners to an ISO country and coordinates. */
import { normKey } from '../text';
import type { CoopRecord, Dataset, FrenchEntity, Partner } from '../model';
import type { DraftFrench, DraftPartner, DraftRecord, Warning } from '../formats/types';
import { memo, type Resolvers } from './resolvers';

export interface RecordContext {
	dataset: Dataset;
	file: string;
}

type ResolvedFrench = FrenchEntity & { ambiguous?: boolean; candidates?: number; givenIgnored?: number };

/** A resolved French side and the warning it deserves, computed once per distinct name + hints. */
interface FrenchResult {
	entity: FrenchEntity;
	warning: ((name: string) => string) | null;
}

/**
 * Resolves drafts with memoisation: files repeat the same collectivités and partners on many rows,
 * so identical resolved entities are shared between records (treat records as read-only).
 */
export function makeDraftResolver(r: Resolvers, ctx: RecordContext, warnings: Warning[]) {
	const countryOf = memo((text: string) => r.resolveCountry(text));
	const countryInfo = memo((iso: string) => r.countryByIso(iso));
	const norm = memo(normKey);
	const frenchCache = new Map<string, FrenchResult>();
	const partnerCache = new Map<string, { partner: Partner; warnings: string[] }>();

	function resolveFrenchOnce(d: DraftFrench): FrenchResult {
		const e = r.resolveFrench(d.name, {
			kind: d.kind ?? null,
			code: d.code ?? null,
			departement: d.departement ?? null,
			region: d.region ?? null,
			lon: d.lon ?? null,
			lat: d.lat ?? null
		}) as ResolvedFrench;
		const { ambiguous, candidates, givenIgnored, ...entity } = e;
		if (d.lon != null && d.lat != null && entity.lon == null) Object.assign(entity, { lon: d.lon, lat: d.lat, coordSource: 'given' });
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

	function french(d: DraftFrench, line: number): FrenchEntity {
		let res: FrenchResult | undefined;
		// Rows with their own coordinates rarely repeat: resolve them directly instead of caching.
		if (d.lon != null && d.lat != null) res = resolveFrenchOnce(d);
		else {
			const key =
				d.kind || d.code || d.region ? `${d.name}\u0001${d.kind}\u0001${d.code}\u0001${d.departement}\u0001${d.region}` : d.departement ? `${d.name}\u0001${d.departement}` : d.name;
			res = frenchCache.get(key);
			if (!res) frenchCache.set(key, (res = resolveFrenchOnce(d)));
		}
		if (res.warning) warnings.push({ line, message: res.warning(d.name) });
		return res.entity;
	}

	function resolvePartner(d: DraftPartner): { partner: Partner; warnings: string[] } {
		const notes: string[] = [];
		let iso: string | null = null;
		if (d.countryText) {
			iso = countryOf(d.countryText)?.iso2 ?? null;
			if (!iso) notes.push(`Unknown country "${d.countryText}" for partner "${d.name}".`);
		}
		iso ??= d.countryHint ?? null;
		let lon: number | null = null;
		let lat: number | null = null;
		let precision: Partner['precision'] = 'unresolved';
		let matchedPlace: string | null = null;
		if (d.lon != null && d.lat != null) {
			[lon, lat, precision] = [d.lon, d.lat, 'given'];
		} else if (r.geocodePartner) {
			const g = r.geocodePartner(d.name, iso, {});
			iso ??= g.country;
			({ lon, lat, precision, matchedPlace } = g);
		}
		if (!iso && d.name) notes.push(`No country found for partner "${d.name}".`);
		const c = iso ? countryInfo(iso) : null;
		const partner: Partner = {
			name: d.name,
			normName: norm(d.name),
			country: iso,
			countryFr: c?.fr ?? null,
			countryEn: c?.en ?? null,
			lon,
			lat,
			precision,
			matchedPlace
		};
		return { partner, warnings: notes };
	}

	function partner(d: DraftPartner, line: number): Partner {
		let res: { partner: Partner; warnings: string[] } | undefined;
		if (d.lon != null && d.lat != null) res = resolvePartner(d);
		else {
			const key = `${d.name}\u0001${d.countryText}\u0001${d.countryHint}`;
			res = partnerCache.get(key);
			if (!res) partnerCache.set(key, (res = resolvePartner(d)));
		}
		for (const message of res.warnings) warnings.push({ line, message });
		return res.partner;
	}

	return function resolveDraft(d: DraftRecord): CoopRecord {
		const { dataset } = ctx;
		const frenchSide: FrenchEntity[] = [];
		for (const f of d.french) frenchSide.push(french(f, d.line));
		const partners: Partner[] = [];
		for (const p of d.partners) partners.push(partner(p, d.line));
		return {
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
	};
}
