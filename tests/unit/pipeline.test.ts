import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { importFile, rejectedToCsv, type ImportProgress } from '../../src/lib/data/pipeline';
import type { ImportError } from '../../src/lib/data/csv';
import type { FrenchEntity } from '../../src/lib/data/model';
import { encodeWindows1252, FILES, readText, realResources } from './helpers/real-data';

/** The first rows of partenariats.csv, as objects. */
const realRows = (Papa.parse<Record<string, string>>(readText(FILES.partenariats), { header: true, skipEmptyLines: true }).data).slice(0, 12);

/** What French Excel writes: ';', Windows-1252, decimal commas, a multi-line cell, trailing empty columns. */
function frenchExcel(): string {
	const header = ['Collectivité française', 'Collectivité partenaire', 'Pays', 'Latitude', 'Longitude', 'Année', 'Thématiques', '', ''];
	const coords: Record<string, [string, string]> = { Kanazawa: ['36,5613', '136,6562'], Karlsruhe: ['49,0094', '8,4044'] };
	const lines = [header.join(';')];
	for (const r of realRows) {
		const [lat, lon] = coords[r.collectivite_partenaire] ?? ['', ''];
		const themes = r.thematiques.replace(/ \| /g, '\n'); // one theme per line inside a quoted cell
		const cells = [r.collectivite_francaise, r.collectivite_partenaire, r.pays_partenaire, lat, lon, r.annee_debut, themes, '', ''];
		lines.push(cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'));
	}
	return lines.join('\r\n') + '\r\n';
}

describe('French Excel variants of real rows', () => {
	const text = frenchExcel();
	const variants: [string, Uint8Array | string][] = [
		['UTF-8 text', text],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
		['Windows-1252', encodeWindows1252(text)]
	];
	it.each(variants)('%s: same records as the original rows', async (_name, input) => {
		const { records, report } = await importFile(input, { fileName: 'export-excel.csv' }, realResources());
		expect(report.delimiter).toBe(';');
		expect(report.rows).toBe(realRows.length);
		expect(report.accepted).toBe(realRows.length);
		expect(report.mapping).toMatchObject({ french: 'Collectivité française', partnerLat: 'Latitude', partnerLon: 'Longitude' });
		expect(records.map((r) => r.french[0].name)).toEqual(realRows.map((r) => r.collectivite_francaise));
		expect(records.map((r) => r.partners[0].name)).toEqual(realRows.map((r) => r.collectivite_partenaire));
		const kanazawa = records.find((r) => r.partners[0].name === 'Kanazawa')!;
		expect(kanazawa.partners[0]).toMatchObject({ lat: 36.5613, lon: 136.6562, precision: 'given', country: 'JP' });
		expect(records[0].themes).toEqual(realRows[0].thematiques.split(' | '));
		// The multi-line cell of row 1 spans 5 lines: row 2 starts on file line 7.
		expect(records.map((r) => r.source.line).slice(0, 2)).toEqual([2, 2 + realRows[0].thematiques.split(' | ').length]);
	});
});

describe('bad inputs get a clear message', () => {
	const cases: [string, Uint8Array | string, string, RegExp][] = [
		['empty file', new Uint8Array(0), 'empty', /empty/],
		['headers only', readText(FILES.laureats).split(/\r?\n/)[0] + '\n', 'headers-only', /no data rows/],
		['binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary', /binary/],
		['a zip header with nothing after it', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0]), 'corrupt', /damaged or incomplete/],
		['an old .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls', /\(\.xls\).*Save it as an Excel workbook \(\.xlsx\)/],
		['wrong delimiter (colon-separated)', 'ville:partenaire:pays\nNancy:Kanazawa:Japon\n', 'one-column', /Only one column/]
	];
	it.each(cases)('%s', async (_name, input, code, message) => {
		const err = (await importFile(input, { fileName: 'bad' }, realResources()).catch((e) => e)) as ImportError;
		expect(err.code).toBe(code);
		expect(err.message).toMatch(message);
	});
});

