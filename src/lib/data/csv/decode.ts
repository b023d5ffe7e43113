/**
 * Bytes → text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252
 * (what French Excel writes for "CSV (séparateur: point-virgule)"). Refuses binary files, XLSX
 * workbooks and files above MAX_IMPORT_BYTES with a message saying what to do.
 */
import { ImportError } from './errors';

/** Largest file the importer accepts (bytes). Documented in docs/data-model.md. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

/** Throws a clear ImportError when a file is too big to import in one go. */
export function checkSize(byteLength: number): void {
	if (byteLength > MAX_IMPORT_BYTES) {
		const mb = (byteLength / 1024 / 1024).toFixed(0);
		throw new ImportError(
			'too-large',
			`File too large (${mb} MB): the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. ` +
				'Split it into several files (e.g. by year or region) and import them one by one.'
		);
	}
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
	return sig.every((b, i) => bytes[i] === b);
}

/** Binary content: ZIP-based office files, PDF, images, or NUL / control bytes in the first 8 KB. */
function checkNotBinary(bytes: Uint8Array): void {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
		throw new ImportError(
			'xlsx',
			'This looks like an Excel (.xlsx) or other zipped file, which is not supported. ' +
				'In Excel, use "File > Save as > CSV UTF-8 (comma delimited)" and import the CSV.'
		);
	}
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
		throw new ImportError(
			'xlsx',
			'This looks like an old Excel (.xls) file, which is not supported. Save it as CSV from Excel and import the CSV.'
		);
	}
	const n = Math.min(bytes.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) {
			throw new ImportError(
				'binary',
				'This file is binary (it contains NUL bytes), not a text table. Import a CSV, TSV or text file.'
			);
		}
		if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
	}
	if (n > 0 && control / n > 0.05) {
		throw new ImportError('binary', 'This file is binary, not a text table. Import a CSV, TSV or text file.');
	}
}

// Bytes 0x80–0x9F of Windows-1252 (the rest equals Latin-1). Decoded by hand: Node's TextDecoder
// treats "windows-1252" as ISO-8859-1 and would turn "’" into a control character.
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const CHUNK = 8192;
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const end = Math.min(bytes.length, start + CHUNK);
		const codes = new Array<number>(end - start);
		for (let i = start; i < end; i++) {
			const b = bytes[i];
			codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
		}
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

function isUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
	if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
	return null;
}

/** Decodes a file's bytes to text, choosing the encoding; see the module comment. */
export function decodeBytes(input: Uint8Array | ArrayBuffer): DecodedText {
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	checkSize(bytes.byteLength);
	const utf16 = isUtf16(bytes);
	if (utf16) return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), encoding: utf16 };
	checkNotBinary(bytes);
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}
