/**
 * CSV writing, shared by every download (records, chart numbers, rejected rows) and the benchmark's
 * generated file: papaparse's `unparse` (RFC 4180 quoting) with CRLF line ends, an optional UTF-8 BOM
 * (French Excel), and cells a spreadsheet would run as a formula (= + - @, tab, CR) neutralised by a
 * leading apostrophe — plain negative numbers ("-34,5") stay as they are.
 */
import Papa from 'papaparse';

export const BOM = '\uFEFF';
export type Cell = string | number | null | undefined;

/** Text cells a spreadsheet would evaluate (papaparse's `escapeFormulae`, numbers are never touched). */
const FORMULA_START = /^[=+@\t\r]|^-(?!\d+(?:[.,]\d+)?$)/;

/** Rows → CSV text, each line ended by CRLF (with a BOM unless `bom: false`). */
export function toCsv(rows: readonly (readonly Cell[])[], opts: { bom?: boolean; delimiter?: string } = {}): string {
	const cells = rows.map((row) => row.map((c) => (typeof c === 'number' && !Number.isFinite(c) ? null : c)));
	const body = Papa.unparse(cells, { delimiter: opts.delimiter ?? ',', newline: '\r\n', escapeFormulae: FORMULA_START });
	return (opts.bom === false ? '' : BOM) + (rows.length ? body + '\r\n' : '');
}
