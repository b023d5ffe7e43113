/** Numbers as French spreadsheets write them: "43,61", "1 234,5", "57,6 %", as well as "43.61". */

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * "-43,6123" or "43.6123" (digits, at most one separator with digits on both sides, at most 15
 * digits) read without building a string: digits / 10^k is exactly Number("43.6123"), both being
 * exact doubles and the division correctly rounded. undefined for anything else.
 */
function plainDecimal(cell: string): number | undefined {
	const n = cell.length;
	let i = cell.charCodeAt(0) === 45 ? 1 : 0;
	const negative = i === 1;
	let value = 0;
	let digits = 0;
	let decimals = -1;
	for (; i < n; i++) {
		const c = cell.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			value = value * 10 + (c - 48);
			digits++;
			if (decimals >= 0) decimals++;
		} else if ((c === 44 || c === 46) && decimals < 0 && digits > 0) decimals = 0;
		else return undefined;
	}
	if (digits === 0 || digits > 15 || decimals === 0) return undefined;
	const v = decimals > 0 ? value / POW10[decimals] : value;
	return negative ? -v : v;
}

/** Parses a number with a decimal comma or point; null for empty or non-numeric cells. */
export function parseNumber(cell: string | null | undefined): number | null {
	if (cell == null || cell === '') return null;
	const plain = plainDecimal(cell);
	if (plain !== undefined) return plain;
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
