/** Import report figures from the resolved records, duplicate marking, and the rejected rows as CSV. */
import type { CoopRecord, ImportReport, Precision, RejectedRow } from '../model';
import { PRECISIONS } from '../model';
import { toCsv } from '../csv/write';

export function countRecords(records: CoopRecord[]) {
	const byPrecision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
	const countries = new Set<string>();
	let french = 0;
	let frenchResolved = 0;
	let partners = 0;
	let partnersCountryResolved = 0;
	for (const r of records) {
		for (const f of r.french) {
			french++;
			if (f.code) frenchResolved++;
		}
		for (const p of r.partners) {
			partners++;
			byPrecision[p.precision]++;
			if (p.country) {
				partnersCountryResolved++;
				countries.add(p.country);
			}
		}
	}
	return {
		french,
		frenchResolved,
		partners,
		partnersCountryResolved,
		partnersByPrecision: byPrecision,
		countries: countries.size
	};
}

interface SimpleEntry {
	name: string;
	country: string | null;
	link: string;
	id: string;
}
/** Entries of one French side scanned in a list up to this many, then indexed by partner name. */
const SCAN_LIMIT = 16;

/**
 * Marks a record as `duplicateOf` the first record with the same French codes (or names),
 * partner (name and country) and link type. Nothing is removed.
 */
export function markDuplicates(records: CoopRecord[]): number {
	// Common case (one French side, one partner): French code → [partner name, country, link type, id] entries,
	// compared on strings the resolvers already share, so no key string is built per record. A French side's
	// entries are scanned while few, then indexed by partner name.
	const simple = new Map<string, SimpleEntry[] | Map<string, SimpleEntry[]>>();
	const seen = new Map<string, string>();
	let n = 0;
	const frenchKey = (f: CoopRecord['french'][number]) => f.code ?? `?${f.name}`;
	const partnerKey = (p: CoopRecord['partners'][number]) => `${p.normName}/${p.country}`;
	for (const r of records) {
		if (r.french.length === 1 && r.partners.length === 1) {
			const f = r.french[0];
			const p = r.partners[0];
			const fk = f.code ?? `?${f.name}`;
			let entries = simple.get(fk);
			if (!entries) simple.set(fk, (entries = []));
			let list: SimpleEntry[];
			if (Array.isArray(entries)) list = entries;
			else {
				let l = entries.get(p.normName);
				if (!l) entries.set(p.normName, (l = []));
				list = l;
			}
			let hit: SimpleEntry | undefined;
			for (const e of list) {
				if (e.name === p.normName && e.country === p.country && e.link === r.linkType) {
					hit = e;
					break;
				}
			}
			if (hit) {
				r.duplicateOf = hit.id;
				n++;
				continue;
			}
			list.push({ name: p.normName, country: p.country, link: r.linkType, id: r.id });
			if (list === entries && list.length > SCAN_LIMIT) {
				const byName = new Map<string, SimpleEntry[]>();
				for (const e of list) {
					const l = byName.get(e.name);
					if (l) l.push(e);
					else byName.set(e.name, [e]);
				}
				simple.set(fk, byName);
			}
			continue;
		}
		const fr = r.french.length === 1 ? frenchKey(r.french[0]) : r.french.map(frenchKey).sort().join('+');
		const pa = r.partners.length === 1 ? partnerKey(r.partners[0]) : r.partners.map(partnerKey).sort().join('+');
		const key = `${fr}>${pa}>${r.linkType}`;
		const first = seen.get(key);
		if (first) {
			r.duplicateOf = first;
			n++;
		} else seen.set(key, r.id);
	}
	return n;
}

/** The rejected rows as RFC 4180 CSV: line, reason, then the file's own columns. */
export function rejectedToCsv(report: Pick<ImportReport, 'rejected'> | { rejected: RejectedRow[] }): string {
	const columns: string[] = [];
	for (const r of report.rejected) for (const k of Object.keys(r.raw)) if (!columns.includes(k)) columns.push(k);
	const rows = [['line', 'reason', ...columns]];
	for (const r of report.rejected) rows.push([String(r.line), r.reason, ...columns.map((c) => r.raw[c] ?? '')]);
	return toCsv(rows, { bom: false });
}
