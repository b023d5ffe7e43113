/**
 * Excel workbooks on the real fixtures of tests/fixtures/workbooks (45 rows of partenariats.csv as a
 * network exports them: title line, French headers, years as date cells, a notes sheet first).
 */
import { zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook, findHeaderRow, numberText, dateText, cellText, sheetTable, type Cell } from '../../src/lib/data/workbook';
import { importFile } from '../../src/lib/data/pipeline';
import type { ImportError } from '../../src/lib/data/csv';
import { realResources } from './helpers/real-data';
import { networkRows, workbookBytes as bytesOf } from './helpers/workbooks';
import { HEADERS, TITLE } from '../fixtures/make-workbooks';

const XLSX_FILE = 'reseau-cooperations.xlsx';
/** The 45 source rows the fixture holds, straight from partenariats.csv. */
const sourceRows = networkRows();

async function errorOf(p: Promise<unknown>): Promise<ImportError> {
	return (await p.then(() => null, (e) => e)) as ImportError;
}

describe('a network’s workbook (real rows, title line, two sheets)', () => {
	it('lists the sheets with data and asks which one to import', async () => {
		const err = await errorOf(readWorkbook(bytesOf(XLSX_FILE)));
		expect(err.code).toBe('choose-sheet');
		expect(err.sheets).toEqual(['Lisez-moi', 'Coopérations']);
		expect(err.message).toMatch(/2 sheets with data: "Lisez-moi", "Coopérations"/);
	});

	it('reads the chosen sheet: header row below the title line, rows numbered as in the sheet', async () => {
		const { table, sheet, sheets } = await readWorkbook(bytesOf(XLSX_FILE), { sheet: 'Coopérations' });
		expect(sheet).toBe('Coopérations');
		expect(sheets).toEqual(['Lisez-moi', 'Coopérations']);
		expect(table.headers).toEqual(HEADERS);
		expect(table.headers).not.toContain(TITLE);
		expect(table.rows).toHaveLength(45);
		// row 1 is the title, row 2 is empty, row 3 the header: the data starts on sheet row 4
		expect(table.rows.map((r) => r.line)).toEqual(Array.from({ length: 45 }, (_, i) => i + 4));
		table.rows.forEach((row, i) => {
			const src = sourceRows[i];
			expect(row.cells[0]).toBe(src.collectivite_francaise);
			expect(row.cells[2]).toBe(src.collectivite_partenaire);
			expect(row.cells[3]).toBe(src.pays_partenaire);
			// a date cell becomes an ISO date whose year is the source's
			expect(row.cells[4]).toBe(src.annee_debut ? `${src.annee_debut}-01-01` : '');
			expect(row.cells[7]).toBe(src.source_url);
		});
	});

	it('the other sheet is read when chosen, by name (any case) or number; numbers and dates arrive as cells', async () => {
		for (const choice of ['Lisez-moi', 'lisez-moi', '1']) {
			const { table, sheet } = await readWorkbook(bytesOf(XLSX_FILE), { sheet: choice });
			expect(sheet).toBe('Lisez-moi');
			expect(table.headers).toEqual(['Rubrique', 'Valeur']);
			const value = Object.fromEntries(table.rows.map((r) => [r.cells[0], r.cells[1]]));
			expect(value['Lignes']).toBe('45');
			expect(value['Pays partenaires']).toBe('21');
			const dated = sourceRows.filter((r) => r.annee_debut).length;
			expect(value['Part des lignes datées']).toBe(String(Number((dated / 45).toPrecision(15))));
			expect(value['Part des lignes datées']).toMatch(/^0\.\d{15}$/);
			const first = Math.min(...sourceRows.filter((r) => r.annee_debut).map((r) => Number(r.annee_debut)));
			expect(value['Première année']).toBe(`${first}-01-01`);
		}
	});

	it('a sheet that does not exist: the message names the sheets', async () => {
		const err = await errorOf(readWorkbook(bytesOf(XLSX_FILE), { sheet: 'Feuil3' }));
		expect(err.code).toBe('unknown-sheet');
		expect(err.message).toMatch(/no sheet "Feuil3".*"Lisez-moi", "Coopérations"/);
		expect(err.sheets).toEqual(['Lisez-moi', 'Coopérations']);
	});

	it('imports 45/45 rows with every partner country resolved and the start years of the date cells', async () => {
		// no mapping given: the French headers below the title line are recognised by meaning
		const { records, report } = await importFile(
			bytesOf(XLSX_FILE),
			{ fileName: XLSX_FILE, sheet: 'Coopérations' },
			realResources()
		);
		expect(report).toMatchObject({ rows: 45, accepted: 45, rejected: [], partners: 45, partnersCountryResolved: 45, countries: 21 });
		expect(report).toMatchObject({ encoding: 'xlsx', sheet: 'Coopérations', sheets: ['Lisez-moi', 'Coopérations'] });
		expect(report.frenchResolved).toBe(45);
		expect(records.map((r) => r.year)).toEqual(sourceRows.map((r) => (r.annee_debut ? Number(r.annee_debut) : null)));
		expect(records.map((r) => r.source.line)).toEqual(Array.from({ length: 45 }, (_, i) => i + 4));
		expect(records.find((r) => r.partners[0].name === 'Kanazawa')?.partners[0].country).toBe('JP');
	});

	it('a rejected row is reported with its spreadsheet row number', async () => {
		const rows = sourceRows.slice(0, 3).map((r) => [r.collectivite_francaise, r.collectivite_partenaire, r.pays_partenaire]);
		const sheet = XLSX.utils.aoa_to_sheet([['Export du 12 mars'], ['Collectivité', 'Partenaire', 'Pays'], rows[0], [], rows[1], ['', 'Sévan', 'Arménie'], rows[2]]);
		const book = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(book, sheet, 'Feuil1');
		XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([]), 'Feuil2');
		const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
		const mapping = { french: 'Collectivité', partner: 'Partenaire', country: 'Pays' };
		// an empty second sheet needs no choice
		const { report, records } = await importFile(bytes, { fileName: 'export.xlsx', mapping }, realResources());
		expect(report.sheet).toBe('Feuil1');
		expect(report.rejected.map((r) => r.line)).toEqual([6]);
		expect(records.map((r) => r.source.line)).toEqual([3, 5, 7]);
	});
});

