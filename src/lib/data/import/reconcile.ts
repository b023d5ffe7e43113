/**
 * Reconciliation across datasets, after each was imported on its own:
 * - partner name variants: two names of partners in the same country, placed within ALIAS_KM of each
 *   other, whose words agree ("Frankfurt" / "Frankfurt am Main", "M'Bour" / "Mbour") are one partner:
 *   the less used name gets `aliasOf` and the other's `normName`, so both group as one;
 * - the same link in two datasets (same French collectivités, partners and link type: Nancy ↔ Karlsruhe
 *   in the twin-towns list and in the sourced partnerships) is one link: the later record gets
 *   `duplicateOf` the earlier one, and both records and both sources are kept.
 * Pure: records and partners that change are copied, the others are returned as they are.
 */
import type { CoopRecord, Partner } from '../model';
import { greatCircleKm as distanceKm } from '../geo/distance';

/** Two placings of one partner by different sources or geocoders lie within this distance. */
export const ALIAS_KM = 3;

/** Words that say what a place is, not which: left out when comparing names. */
const GENERIC = new Set(['city', 'ville', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'of', 'the', 'am', 'an', 'der', 'di', 'del', 'do', 'da']);

const words = (normName: string) => normName.split(' ').filter((w) => w && !GENERIC.has(w));

/**
 * Whether two normalised names can be one place's: the same letters once spaces are dropped, or every
 * significant word of one is a word of the other and they share their first word ("quebec city" /
 * "ville de quebec", "frankfurt" / "frankfurt am main"; not "berlin" / "berlin kreuzberg" unless the
 * extra words are generic).
 */
export function namesAgree(a: string, b: string): boolean {
	if (a.replace(/ /g, '') === b.replace(/ /g, '')) return true;
	const wa = words(a);
	const wb = words(b);
	if (!wa.length || !wb.length) return false;
	const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
	if (!short.every((w) => long.includes(w))) return false;
	// "Frankfurt" / "Frankfurt am Main": the longer name only adds a river or a qualifier of one word.
	return long.length - short.length <= 1 && short[0] === long[0] && short[0].length >= 4;
}

interface Identity {
	country: string;
	normName: string;
	name: string;
	lon: number;
	lat: number;
	mentions: number;
}

const placed = (p: Partner) => (p.precision === 'given' || p.precision === 'city') && p.lon !== null && p.lat !== null && !!p.country;

/** normName → the normName and name it is an alias of, per country ("DE:frankfurt" → frankfurt am main). */
export function findAliases(records: readonly CoopRecord[]): Map<string, { normName: string; name: string }> {
	const ids = new Map<string, Identity>();
	for (const r of records) {
		for (const p of r.partners) {
			if (!placed(p)) continue;
			const key = `${p.country}:${p.normName}`;
			const id = ids.get(key);
			if (id) id.mentions++;
			// A partner already reconciled (an embedded one, in the browser) goes by the name it is an alias of.
			else ids.set(key, { country: p.country!, normName: p.normName, name: p.aliasOf ?? p.name, lon: p.lon!, lat: p.lat!, mentions: 1 });
		}
	}
	const byCountry = new Map<string, Identity[]>();
	for (const id of ids.values()) {
		const list = byCountry.get(id.country);
		if (list) list.push(id);
		else byCountry.set(id.country, [id]);
	}
	// The most used name (then the longer) is the one the other becomes an alias of.
	const better = (a: Identity, b: Identity) => b.mentions - a.mentions || b.normName.length - a.normName.length || (a.normName < b.normName ? -1 : 1);
	const parent = new Map<Identity, Identity>();
	const root = (x: Identity): Identity => {
		while (parent.has(x)) x = parent.get(x)!;
		return x;
	};
	const degLat = ALIAS_KM / 111;
	for (const list of byCountry.values()) {
		// Sorted by latitude: only neighbours within ALIAS_KM of latitude are compared.
		list.sort((a, b) => a.lat - b.lat);
		for (let i = 0; i < list.length; i++) {
			const a = list[i];
			for (let j = i + 1; j < list.length && list[j].lat - a.lat <= degLat; j++) {
				const b = list[j];
				if (distanceKm(a.lon, a.lat, b.lon, b.lat) > ALIAS_KM || !namesAgree(a.normName, b.normName)) continue;
				const ra = root(a);
				const rb = root(b);
				if (ra === rb) continue;
				if (better(ra, rb) <= 0) parent.set(rb, ra);
				else parent.set(ra, rb);
			}
		}
	}
	const aliases = new Map<string, { normName: string; name: string }>();
	for (const id of parent.keys()) {
		const r = root(id);
		aliases.set(`${id.country}:${id.normName}`, { normName: r.normName, name: r.name });
	}
	return aliases;
}

/** Key of a record's link: its French collectivités, partners (country + name) and link type. */
function linkKey(r: CoopRecord): string {
	const french = r.french.map((f) => f.code ?? `?${f.name}`).sort().join('+');
	const partners = r.partners.map((p) => `${p.country ?? ''}:${p.normName}`).sort().join('+');
	return `${french}>${partners}>${r.linkType}`;
}

export interface Reconciled {
	records: CoopRecord[];
	/** Partners (country:normName) that became an alias, and of what. */
	aliases: Map<string, { normName: string; name: string }>;
	/** Records marked as duplicates of a record of another dataset. */
	crossDuplicates: number;
}

/** Reconciles records of several datasets (in the order given: the first record of a link is kept as its original). */
export function reconcileDatasets(records: readonly CoopRecord[]): Reconciled {
	const aliases = findAliases(records);
	const copies = new Map<Partner, Partner>();
	const aliased = (p: Partner): Partner => {
		if (!p.country) return p;
		const a = aliases.get(`${p.country}:${p.normName}`);
		if (!a) return p;
		let c = copies.get(p);
		if (!c) copies.set(p, (c = { ...p, normName: a.normName, aliasOf: a.name }));
		return c;
	};
	const first = new Map<string, CoopRecord>();
	let crossDuplicates = 0;
	const out = records.map((r) => {
		let rec = r;
		if (aliases.size && r.partners.some((p) => aliased(p) !== p)) rec = { ...r, partners: r.partners.map(aliased) };
		const key = linkKey(rec);
		const original = first.get(key);
		if (!original) first.set(key, rec);
		else if (!rec.duplicateOf && original.source.dataset !== rec.source.dataset) {
			if (rec === r) rec = { ...r };
			rec.duplicateOf = original.id;
			crossDuplicates++;
		}
		return rec;
	});
	return { records: out, aliases, crossDuplicates };
}
