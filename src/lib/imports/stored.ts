/**
 * A user's imported file as kept in the browser (pure part: shape, validation, report summary).
 * Stored values come back from IndexedDB, written by an older version maybe: checked, never trusted.
 */
import type { CoopRecord, Dataset, ImportReport, Precision } from '$lib/data/model';
import { PRECISIONS } from '$lib/data/model';

/** Bumped when the stored shape changes; older entries are dropped with a warning. */
export const STORED_VERSION = 1;

export interface StoredImport {
	version: number;
	dataset: Dataset;
	records: CoopRecord[];
	report: ImportReport;
	/** ISO date-time of the import. */
	savedAt: string;
}

export function toStoredImport(
	dataset: Dataset,
	records: CoopRecord[],
	report: ImportReport,
	savedAt = new Date().toISOString()
): StoredImport {
	return { version: STORED_VERSION, dataset: { ...dataset, imported: true }, records, report, savedAt };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** True when `v` has the stored shape (and version) this code can restore. */
export function isStoredImport(v: unknown): v is StoredImport {
	if (!isObj(v) || v.version !== STORED_VERSION) return false;
	const { dataset, records, report } = v;
	return (
		isObj(dataset) &&
		typeof dataset.id === 'string' &&
		dataset.id.startsWith('import-') &&
		typeof dataset.title === 'string' &&
		Array.isArray(records) &&
		records.every((r) => isObj(r) && typeof r.id === 'string' && Array.isArray(r.french) && Array.isArray(r.partners)) &&
		isObj(report) &&
		typeof report.rows === 'number' &&
		Array.isArray(report.rejected)
	);
}

/** Newest import first. */
export function sortImports(items: StoredImport[]): StoredImport[] {
	return items.slice().sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export interface PrecisionShare {
	precision: Precision;
	count: number;
	/** 0..1 of all partner mentions. */
	share: number;
}

export interface ReportSummary {
	rows: number;
	accepted: number;
	rejected: number;
	warnings: number;
	/** 0..1, null when the file names no French collectivité. */
	frenchResolved: number | null;
	countryResolved: number | null;
	precision: PrecisionShare[];
}

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);

/** The figures the import report shows, as ratios ready to format. */
export function reportSummary(report: ImportReport): ReportSummary {
	return {
		rows: report.rows,
		accepted: report.accepted,
		rejected: report.rejected.length,
		warnings: report.warnings.length,
		frenchResolved: ratio(report.frenchResolved, report.french),
		countryResolved: ratio(report.partnersCountryResolved, report.partners),
		precision: PRECISIONS.map((precision) => {
			const count = report.partnersByPrecision?.[precision] ?? 0;
			return { precision, count, share: ratio(count, report.partners) ?? 0 };
		})
	};
}

/** Name of the rejected-rows download: "<file>-rejets.csv". */
export function rejectedFileName(file: string): string {
	const stem = file.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
	return `${stem || 'import'}-rejets.csv`;
}

/**
 * The file's headers for the mapping editor: `report.headers` when the pipeline gives them, else
 * what the report reveals (mapped headers, then the columns of rejected rows).
 */
export function headersOf(report: ImportReport & { headers?: string[] }): string[] {
	if (Array.isArray(report.headers) && report.headers.length) return report.headers;
	const out: string[] = [];
	const add = (h: string | undefined) => h && !out.includes(h) && out.push(h);
	Object.values(report.mapping ?? {}).forEach(add);
	for (const r of report.rejected.slice(0, 50)) Object.keys(r.raw ?? {}).forEach(add);
	return out;
}
