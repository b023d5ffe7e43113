/** File bytes or text → Table: decoding, pipe-table or delimited parsing, and the checks every import shares. */
import { decodeBytes, checkSize, type TextEncodingName } from './decode';
import { DELIMITERS, type Delimiter } from './delimiter';
import { ImportError } from './errors';
import { forEachRow, hasEmptyTrailingHeader, headerNames, parseDelimited, prepareDelimited, trimRowWidth } from './parse';
import { extractPipeTable } from './pipe-table';
import type { Table, TableRow } from './table';

export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { MAX_IMPORT_BYTES, checkSize, decodeBytes, type TextEncodingName } from './decode';
export { detectDelimiter, DELIMITERS, type Delimiter } from './delimiter';
export { parseNumber, parseYear } from './number';
export { extractPipeTable } from './pipe-table';
export { parseDelimited } from './parse';
export { rowToRecord, type Table, type TableRow } from './table';

export interface ReadOptions {
	delimiter?: Delimiter;
	onProgress?: (fraction: number) => void;
}

export interface ReadResult {
	table: Table;
	encoding: TextEncodingName | 'text';
}

function delimiterName(d: string): string {
	return d === '\t' ? 'tab' : `"${d}"`;
}

function checkHeaders(headers: string[], options: ReadOptions): void {
	if (headers.length < 2) {
		const tried = options.delimiter ? `with the delimiter ${delimiterName(options.delimiter)}` : 'with , ; tab or |';
		const other = DELIMITERS.find((d) => d !== options.delimiter && headers[0]?.includes(d));
		throw new ImportError(
			'one-column',
			`Only one column was found ${tried}.` +
				(other ? ` The header contains ${delimiterName(other)}: choose that delimiter instead.` : '') +
				' A file needs at least a French collectivité column and a partner column.'
		);
	}
}

function headersOnly(headers: string[]): ImportError {
	return new ImportError('headers-only', `The file has a header line (${headers.slice(0, 4).join(', ')}…) but no data rows.`);
}

/** Reads a table from text: a pipe table if the text holds one, else delimited text. */
export function readTableText(text: string, options: ReadOptions = {}): Table {
	checkSize(text.length);
	const table = (!options.delimiter && extractPipeTable(text)) || parseDelimited(text, options);
	checkHeaders(table.headers, options);
	if (table.rows.length === 0) throw headersOnly(table.headers);
	return table;
}

/** Delimited text read row by row: its headers at once, then its data rows as they are parsed. */
export interface RowStream {
	headers: string[];
	delimiter: Delimiter;
	/**
	 * Parses the data rows, calling onRow for each with the share of text read so far; returns the
	 * number of rows. Throws ImportError 'headers-only' when there is none.
	 */
	run(onRow: (row: TableRow, fraction: number) => void): number;
	/** The first n data rows, parsed again by run (for a preview of a file whose columns need the user). */
	peek(n: number): TableRow[];
}

/**
 * readTableText without building the table: the same checks and rows, for delimited text whose
 * header fixes the width. null when readTableText must be used instead (a pipe table, or a header
 * ending in empty cells, whose width depends on the rows).
 */
export function openRows(input: string, options: ReadOptions = {}): RowStream | null {
	checkSize(input.length);
	if (!options.delimiter && extractPipeTable(input)) return null;
	const { text, delimiter } = prepareDelimited(input, options.delimiter);
	// The header and whether a data row follows, so that a file is refused before any resource is loaded.
	const first: string[][] = [];
	forEachRow(text, delimiter, (row) => first.push(row.cells) < 2);
	const head = first[0];
	if (!head) throw new ImportError('empty', 'The file is empty: there is no table to import.');
	if (hasEmptyTrailingHeader(head)) return null;
	const headers = headerNames(head);
	checkHeaders(headers, options);
	if (first.length < 2) throw headersOnly(headers);
	const width = headers.length;
	return {
		headers,
		delimiter,
		run(onRow) {
			let n = -1; // the header row comes first
			forEachRow(text, delimiter, (row, next) => {
				if (n++ < 0) return;
				trimRowWidth(row, width);
				onRow(row, next / text.length);
			});
			if (n <= 0) throw headersOnly(headers);
			return n;
		},
		peek(count) {
			const rows: TableRow[] = [];
			let header = true;
			forEachRow(text, delimiter, (row) => {
				if (header) return !(header = false);
				trimRowWidth(row, width);
				return rows.push(row) < count;
			});
			return rows;
		}
	};
}

/** Reads a table from a file's bytes (encoding detected) or from text already decoded. */
export function readTable(input: Uint8Array | ArrayBuffer | string, options: ReadOptions = {}): ReadResult {
	if (typeof input === 'string') return { table: readTableText(input, options), encoding: 'text' };
	const { text, encoding } = decodeBytes(input);
	return { table: readTableText(text, options), encoding };
}
