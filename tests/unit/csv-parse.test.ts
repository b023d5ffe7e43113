import { describe, expect, it } from 'vitest';
import {
	detectDelimiter,
	extractPipeTable,
	parseDelimited,
	parseNumber,
	parseYear,
	readTable,
	type ImportError
} from '../../src/lib/data/csv';
import { csvLine, FILES, readText } from './helpers/real-data';

const laureatLines = readText(FILES.laureats).split(/\r?\n/);
const HEADER = laureatLines[0].split(',');

describe('detectDelimiter', () => {
	const rows = [
		['collectivite_francaise', 'collectivite_partenaire', 'pays_partenaire'],
		['Nancy', 'Kanazawa', 'Japon'],
		['Grenoble', 'Sévan, province de Gegharkunik', 'Arménie']
	];
	it.each([',', ';', '\t', '|'])('finds %j', (d) => {
		expect(detectDelimiter(rows.map((r) => csvLine(r, d)).join('\n'))).toBe(d);
	});
	it('is not fooled by delimiters inside quoted cells', () => {
		expect(detectDelimiter(readText(FILES.laureats))).toBe(',');
	});
});

describe('parseDelimited', () => {
	it('keeps the real file line of each row, multi-line cells included', () => {
		const text = [
			'collectivite_francaise;collectivite_partenaire;intitule_projet',
			'Castres;District de Huyé;"Développement multi-secteur\ndans le District de Huyé"',
			'',
			'Barjac;Kharas;Gire en jeu',
			'Sicoval;Gandon;"Renforcement de la gouvernance\n\ndes collectivités"',
			'Toulouse;Montreux;Podcast'
		].join('\r\n');
		const t = parseDelimited(text);
		expect(t.delimiter).toBe(';');
		expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
			[2, 'Castres'],
			[5, 'Barjac'],
			[6, 'Sicoval'],
			[9, 'Toulouse']
		]);
		expect(t.rows[0].cells[2]).toBe('Développement multi-secteur\ndans le District de Huyé');
	});

	it('splits unquoted lines as String.split does, lines without any delimiter included', () => {
		const lines = ['a;b;c', 'seul', '', 'x;;z', ';', 'fin sans délimiteur', 'é;ü'];
		const table = parseDelimited(lines.join('\n'), { delimiter: ';' });
		expect(table.headers).toEqual(['a', 'b', 'c']);
		expect(table.rows.map((r) => [r.line, r.cells])).toEqual([
			[2, ['seul']],
			[4, ['x', '', 'z']],
			[6, ['fin sans délimiteur']],
			[7, ['é', 'ü']]
		]);
	});

	it.each([
		['CRLF', 'a;b\r\nc;d\r\n\r\ne;\r\n'],
		['CRLF, quoted cells', 'a;b\r\n"c";d\r\n\r\ne;\r\n'],
		['CR alone (old Mac)', 'a;b\rc;d\r\re;\r'],
		['CR alone and CRLF mixed', 'a;b\r\nc;d\r\re;']
	])('%s line ends: the same rows, no "\\r" left in any cell', (_name, text) => {
		const table = parseDelimited(text, { delimiter: ';' });
		expect(table.headers).toEqual(['a', 'b']);
		expect(table.rows).toEqual([
			{ line: 2, cells: ['c', 'd'] },
			{ line: 4, cells: ['e', ''] }
		]);
	});

	it('drops trailing empty columns and skips empty lines', () => {
		const text = 'Collectivité française;Partenaire;Pays;;;\nNancy;Kanazawa;Japon;;;\n;;;;;\n\nNancy;Karlsruhe;Allemagne;;;\n';
		const t = parseDelimited(text);
		expect(t.headers).toEqual(['Collectivité française', 'Partenaire', 'Pays']);
		expect(t.rows.map((r) => r.cells)).toEqual([
			['Nancy', 'Kanazawa', 'Japon'],
			['Nancy', 'Karlsruhe', 'Allemagne']
		]);
		expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
	});

	it('reads every row of laureats.csv with its line', () => {
		const t = parseDelimited(readText(FILES.laureats));
		expect(t.headers).toEqual(HEADER);
		expect(t.rows).toHaveLength(39);
		expect(t.rows[0].line).toBe(2);
		expect(t.rows.at(-1)!.line).toBe(40);
	});
});

