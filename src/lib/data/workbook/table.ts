/**
 * A sheet's rows → the Table every reader produces. Exports often put title lines (report name,
 * date, source) above the header row, so the header is found by its shape: among the first rows,
 * the first one as wide, or nearly, as the widest row made only of short, distinct text cells.
 * Each row keeps its sheet row number as its line, so rejected rows point into the spreadsheet.
 */
import { ImportError } from '../csv/errors';
import type { Table, TableRow } from '../csv/table';
import { cellText, type Cell } from './cells';

/** How many rows from the top may hold the header. */
export const HEADER_SCAN_ROWS = 20;
/** A header cell longer than this is a sentence (a title, a note), not a column name. */
const MAX_HEADER_LENGTH = 100;
/** A row this share as wide as the widest candidate counts as the header (a data row may carry an extra unnamed note). */
const WIDTH_SHARE = 0.75;

const isEmpty = (c: Cell) => c == null || (typeof c === 'string' && c.trim() === '');

/** How many column names a row could hold: 0 unless every non-empty cell is short, distinct text. */
export function labelWidth(row: readonly Cell[]): number {
	const seen = new Set<string>();
	for (const c of row) {
		if (isEmpty(c)) continue;
		if (typeof c !== 'string') return 0;
		const label = c.trim();
		if (label.length > MAX_HEADER_LENGTH || seen.has(label)) return 0;
		seen.add(label);
	}
	return seen.size;
}

/** Index of the header row, or -1 when no row of the first HEADER_SCAN_ROWS has two column names. */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): number {
	const widths = rows.slice(0, HEADER_SCAN_ROWS).map(labelWidth);
	const widest = Math.max(0, ...widths);
	if (widest < 2) return -1;
	const enough = Math.max(2, Math.ceil(widest * WIDTH_SHARE));
	return widths.findIndex((w) => w >= enough);
}

export function isEmptyRow(row: readonly Cell[]): boolean {
	return row.every(isEmpty);
}

/** The sheet as a Table: rows above the header dropped, empty rows skipped, columns empty throughout dropped. */
export function sheetTable(rows: readonly (readonly Cell[])[]): Table {
	const first = rows.findIndex((r) => !isEmptyRow(r));
	if (first < 0) throw new ImportError('empty', 'The sheet is empty: there is no table to import.');
	const at = findHeaderRow(rows);
	if (at < 0) {
		throw new ImportError(
			'no-header',
			`No header row was found in the first ${HEADER_SCAN_ROWS} rows of the sheet: a header row names at least two columns with short text.`
		);
	}
	const head = rows[at].map(cellText).map((h) => h.trim());
	const data: TableRow[] = [];
	for (let i = at + 1; i < rows.length; i++) {
		if (!isEmptyRow(rows[i])) data.push({ line: i + 1, cells: rows[i].map(cellText) });
	}
	if (data.length === 0) {
		throw new ImportError('headers-only', `The sheet has a header row (${head.filter(Boolean).slice(0, 4).join(', ')}…) but no data rows.`);
	}
	let width = head.length;
	for (const r of data) width = Math.max(width, r.cells.length);
	const kept: number[] = [];
	for (let c = 0; c < width; c++) {
		if (head[c] || data.some((r) => (r.cells[c] ?? '').trim() !== '')) kept.push(c);
	}
	return {
		headers: kept.map((c, i) => head[c] || `column_${i + 1}`),
		rows: data.map((r) => ({ line: r.line, cells: kept.map((c) => r.cells[c] ?? '') })),
		delimiter: 'sheet'
	};
}
