/**
 * The import report's counts and duplicate marking, fed by the draft resolver as each French side
 * and partner is resolved. A pass over 100k finished records afterwards costs more than the
 * counting itself (the records are scattered in memory by then); here each mention is counted while
 * its objects are fresh, and a record's duplicate key is a number built from small integer ids.
 */
import type { CoopRecord, FrenchEntity, Partner, Precision } from '../model';
import { PRECISIONS } from '../model';

/** The figures of ImportReport that describe the records. */
export interface RecordCounts {
	french: number;
	frenchResolved: number;
	partners: number;
	partnersCountryResolved: number;
	partnersByPrecision: Record<Precision, number>;
	countries: number;
}

// A one-French-side, one-partner record's key packs three ids in one number below 2^53.
const PARTNER_SPAN = 2 ** 26;
const LINK_SPAN = 8;
const FRENCH_LIMIT = 2 ** 53 / PARTNER_SPAN / LINK_SPAN;

/** Small integer ids for strings, in order of first appearance. */
function idMap() {
	const ids = new Map<string, number>();
	return (s: string): number => {
		let id = ids.get(s);
		if (id === undefined) ids.set(s, (id = ids.size));
		return id;
	};
}

export function makeTally() {
	const byPrecision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
	const countries = new Set<string>();
	let french = 0;
	let frenchResolved = 0;
	let partners = 0;
	let partnersCountryResolved = 0;

	// Duplicate identity: French code (or name), partner normalised name + country, link type.
	const frenchId = idMap();
	const linkId = idMap();
	const partnerIds = new Map<string, Map<string | null, number>>();
	let partnerCount = 0;
	/** Each record's duplicate key, in the order the records were made (null: partners still waiting). */
	const keys: (number | string | null)[] = [];

	const multiKey = (ids: number[], n: number) => (n === 1 ? String(ids[0]) : ids.slice(0, n).sort((a, b) => a - b).join('+'));

	function key(frenchIds: number[], nf: number, partnerIds: number[], np: number, linkType: string): number | string {
		const link = linkId(linkType);
		if (nf === 1 && np === 1) {
			const f = frenchIds[0];
			const p = partnerIds[0];
			if (f < FRENCH_LIMIT && p < PARTNER_SPAN && link < LINK_SPAN) return (f * LINK_SPAN + link) * PARTNER_SPAN + p;
		}
		return `${multiKey(frenchIds, nf)}>${multiKey(partnerIds, np)}>${link}`;
	}

	return {
		/** Counts one French-side mention. */
		french(e: FrenchEntity): void {
			french++;
			if (e.code) frenchResolved++;
		},
		/** Counts one partner mention. */
		partner(p: Partner): void {
			partners++;
			byPrecision[p.precision]++;
			if (p.country) {
				partnersCountryResolved++;
				countries.add(p.country);
			}
		},
		/** The id two French sides share when they are the same collectivité (same code, or same name when unresolved). */
		frenchKey: (e: FrenchEntity): number => frenchId(e.code ?? `?${e.name}`),
		/** The id two partners share when they have the same normalised name and country. */
		partnerKey(p: Partner): number {
			let byCountry = partnerIds.get(p.normName);
			if (!byCountry) partnerIds.set(p.normName, (byCountry = new Map()));
			let id = byCountry.get(p.country);
			if (id === undefined) byCountry.set(p.country, (id = partnerCount++));
			return id;
		},
		/**
		 * Records the next record's duplicate key from its sides' ids (see frenchKey, partnerKey: the
		 * first nf and np of the arrays); null partner ids mean the key comes later (setKey). Returns
		 * the record's index.
		 */
		record(frenchIds: number[], nf: number, partnerIds: number[] | null, np: number, linkType: string): number {
			keys.push(partnerIds && key(frenchIds, nf, partnerIds, np, linkType));
			return keys.length - 1;
		},
		setKey(index: number, frenchIds: number[], nf: number, partnerIds: number[], np: number, linkType: string): void {
			keys[index] = key(frenchIds, nf, partnerIds, np, linkType);
		},
		/**
		 * Marks each record as `duplicateOf` the first record with the same key (nothing is removed);
		 * `records` are the records made, in order. Returns how many were marked.
		 */
		markDuplicates(records: CoopRecord[]): number {
			if (records.length !== keys.length) throw new Error(`tally: ${keys.length} keys for ${records.length} records`);
			const first = new Map<number | string, number>();
			let n = 0;
			for (let i = 0; i < keys.length; i++) {
				const key = keys[i];
				if (key === null) throw new Error(`tally: record ${records[i].id} has no key`);
				const j = first.get(key);
				if (j === undefined) first.set(key, i);
				else {
					records[i].duplicateOf = records[j].id;
					n++;
				}
			}
			return n;
		},
		counts(): RecordCounts {
			return { french, frenchResolved, partners, partnersCountryResolved, partnersByPrecision: { ...byPrecision }, countries: countries.size };
		}
	};
}

export type Tally = ReturnType<typeof makeTally>;
