/**
 * Typed spreadsheet cells → the cell text the pipeline reads from CSV files: dates as ISO dates
 * ("2006-01-01", with the time only when there is one), numbers as plain decimals with a point
 * and at most the 15 significant digits a spreadsheet shows ("0.1" for 0.1000000000000000055…).
 */

export type Cell = string | number | boolean | Date | null | undefined;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date cell: the reader gives spreadsheet dates as UTC instants. */
export function dateText(d: Date): string {
	if (Number.isNaN(d.getTime())) return '';
	// Serial dates carry float noise: 2006-01-01 may come as 23:59:59.9995 the day before.
	const t = new Date(Math.round(d.getTime() / 1000) * 1000);
	const day = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
	const h = t.getUTCHours(), m = t.getUTCMinutes(), s = t.getUTCSeconds();
	if (h === 0 && m === 0 && s === 0) return day;
	return `${day}T${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

/** A number cell as plain decimal text, never in exponent notation. */
export function numberText(n: number): string {
	if (!Number.isFinite(n)) return '';
	const text = String(Number(n.toPrecision(15)));
	const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
	if (!m) return text;
	// "1e-7" or "1.5e+21": the digits with the point moved
	const [, sign, lead, rest = '', exp] = m;
	const digits = lead + rest;
	const point = 1 + Number(exp);
	if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
	return sign + digits.padEnd(point, '0');
}

export function cellText(cell: Cell): string {
	if (cell == null) return '';
	if (typeof cell === 'string') return cell;
	if (typeof cell === 'number') return numberText(cell);
	if (typeof cell === 'boolean') return cell ? 'true' : 'false';
	if (cell instanceof Date) return dateText(cell);
	return String(cell);
}