describe('report and rejected rows', () => {
	it('progress goes from read to done, monotonically', async () => {
		const seen: ImportProgress[] = [];
		await importFile(readText(FILES.laureats), { fileName: 'laureats.csv' }, realResources(), (p) => seen.push(p));
		expect(seen[0].phase).toBe('read');
		expect(seen.at(-1)).toEqual({ phase: 'done', fraction: 1 });
		for (let i = 1; i < seen.length; i++) expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
	});

	it('rejectedToCsv gives line, reason and the raw cells, formulas neutralised', async () => {
		const text = 'collectivite;partenaire;pays;lat\n;=HYPERLINK("http://x");Japon;-34,5\nNancy;Kanazawa;Japon;\n';
		const { report } = await importFile(text, { fileName: 'x.csv' }, realResources());
		const csv = rejectedToCsv(report);
		const rows = Papa.parse<string[]>(csv.trim()).data;
		expect(rows[0]).toEqual(['line', 'reason', 'collectivite', 'partenaire', 'pays', 'lat']);
		expect(rows[1][0]).toBe('2');
		expect(rows[1][1]).toMatch(/No French collectivité/);
		expect(rows[1][3]).toBe(`'=HYPERLINK("http://x")`);
		expect(rows[1][5]).toBe('-34,5');
	});

	it('records are stable: id = dataset:line, source carries dataset metadata', async () => {
		const dataset = { id: 'laureats', title: 'Lauréats', licence: 'x', sourceUrl: null, date: '2025-09-08', description: '' };
		const { records } = await importFile(readText(FILES.laureats), { fileName: 'laureats.csv', dataset }, realResources());
		expect(records[0].id).toBe('laureats:2');
		expect(records[0].source).toMatchObject({ dataset: 'laureats', datasetTitle: 'Lauréats', licence: 'x', file: 'laureats.csv', line: 2 });
	});
});

describe('duplicates and counts', () => {
	// Real twinnings (Montpellier–Heidelberg, Toulouse–Bologna and Elche) written as a user might, twice.
	const text = [
		'Collectivité française;Département;Collectivité partenaire;Pays;Latitude;Longitude;Type de lien',
		'Montpellier;34;Heidelberg;Allemagne;;;jumelage',
		'Montpellier;34;Heidelberg;Allemagne;49,41;8,69;jumelage',
		'Toulouse;31;Bologne | Elche;Italie | Espagne;;;jumelage',
		'Toulouse;31;Elche | Bologne;Espagne | Italie;;;jumelage',
		'Montpellier;34;Heidelberg;Allemagne;;;coopération décentralisée',
		'Montpellier;34;Heidelberg;Japon;;;jumelage'
	].join('\n');

	it('marks the later row of a pair as duplicateOf the earlier one, in file order, whatever waited for the gazetteer', async () => {
		const { records } = await importFile(text, { fileName: 'jumelages.csv' }, realResources());
		const dup = Object.fromEntries(records.map((r) => [r.source.line, r.duplicateOf ?? null]));
		const id = (line: number) => records.find((r) => r.source.line === line)!.id;
		// Line 2 had no coordinates (geocoded after the whole file was read), line 3 had them: line 3 is the duplicate.
		expect(dup).toEqual({ 2: null, 3: id(2), 4: null, 5: id(4), 6: null, 7: null });
	});

	it('counts every French-side and partner mention once', async () => {
		const { report } = await importFile(text, { fileName: 'jumelages.csv' }, realResources());
		expect(report).toMatchObject({ rows: 6, accepted: 6, french: 6, frenchResolved: 6, partners: 8, partnersCountryResolved: 8, countries: 4 });
		const p = report.partnersByPrecision;
		expect(p.given).toBe(1);
		expect(p.given + p.city + p.region + p.country + p.unresolved).toBe(8);
		expect(p.city).toBeGreaterThanOrEqual(6);
	});
});

describe('resolvers can be injected (no gazetteer loaded when every partner has coordinates)', () => {
	it('uses the doubles and never calls the gazetteer loader', async () => {
		let loaded = false;
		const french = (name: string): FrenchEntity => ({
			name, officialName: name, kind: 'commune', code: '00000', departement: null, departementName: null,
			region: null, regionName: null, lon: null, lat: null, coordSource: 'unresolved'
		});
		const { records } = await importFile(
			readText(FILES.twinTowns).split(/\r?\n/).slice(0, 4).join('\n'),
			{ fileName: 'tt.csv' },
			{
				cog: realResources().cog,
				gazetteer: async () => {
					loaded = true;
					throw new Error('should not load');
				},
				resolvers: { resolveFrench: french }
			}
		);
		expect(loaded).toBe(false);
		expect(records.map((r) => r.french[0].code)).toEqual(['00000', '00000', '00000']);
		expect(records[0].french[0]).toMatchObject({ lon: 1.1767, lat: 43.3786, coordSource: 'given' });
	});
});
