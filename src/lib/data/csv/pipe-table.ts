/**
 * Reads a markdown / pipe table embedded in text (the seed pages):
 * "A | B | C |" then "---|---|---|" then rows; text before and after is kept as context.
 */
import type { Table, TableRow } from './table';

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function splitPipeLine(line: string): string[] {
	let s = line.trim();
	if (s.startsWith('|')) s = s.slice(1);
	if (s.endsWith('|')) s = s.slice(0, -1);
	return s.split('|').map((c) => c.trim());
}

/** Finds the first pipe table in the text, or null when there is none. */
export function extractPipeTable(input: string): Table | null {
	// No "---|" line: not worth splitting the text (the plain search first: it is much faster on a large file).
	if (!input.includes('---') || !/^\s*\|?\s*:?-{3,}:?\s*\|/m.test(input)) return null;
	const lines = (input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input).split('\n');
	for (let i = 1; i < lines.length; i++) {
		if (!SEPARATOR.test(lines[i]) || !lines[i - 1].includes('|')) continue;
		const headers = splitPipeLine(lines[i - 1]);
		const rows: TableRow[] = [];
		let j = i + 1;
		for (; j < lines.length; j++) {
			const l = lines[j];
			if (l.trim() === '') {
				// An empty line ends the table only if no table row follows it directly.
				if (lines[j + 1]?.includes('|')) continue;
				break;
			}
			if (!l.includes('|')) break;
			rows.push({ line: j + 1, cells: splitPipeLine(l) });
		}
		const context = [...lines.slice(0, i - 1), ...lines.slice(j)].join('\n');
		return { headers, rows, delimiter: 'pipe-table', context };
	}
	return null;
}

/** True when the text holds a markdown-style table (header line followed by a ---|--- line). */
export function hasPipeTable(text: string): boolean {
	return extractPipeTable(text) !== null;
}
