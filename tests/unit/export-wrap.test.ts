import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/lib/export/wrap';

describe('wrapWords: the one word wrap of chart SVGs and map PNGs', () => {
	const chars = (s: string) => s.length;

	it('fills each line greedily and keeps every word', () => {
		const text = 'Sources : Jumelages de villes françaises (listes Wikipédia) (CC BY-SA 4.0) ; Lauréats des appels à projets';
		const lines = wrapWords(text, 30, chars);
		expect(lines.join(' ')).toBe(text);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
		// Greedy: the next line's first word would not have fitted.
		for (let i = 0; i + 1 < lines.length; i++) expect(`${lines[i]} ${lines[i + 1].split(' ')[0]}`.length).toBeGreaterThan(30);
	});

	it('measures with the caller\'s measure (pixels)', () => {
		expect(wrapWords('aaa bbb ccc', 50, (s) => s.length * 7)).toEqual(['aaa bbb', 'ccc']);
	});

	it('cuts a word longer than a line (a URL) instead of running past the edge', () => {
		const url = 'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/';
		const lines = wrapWords(`Source : ${url}`, 40, chars);
		expect(lines[0]).toBe('Source :');
		expect(lines.slice(1).join('')).toBe(url);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
	});

	it('collapses white space and gives nothing for an empty text', () => {
		expect(wrapWords('  a \n b\t c  ', 100, chars)).toEqual(['a b c']);
		expect(wrapWords('   ', 100, chars)).toEqual([]);
	});
});
