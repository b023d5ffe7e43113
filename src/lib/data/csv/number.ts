/** Numbers as French spreadsheets write them: "43,61", "1 234,5", "57,6 %", as well as "43.61". */

/** Parses a number with a decimal comma or point; null for empty or non-numeric cells. */
const SIMPLE = /^-?\d+(?:[.,]\d+)?$/;

export function parseNumber(cell: string | null | undefined): number | null {
	if (cell == null || cell === '') return null;
	if (SIMPLE.test(cell)) return Number(cell.replace(',', '.'));
	let s = cell.replace(/[\s\u00a0\u202f%]/g, '');
	if (s === '') return null;
	const comma = s.lastIndexOf(',');
	const dot = s.lastIndexOf('.');
	if (comma >= 0 && dot >= 0) {
		// The last separator is the decimal one: "1.234,5" or "1,234.5".
		s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
	} else if (comma >= 0) {
		if ((s.match(/,/g) ?? []).length > 1) return null;
		s = s.replace(',', '.');
	}
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/** A four-digit year between 1900 and 2100 found in a cell ("2025", "Franco-sénégalais 2025"), else null. */
export function parseYear(cell: string | null | undefined): number | null {
	const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(cell ?? '');
	return m ? Number(m[1]) : null;
}
