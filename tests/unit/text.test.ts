import { describe, expect, it } from 'vitest';
import { clean, fold, normKey } from '../../src/lib/data/text';

describe('clean', () => {
	it.each([
		['Montpellier', 'Montpellier'],
		['Saint-Martin de Ré', 'Saint-Martin de Ré'],
		['  Sicoval ', 'Sicoval'],
		['Bologne\n| Elche', 'Bologne | Elche'],
		['Communauté\u00a0urbaine  de Strasbourg', 'Communauté urbaine de Strasbourg'],
		['\ufeffToulouse\t', 'Toulouse'],
		['   ', ''],
		[null, ''],
		[undefined, '']
	])('clean(%j) = %j', (input, expected) => {
		expect(clean(input)).toBe(expected);
	});
});

describe('fold and normKey', () => {
	it.each([
		['Béthléem', 'bethleem'],
		['L’Haÿ-les-Roses', "l'hay-les-roses"],
		['Ta`ū', "ta'u"],
		['Œuvre', 'oeuvre'],
		['Łódź', 'lodz'],
		['Straße', 'strasse'],
		['Đà Nẵng', 'da nang'],
		['Montpellier', 'montpellier']
	])('fold(%j) = %j', (input, expected) => {
		expect(fold(input)).toBe(expected);
	});

	it('gives the same key to the spellings of one name', () => {
		expect(normKey('Saint-Étienne')).toBe('saint etienne');
		expect(normKey('saint etienne')).toBe('saint etienne');
		expect(normKey("Villeneuve-d'Ascq")).toBe(normKey('Villeneuve d’Ascq'));
	});
});
