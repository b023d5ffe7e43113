import { describe, expect, it } from 'vitest';
import { checkSize, decodeBytes, ImportError, MAX_IMPORT_BYTES } from '../../src/lib/data/csv';
import { encodeWindows1252, FILES, readText } from './helpers/real-data';

// A real row of partenariats.csv with accents and a curly apostrophe.
const REAL =
	'collectivite_francaise,collectivite_partenaire,pays_partenaire\nGrenoble,Sévan,Arménie\nVille de Tours,Port-Bouët,Côte d’Ivoire\n';

function codeOf(f: () => unknown): string | undefined {
	try {
		f();
	} catch (e) {
		return (e as ImportError).code;
	}
	return undefined;
}

describe('decodeBytes', () => {
	const utf8 = new TextEncoder().encode(REAL);
	const cases: [string, Uint8Array, string][] = [
		['UTF-8 without BOM', utf8, 'utf-8'],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8-bom'],
		['Windows-1252 (French Excel)', encodeWindows1252(REAL), 'windows-1252']
	];
	it.each(cases)('%s gives the same text', (_name, bytes, encoding) => {
		const decoded = decodeBytes(bytes);
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text).toBe(REAL);
	});

	it('decodes the real twin-towns file as UTF-8', () => {
		const bytes = new TextEncoder().encode(readText(FILES.twinTowns));
		expect(decodeBytes(bytes).text).toContain('Bérat');
	});

	it.each([
		['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
		['an XLSX workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'xlsx'],
		['an old XLS workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'xlsx'],
		['random control bytes', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 7) % 9 || 1)), 'binary']
	])('refuses %s with a clear error', (_name, bytes, code) => {
		expect(codeOf(() => decodeBytes(bytes))).toBe(code);
	});

	it('refuses a 100 MB file before decoding it, saying the limit', () => {
		expect(codeOf(() => checkSize(100 * 1024 * 1024))).toBe('too-large');
		expect(() => checkSize(100 * 1024 * 1024)).toThrow(/limit is 50 MB/);
		expect(() => checkSize(MAX_IMPORT_BYTES)).not.toThrow();
	});
});
