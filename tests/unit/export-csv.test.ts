import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Atlas, CoopRecord } from '../../src/lib/data/model';
import { BOM, RECORD_COLUMNS, countsCsv, recordsCsv, toCsv } from '../../src/lib/export/csv';
import { recordsGeoJson } from '../../src/lib/export/geojson';
import { countByCountry } from '../../src/lib/data/aggregate';
import { fileSlug } from '../../src/lib/export/download';
import { recordSet } from '../../src/lib/data/query';

const ATLAS = path.resolve(__dirname, '../../static/data/atlas.json');
const atlas: Atlas | null = existsSync(ATLAS) ? JSON.parse(readFileSync(ATLAS, 'utf8')) : null;

/** One cell written alone, then read back by a CSV parser: what a spreadsheet gets. */
const writtenCell = (cell: string | number | null) => Papa.parse<string[]>(toCsv([[cell]]).slice(1)).data[0][0];

describe('cells a spreadsheet would run as a formula get a leading apostrophe', () => {
	it.each([
		['=HYPERLINK("http://x","clic")', `'=HYPERLINK("http://x","clic")`],
		['+33 1 23', "'+33 1 23"],
		['-2+3', "'-2+3"],
		['-', "'-"],
		['-34,5', '-34,5'],
		['-34.92', '-34.92'],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['Saint-Étienne', 'Saint-Étienne'],
		['', ''],
		[null, ''],
		[2025, '2025'],
		[-3.5, '-3.5']
	])('%j → %j', (input, out) => expect(writtenCell(input)).toBe(out));
});

describe('RFC 4180 quoting', () => {
	it.each([
		['Montreux, Fribourg (Suisse)', '"Montreux, Fribourg (Suisse)"'],
		['Plateforme "IRAPA"', '"Plateforme ""IRAPA"""'],
		['ligne 1\nligne 2', '"ligne 1\nligne 2"'],
		['simple', 'simple'],
		['-12,5', '"-12,5"']
	])('%j', (input, out) => expect(toCsv([[input]])).toBe(`${BOM}${out}\r\n`));

	it('starts with a UTF-8 BOM, ends lines with CRLF, and round-trips through a CSV parser', () => {
		const rows = [['a', 'b'], ['=1+1', 'x, "y"\nz']];
		const text = toCsv(rows);
		expect(text.startsWith(BOM)).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(3);
		const back = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(back).toEqual([['a', 'b'], ["'=1+1", 'x, "y"\nz']]);
	});

	it('writes another delimiter and no BOM when asked (the rejected rows, the benchmark file)', () => {
		expect(toCsv([['Ville', 'Pays'], ['Saint-Étienne; Loire', '-']], { bom: false, delimiter: ';' })).toBe('Ville;Pays\r\n"Saint-Étienne; Loire";"\'-"\r\n');
	});
});

describe.runIf(atlas)('records CSV of real records', () => {
	const records = atlas!.records;
	const toulouse = records.find((r) => r.french.some((f) => f.name === 'Toulouse') && r.partners.length === 6)!;

	it('one row per record, the header first, partners joined by " | "', () => {
		const sample = records.slice(0, 200).concat(toulouse);
		const parsed = Papa.parse<string[]>(recordsCsv(sample).slice(1), { skipEmptyLines: true }).data;
		expect(parsed[0]).toEqual([...RECORD_COLUMNS]);
		expect(parsed).toHaveLength(sample.length + 1);
		const row = parsed.at(-1)!;
		expect(row[RECORD_COLUMNS.indexOf('partenaires')].split(' | ')).toHaveLength(6);
		expect(row[RECORD_COLUMNS.indexOf('pays_partenaires')]).toBe(toulouse.partners.map((p) => p.country).join(' | '));
	});

	it('a collectivité name starting with "=" comes out neutralised', () => {
		const evil: CoopRecord = structuredClone(toulouse);
		evil.french[0].name = '=HYPERLINK("http://evil.example","Toulouse")';
		evil.title = '@cmd';
		const parsed = Papa.parse<string[]>(recordsCsv([evil]).slice(1), { skipEmptyLines: true }).data;
		expect(parsed[1][RECORD_COLUMNS.indexOf('collectivites_francaises')]).toBe(`'=HYPERLINK("http://evil.example","Toulouse")`);
		expect(parsed[1][RECORD_COLUMNS.indexOf('intitule')]).toBe("'@cmd");
	});

	it('chart CSV holds exactly the bars: key, label, count in drawing order', () => {
		const bars = countByCountry(recordSet(records), 10);
		const parsed = Papa.parse<string[]>(countsCsv(bars, ['code', 'pays', 'n'], (c) => c.label ?? c.key).slice(1), { skipEmptyLines: true }).data;
		expect(parsed.slice(1).map((r) => [r[0], Number(r[2])])).toEqual(bars.map((b) => [b.key, b.count]));
	});

	it('GeoJSON: points and French→partner LineStrings with the record properties', () => {
		const fc = recordsGeoJson([toulouse]);
		const lines = fc.features.filter((f) => f.geometry.type === 'LineString');
		const withCoords = toulouse.partners.filter((p) => p.lon != null && p.lat != null).length;
		expect(lines).toHaveLength(withCoords);
		expect(lines[0].properties.record).toBe(toulouse.id);
		expect(fc.features.filter((f) => f.properties.role === 'french')).toHaveLength(1);
		expect(JSON.parse(JSON.stringify(fc)).type).toBe('FeatureCollection');
	});
});

it.each([
	['Partenariats par pays partenaire — Occitanie, 2020–2025', 'partenariats-par-pays-partenaire-occitanie-2020-2025'],
	['../../etc/passwd', 'etc-passwd'],
	['', 'atlas']
])('fileSlug(%j)', (title, slug) => expect(fileSlug(title)).toBe(slug));
