/** Which bytes are a workbook rather than text, from their first bytes (no reader loaded). */

/** 'zip': an Office Open XML or OpenDocument file (or another zip); 'xls': an old binary Office file. */
export type WorkbookKind = 'zip' | 'xls';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE2 compound file that holds .xls (and .doc) files. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

export function workbookKind(bytes: Uint8Array): WorkbookKind | null {
	if (startsWith(bytes, ZIP)) return 'zip';
	if (startsWith(bytes, CFB)) return 'xls';
	return null;
}
