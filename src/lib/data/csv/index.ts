/** File bytes or text → Table: decoding, pipe-table or delimited parsing, and the checks every import shares. */
import { decodeBytes, checkSize, type TextEncodingName } from './decode';
import { DELIMITERS, type Delimiter } from './delimiter';
import { ImportError } from './errors';
import { parseDelimited } from './parse';
import { extractPipeTable } from './pipe-table';
import type { Table } from './table';

export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { MAX_IMPORT_BYTES, checkSize, decodeBytes } from './decode';
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

/** Reads a table from text: a pipe table if the text holds one, else delimited text. */
export function readTableText(text: string, options: ReadOptions = {}): Table {
	checkSize(text.length);
	const table = (!options.delimiter && extractPipeTable(text)) || parseDelimited(text, options);
	if (table.headers.length < 2) {
		const tried = options.delimiter ? `with the delimiter ${delimiterName(options.delimiter)}` : 'with , ; tab or |';
		const other = DELIMITERS.find((d) => d !== options.delimiter && table.headers[0]?.includes(d));
		throw new ImportError(
			'no-columns',
			`Only one column was found ${tried}.` +
				(other ? ` The header contains ${delimiterName(other)}: choose that delimiter instead.` : '') +
				' A file needs at least a French collectivité column and a partner column.'
		);
	}
	if (table.rows.length === 0) {
		throw new ImportError(
			'headers-only',
			`The file has a header line (${table.headers.slice(0, 4).join(', ')}…) but no data rows.`
		);
	}
	return table;
}

/** Reads a table from a file's bytes (encoding detected) or from text already decoded. */
export function readTable(input: Uint8Array | ArrayBuffer | string, options: ReadOptions = {}): ReadResult {
	if (typeof input === 'string') return { table: readTableText(input, options), encoding: 'text' };
	const { text, encoding } = decodeBytes(input);
	return { table: readTableText(text, options), encoding };
}