describe('files that are not readable workbooks get a clear message', () => {
	const cases: [string, () => Uint8Array, string, RegExp][] = [
		['an old .xls workbook', () => bytesOf('reseau-cooperations.xls'), 'xls', /old Excel 97–2003 workbook \(\.xls\).*Save it as an Excel workbook \(\.xlsx\) or as CSV/],
		['an OpenDocument .ods workbook', () => bytesOf('reseau-cooperations.ods'), 'ods', /OpenDocument spreadsheet \(\.ods\).*Save it as an Excel workbook/],
		['a workbook cut short', () => bytesOf('tronque.xlsx'), 'corrupt', /damaged or incomplete.*save it again/],
		['a zip that is not a workbook', () => zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') }), 'not-workbook', /not an Excel workbook/],
		['a zip header and nothing else', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]), 'corrupt', /damaged or incomplete/]
	];
	it.each(cases)('%s', async (_name, bytes, code, message) => {
		for (const read of [() => readWorkbook(bytes()), () => importFile(bytes(), { fileName: 'f' }, realResources())]) {
			const err = await errorOf(read());
			expect(err.code).toBe(code);
			expect(err.message).toMatch(message);
		}
	});
});

describe('header row below title lines', () => {
	const row = (...cells: Cell[]) => cells;
	const data = row('Grenoble', 'Sévan', 'Arménie', new Date(Date.UTC(2006, 0, 1)));
	it.each([
		['the first row', [row('Ville', 'Partenaire', 'Pays', 'Année'), data], 0],
		['below a title and an empty row', [row(TITLE), row(), row('Ville', 'Partenaire', 'Pays', 'Année'), data], 2],
		['below a title, a date line and a source line', [row(TITLE), row('Mis à jour le', new Date(Date.UTC(2025, 2, 12))), row('Source : réseau régional', null, null), row('Ville', 'Partenaire', 'Pays', 'Année'), data], 3],
		['the lower row of a two-row header', [row('Collectivité française', null, 'Partenaire', null), row('Nom', 'Type', 'Nom étranger', 'Pays'), data], 1],
		['when data rows carry an extra unnamed note', [row('Ville', 'Partenaire', 'Pays', 'Thèmes'), row('Grenoble', 'Sévan', 'Arménie', 'santé', 'à vérifier'), row('Nancy', 'Kanazawa', 'Japon', 'culture', 'ok')], 0],
		['not a long sentence split over two cells', [row('Ce fichier recense les coopérations décentralisées des collectivités de la région, mises à jour chaque année par le réseau', 'voir notes'), row('Ville', 'Pays'), row('Grenoble', 'Arménie')], 1],
		['none without two column names', [row(TITLE), row('Grenoble'), row('Nancy')], -1]
	] as [string, Cell[][], number][])('%s', (_name, rows, expected) => {
		expect(findHeaderRow(rows)).toBe(expected);
	});

	it('a sheet without a header row, or with a header row only, is refused with its own message', () => {
		expect(() => sheetTable([[TITLE], ['Grenoble'], ['Nancy']])).toThrow(expect.objectContaining({ code: 'no-header' }));
		expect(() => sheetTable([[TITLE], ['Ville', 'Pays'], []])).toThrow(expect.objectContaining({ code: 'headers-only' }));
		expect(() => sheetTable([[], [null, '  ']])).toThrow(expect.objectContaining({ code: 'empty' }));
	});

	it('columns empty throughout are dropped, unnamed columns with data keep a name', () => {
		const table = sheetTable([[null, 'Ville', null, 'Pays', 'Année'], [null, 'Grenoble', null, 'Arménie', 2006, 'note']]);
		expect(table.headers).toEqual(['Ville', 'Pays', 'Année', 'column_4']);
		expect(table.rows).toEqual([{ line: 2, cells: ['Grenoble', 'Arménie', '2006', 'note'] }]);
	});
});

describe('typed cells as the text a CSV file would hold', () => {
	it.each([
		[2006, '2006'],
		[1234.5, '1234.5'],
		[0.1 + 0.2, '0.3'],
		[43.6123, '43.6123'],
		[-0.000001, '-0.000001'],
		[1e-7, '0.0000001'],
		[1e21, '1000000000000000000000'],
		[-1.5e22, '-15000000000000000000000'],
		[1.25e-8, '0.0000000125']
	])('number %s → %s', (n, text) => expect(numberText(n)).toBe(text));

	it('dates: the day, the time only when there is one, serial-date noise rounded away', () => {
		expect(dateText(new Date(Date.UTC(2006, 0, 1)))).toBe('2006-01-01');
		expect(dateText(new Date(Date.UTC(2006, 0, 1) - 0.4))).toBe('2006-01-01');
		expect(dateText(new Date(Date.UTC(2024, 2, 12, 14, 30)))).toBe('2024-03-12T14:30');
	});

	it('booleans, empty cells and text', () => {
		expect([true, false, null, undefined, ' Nancy '].map(cellText)).toEqual(['true', 'false', '', '', ' Nancy ']);
	});
});