describe('readTable errors', () => {
	const code = (input: string, opts = {}) => {
		try {
			readTable(input, opts);
		} catch (e) {
			return [(e as ImportError).code, (e as Error).message];
		}
		return ['ok', ''];
	};
	it.each([
		['empty file', '', 'empty'],
		['blank lines only', '\n\n  \n', 'empty'],
		['headers only', laureatLines[0] + '\n', 'headers-only'],
		['a single column', 'villes\nNancy\nGrenoble\n', 'one-column']
	])('%s', (_name, input, expected) => {
		expect(code(input)[0]).toBe(expected);
	});
	it('wrong delimiter forced by the user: says which one the header uses', () => {
		const text = 'collectivite_francaise;collectivite_partenaire\nNancy;Kanazawa\n';
		const [c, message] = code(text, { delimiter: ',' });
		expect(c).toBe('one-column');
		expect(message).toMatch(/";"/);
	});
});

describe('pipe table (seed 003)', () => {
	const t = extractPipeTable(readText(FILES.seed003))!;
	it('finds the table and ignores the text around it', () => {
		expect(t.headers).toEqual([
			'Collectivité française',
			'Collectivité(s) étrangère(s) partenaire(s)',
			'Intitulé du projet',
			'Appels à projets'
		]);
		expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
			[9, 'Castres'],
			[10, 'Montpellier Méditerranée Métropole'],
			[11, 'Barjac'],
			[12, 'Montpellier Métropole Méditerranée'],
			[13, 'Sicoval'],
			[14, 'Toulouse']
		]);
		expect(t.context).toContain('Publié le 08/09/2025');
		expect(t.context).toContain('Occitanie Coopération est une association');
	});
	it('is chosen by readTable over delimited parsing', () => {
		expect(readTable(readText(FILES.seed003)).table.delimiter).toBe('pipe-table');
	});
});

describe('numbers and years', () => {
	it.each([
		['57,6', 57.6],
		['66,30', 66.3],
		['43,61', 43.61],
		['-0,5', -0.5],
		['1 234,5', 1234.5],
		['1.234,5', 1234.5],
		['57.6', 57.6],
		['158', 158],
		['57,6 %', 57.6],
		['', null],
		['n.c.', null],
		['1,2,3', null]
	])('parseNumber(%j) = %j', (cell, expected) => {
		expect(parseNumber(cell)).toBe(expected);
	});
	it('reads decimal commas exactly as Number reads decimal points', () => {
		let seed = 7;
		const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let i = 0; i < 5_000; i++) {
			const decimals = Math.floor(rand() * 15);
			const int = String(Math.floor(rand() * 10 ** Math.floor(rand() * 4)));
			const frac = decimals ? String(Math.floor(rand() * 10 ** decimals)).padStart(decimals, '0') : '';
			const cell = `${rand() < 0.3 ? '-' : ''}${int}${frac ? (rand() < 0.5 ? ',' : '.') + frac : ''}`;
			expect(Object.is(parseNumber(cell), Number(cell.replace(',', '.'))), cell).toBe(true);
		}
		for (const cell of ['-0', '007', '179,9999999999999', '12345678901234567,5', '0,30000000000000004']) {
			expect(Object.is(parseNumber(cell), Number(cell.replace(',', '.'))), cell).toBe(true);
		}
		expect(parseNumber('1,')).toBe(1);
		expect(parseNumber(',5')).toBe(0.5);
		expect(parseNumber('-')).toBeNull();
	});
	it.each([
		['Franco-sénégalais 2025', 2025],
		['Appel à projets conjoint franco-argentin (période 2023-2024)', 2023],
		['Appel à manifestation d\'Intérêt villes créatives', null],
		['12345', null]
	])('parseYear(%j) = %j', (cell, expected) => {
		expect(parseYear(cell)).toBe(expected);
	});
});
