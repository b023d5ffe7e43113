/**
 * Text → Table with papaparse: quoted multi-line cells, empty lines skipped, trailing empty
 * columns dropped, and each row's 1-based starting line kept (a multi-line cell does not shift
 * the line reported for its row; the rows after it get their true file line).
 */
import Papa from 'papaparse';
import { detectDelimiter, type Delimiter } from './delimiter';
import { ImportError } from './errors';
import type { Table, TableRow } from './table';

export interface ParseOptions {
	delimiter?: Delimiter;
	/** Called every ~5,000 rows with the share of text parsed so far (0..1). */
	onProgress?: (fraction: number) => void;
}

function isEmptyRow(cells: string[]): boolean {
	return cells.every((c) => c.trim() === '');
}

/** Drops empty header cells at the end, and the cells beyond the header width when empty. */
function trimTrailingColumns(headers: string[], rows: TableRow[]): string[] {
	let width = headers.length;
	while (width > 0 && headers[width - 1].trim() === '') {
		const used = rows.some((r) => (r.cells[width - 1] ?? '').trim() !== '');
		if (used) break;
		width--;
	}
	for (const r of rows) {
		let n = r.cells.length;
		while (n > width && r.cells[n - 1].trim() === '') n--;
		if (n !== r.cells.length) r.cells.length = n;
	}
	return headers.slice(0, width).map((h, i) => h.trim() || `column_${i + 1}`);
}

/** Whether a text is only whitespace (what text.trim() === '' tells, without copying a large text). */
function isBlank(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && (c < 9 || c > 13) && !/\s/.test(text[i])) return false;
	}
	return true;
}

/**
 * Line ends normalised to "\n" and the delimiter chosen. Throws ImportError for empty input.
 * Quote-free text whose every "\r" starts a "\r\n" is kept as it is (each line's "\r" is dropped
 * as the line is split): rewriting a large file would copy all of it.
 */
export function prepareDelimited(input: string, delimiter?: Delimiter): { text: string; delimiter: Delimiter } {
	const normalise = input.includes('\r') && (input.includes('"') || /\r(?!\n)/.test(input));
	const text = normalise ? input.replace(/\r\n?/g, '\n') : input;
	if (isBlank(text)) throw new ImportError('empty', 'The file is empty: there is no table to import.');
	return { text, delimiter: delimiter ?? detectDelimiter(text) };
}

/**
 * Calls onRow for each non-empty row of prepared text (see prepareDelimited), in order, with its
 * 1-based starting line and the offset where the next row starts; onRow returning false stops.
 */
export function forEachRow(
	text: string,
	delimiter: Delimiter,
	onRow: (row: TableRow, next: number) => boolean | void
): void {
	if (!text.includes('"')) {
		forEachPlainRow(text, delimiter, onRow);
		return;
	}
	let line = 1;
	let scanned = 0;
	let rowStart = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		newline: '\n',
		skipEmptyLines: false,
		step: (result, parser) => {
			// Count the newlines between the last row's start and this row's start.
			for (let i = scanned; i < rowStart; i++) if (text.charCodeAt(i) === 10) line++;
			scanned = rowStart;
			const cells = result.data;
			rowStart = result.meta.cursor;
			if (!isEmptyRow(cells) && onRow({ line, cells }, rowStart) === false) parser.abort();
		}
	});
}

/**
 * forEachRow for text without any quote: what papaparse itself does then (its "fast mode": split
 * on newlines, then on the delimiter), without its per-row result objects and copies; each row is
 * one line. A line's closing "\r" (text kept with "\r\n" line ends) is not part of its last cell.
 */
function forEachPlainRow(text: string, delimiter: Delimiter, onRow: (row: TableRow, next: number) => boolean | void): void {
	let start = 0;
	// The first delimiter at or after the current cell's start, once looked up (text.length: none left).
	// Kept across lines, so lines without a delimiter do not each scan the rest of the text.
	let delim = -1;
	// Cells are gathered here, then copied to an array of their exact count (an empty array's first
	// push would reserve room for 16).
	const scratch: string[] = [];
	for (let line = 1; ; line++) {
		const nl = text.indexOf('\n', start);
		const end = nl < 0 ? text.length : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
		// The cells straight from the text (what text.slice(start, end).split(delimiter) gives, without the line's copy).
		let n = 0;
		for (let from = start; ; ) {
			if (delim < from) {
				delim = text.indexOf(delimiter, from);
				if (delim < 0) delim = text.length;
			}
			if (delim >= end) {
				scratch[n++] = text.slice(from, end);
				break;
			}
			scratch[n++] = text.slice(from, delim);
			from = delim + 1;
		}
		const cells = scratch.slice(0, n);
		const next = nl < 0 ? end : nl + 1;
		if (!isEmptyRow(cells) && onRow({ line, cells }, next) === false) return;
		if (nl < 0) return;
		start = next;
	}
}

/** Cells beyond the header width that are empty are dropped (what trimTrailingColumns does to each row). */
export function trimRowWidth(row: TableRow, width: number): void {
	let n = row.cells.length;
	while (n > width && row.cells[n - 1].trim() === '') n--;
	if (n !== row.cells.length) row.cells.length = n;
}

/** Whether a header's last cell is empty (its width then depends on the rows: see trimTrailingColumns). */
export function hasEmptyTrailingHeader(cells: string[]): boolean {
	return cells.length === 0 || cells[cells.length - 1].trim() === '';
}

/** Header cells → headers, for a header whose last cell is not empty. */
export function headerNames(cells: string[]): string[] {
	return cells.map((h, i) => h.trim() || `column_${i + 1}`);
}

/** Parses delimited text (CSV, TSV, ';' or '|' separated). Throws ImportError for empty input. */
export function parseDelimited(input: string, options: ParseOptions = {}): Table {
	const { text, delimiter } = prepareDelimited(input, options.delimiter);
	const all: TableRow[] = [];
	forEachRow(text, delimiter, (row, next) => {
		all.push(row);
		if (options.onProgress && all.length % 5000 === 0) options.onProgress(next / text.length);
	});
	const [head, ...rows] = all;
	if (!head) throw new ImportError('empty', 'The file is empty: there is no table to import.');
	const headers = trimTrailingColumns(head.cells, rows);
	return { headers, rows, delimiter };
}
