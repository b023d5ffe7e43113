/** Guesses a CSV delimiter among , ; tab | from the first lines, ignoring quoted text. */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Counts each candidate per line (outside quotes) over the first non-empty lines. */
function countsPerLine(text: string, maxLines: number): Map<Delimiter, number[]> {
	const counts = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, []]));
	let inQuotes = false;
	let current = new Map<Delimiter, number>();
	let lines = 0;
	let lineHasText = false;
	for (let i = 0; i < text.length && lines < maxLines; i++) {
		const c = text[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (!inQuotes && c === '\n') {
			if (lineHasText) {
				for (const d of DELIMITERS) counts.get(d)!.push(current.get(d) ?? 0);
				lines++;
			}
			current = new Map();
			lineHasText = false;
		} else if (!inQuotes && (DELIMITERS as readonly string[]).includes(c)) {
			current.set(c as Delimiter, (current.get(c as Delimiter) ?? 0) + 1);
			lineHasText = true;
		} else if (c.trim() !== '') lineHasText = true;
	}
	if (lineHasText && lines < maxLines) for (const d of DELIMITERS) counts.get(d)!.push(current.get(d) ?? 0);
	return counts;
}

/**
 * The delimiter whose count on the header line is repeated on most following lines; ties go to
 * the larger header count. Defaults to ',' when nothing separates columns.
 */
export function detectDelimiter(text: string): Delimiter {
	const counts = countsPerLine(text, 30);
	let best: Delimiter = ',';
	let bestScore = -1;
	for (const d of DELIMITERS) {
		const c = counts.get(d)!;
		const head = c[0] ?? 0;
		if (head === 0) continue;
		const rest = c.slice(1);
		const consistent = rest.length === 0 ? 1 : rest.filter((n) => n === head).length / rest.length;
		const score = consistent * 1000 + head;
		if (score > bestScore) {
			bestScore = score;
			best = d;
		}
	}
	return best;
}
