/**
 * What the CLI prints when a file's required columns are not recognised with confidence: the
 * file's headers, its first rows, and the exact --map options to run again with.
 */
import type { UnmappedColumns } from '../../src/lib/data/formats';
import type { Field } from '../../src/lib/data/model';

/** A word for a POSIX shell, double-quoted when needed. */
export function shellWord(s: string): string {
	return /^[\w@%+=:,./-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The --map options for the required fields not recognised: the scorer's weak guess when it has one, else a placeholder. */
export function mapOptions(columns: UnmappedColumns): string {
	return columns.missing.map((f: Field) => `--map ${f}=${shellWord(columns.suggested[f] ?? '<column>')}`).join(' ');
}

const short = (s: string) => (s.length > 50 ? s.slice(0, 49) + '…' : s);

export function mapHint(file: string, columns: UnmappedColumns): string {
	const width = Math.max(...columns.headers.map((h) => h.length), 6);
	const lines = [
		`Columns found in ${file}:`,
		...columns.headers.map((h, i) => `  ${String(i + 1).padStart(2)}. ${h.padEnd(width)}  e.g. ${short(columns.preview.map((r) => r[i] ?? '').find((c) => c.trim() !== '') ?? '(empty)')}`),
		`Not recognised with confidence: ${columns.missing.join(', ')}. Run again with the columns to use, e.g.:`,
		`  npm run data:import -- ${shellWord(file)} ${mapOptions(columns)}`
	];
	return lines.join('\n');
}
