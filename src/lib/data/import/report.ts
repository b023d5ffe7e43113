/** The rejected rows of an import report as CSV. */
import type { ImportReport, RejectedRow } from '../model';
import { toCsv } from '../csv/write';

/** The rejected rows as RFC 4180 CSV: line, reason, then the file's own columns. */
export function rejectedToCsv(report: Pick<ImportReport, 'rejected'> | { rejected: RejectedRow[] }): string {
	const columns: string[] = [];
	for (const r of report.rejected) for (const k of Object.keys(r.raw)) if (!columns.includes(k)) columns.push(k);
	const rows = [['line', 'reason', ...columns]];
	for (const r of report.rejected) rows.push([String(r.line), r.reason, ...columns.map((c) => r.raw[c] ?? '')]);
	return toCsv(rows, { bom: false });
}
