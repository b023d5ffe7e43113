/** Import report figures from the resolved records, duplicate marking, and the rejected rows as CSV. */
import type { CoopRecord, ImportReport, Precision, RejectedRow } from '../model';
import { PRECISIONS } from '../model';

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

/**
 * Marks a record as `duplicateOf` the first record with the same French codes (or names),
 * partner (name and country) and link type. Nothing is removed.
 */
export function markDuplicates(records: CoopRecord[]): number {
	// Common case (one French side, one partner): code → partner name → [country, link type, id], keyed by
	// strings the resolvers already share, so no key string is built per record.
	const simple = new Map<string, Map<string, [string | null, string, string][]>>();
	const seen = new Map<string, string>();
	let n = 0;
	const frenchKey = (f: CoopRecord['french'][number]) => f.code ?? `?${f.name}`;
	const partnerKey = (p: CoopRecord['partners'][number]) => `${p.normName}/${p.country}`;
	for (const r of records) {
		if (r.french.length === 1 && r.partners.length === 1) {
			const f = r.french[0];
			const p = r.partners[0];
			const fk = f.code ?? `?${f.name}`;
			let byPartner = simple.get(fk);
			if (!byPartner) simple.set(fk, (byPartner = new Map()));
			let list = byPartner.get(p.normName);
			if (!list) byPartner.set(p.normName, (list = []));
			const hit = list.find(([country, link]) => country === p.country && link === r.linkType);
			if (hit) {
				r.duplicateOf = hit[2];
				n++;
			} else list.push([p.country, r.linkType, r.id]);
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

function csvCell(value: string): string {
	// Neutralise spreadsheet formulas; keep negative numbers ("-34.92") as they are.
	const v = /^[=+@\t\r]|^-(?![\d.,])/.test(value) ? `'${value}` : value;
	return /[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The rejected rows as RFC 4180 CSV: line, reason, then the file's own columns. */
export function rejectedToCsv(report: Pick<ImportReport, 'rejected'> | { rejected: RejectedRow[] }): string {
	const columns: string[] = [];
	for (const r of report.rejected) for (const k of Object.keys(r.raw)) if (!columns.includes(k)) columns.push(k);
	const header = ['line', 'reason', ...columns];
	const lines = [header.map(csvCell).join(',')];
	for (const r of report.rejected) {
		lines.push([String(r.line), r.reason, ...columns.map((c) => r.raw[c] ?? '')].map(csvCell).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}
