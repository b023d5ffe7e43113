/**
 * CSV writing, shared by every download (records, chart numbers, rejected rows): RFC 4180 quoting,
 * CRLF line ends, optional UTF-8 BOM (French Excel), and neutralisation of cells a spreadsheet would
 * run as a formula (= + - @, tab, CR) by a leading apostrophe — plain negative numbers stay as they are.
 */
export const BOM = '\uFEFF';
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+@\t\r]|^-(?!\d+(?:[.,]\d+)?$)/;

/** A text cell as a spreadsheet must see it: inert. Numbers are written as numbers. */
export function neutralise(cell: Cell): string {
	if (cell == null) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	return FORMULA_START.test(cell) ? "'" + cell : cell;
}

/** RFC 4180: quote when the cell holds a comma, quote, CR or LF (or the delimiter); double quotes. */
export function quote(cell: string, delimiter = ','): string {
	return cell.includes(delimiter) || /[",\r\n]/.test(cell) ? '"' + cell.replaceAll('"', '""') + '"' : cell;
}

/** Rows → CSV text (with BOM unless `bom: false`). */
export function toCsv(rows: readonly (readonly Cell[])[], opts: { bom?: boolean; delimiter?: string } = {}): string {
	const d = opts.delimiter ?? ',';
	const body = rows.map((row) => row.map((c) => quote(neutralise(c), d)).join(d)).join('\r\n') + '\r\n';
	return (opts.bom === false ? '' : BOM) + body;
}
