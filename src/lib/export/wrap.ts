/**
 * The one word wrap of every export (chart SVG, map PNG): greedy, by a width `measure` given by the
 * caller (canvas measureText in the browser, an average glyph width elsewhere). A word wider than a
 * line is cut so that nothing runs past the edge. Pure.
 *
 * @example wrapWords('aaa bbb ccc', 50, (s) => s.length * 7) // ['aaa bbb', 'ccc']
 */
export function wrapWords(text: string, max: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= max) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		// Cut a word that does not fit a line alone, keeping at least one character per line.
		while (word.length > 1 && measure(word) > max) {
			let n = word.length - 1;
			while (n > 1 && measure(word.slice(0, n)) > max) n--;
			lines.push(word.slice(0, n));
			word = word.slice(n);
		}
		line = word;
	}
	if (line) lines.push(line);
	return lines;
}
