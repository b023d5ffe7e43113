import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/data/csv';
import { FILES, FIXTURES, REPO, encodeWindows1252 } from './helpers/real-data';
import { NETWORK_XLSX, WORKBOOKS } from './helpers/workbooks';

const TMP = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Runs `npm run data:import -- …` the way users do (through tsx, without npm's banner). */
function cli(...args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts/import.ts'), ...args], {
		cwd: REPO,
		encoding: 'utf8'
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CONTRACT_KEYS = [
	'rows', 'accepted', 'rejected', 'french', 'frenchResolved', 'partners',
	'partnersCountryResolved', 'partnersByPrecision', 'countries'
];

describe('data:import --json on the real files', () => {
	it('twin-towns-france.csv: one JSON object on stdout with the contract keys', () => {
		const { code, stdout } = cli(FILES.twinTowns, '--json');
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		const report = JSON.parse(lines[0]);
		for (const k of CONTRACT_KEYS) expect(report).toHaveProperty(k);
		expect(report).toMatchObject({ rows: 3782, accepted: 3782, rejected: [], french: 3782, partners: 3782 });
		expect(Object.keys(report.partnersByPrecision).sort()).toEqual(['city', 'country', 'given', 'region', 'unresolved']);
		expect(report.partnersCountryResolved / report.partners).toBeGreaterThanOrEqual(0.99);
		expect(report.frenchResolved / report.french).toBeGreaterThanOrEqual(0.98);
		expect(report.countries).toBeGreaterThan(90);
	});

	it('seed 003 with --format laureates --out: records with french, partners and source', () => {
		const out = path.join(TMP, 'seed.json');
		const { code, stdout } = cli(FILES.seed003, '--format', 'laureates', '--out', out, '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ rows: 6, accepted: 6, partners: 11, partnersCountryResolved: 11, countries: 8 });
		const { records } = JSON.parse(readFileSync(out, 'utf8'));
		expect(records).toHaveLength(6);
		for (const r of records) {
			for (const f of r.french) for (const k of ['name', 'kind', 'code', 'departement', 'region', 'lon', 'lat']) expect(f).toHaveProperty(k);
			for (const p of r.partners) for (const k of ['name', 'country', 'lon', 'lat', 'precision']) expect(p).toHaveProperty(k);
			expect(r.source).toMatchObject({ file: path.basename(FILES.seed003), line: expect.any(Number) });
		}
		expect(records[5].partners.map((p: { country: string }) => p.country)).toEqual(['CH', 'CH', 'BE', 'RO', 'CA', 'BJ']);
	});

	it('without --json: a readable report', () => {
		const { code, stdout } = cli(FILES.partenariats);
		expect(code).toBe(0);
		expect(stdout).toMatch(/rows 134 · accepted 134 · rejected 0/);
		expect(stdout).toMatch(/partner coordinates: given \d+, city \d+/);
	});
});

describe('data:import on a network\'s own headers, with no hand mapping', () => {
	const excel = path.join(FIXTURES, 'reseau-excel-fr.csv');
	it('the French Excel export (";", Windows-1252, 8 French headers): 45/45 rows, 21 countries', () => {
		const { code, stdout } = cli(excel, '--json');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({ rows: 45, accepted: 45, rejected: [], french: 45, countries: 21, encoding: 'windows-1252', delimiter: ';' });
		expect(report.partnersCountryResolved).toBe(report.partners);
	});

	it('the same rows under English sister-city headers', () => {
		const text = decodeBytes(new Uint8Array(readFileSync(excel))).text.replace(/^[^\r\n]*/, 'City;Type;Sister city;Partner country;Since;Relationship;Topics;Link');
		const file = path.join(TMP, 'english.csv');
		writeFileSync(file, encodeWindows1252(text));
		const report = JSON.parse(cli(file, '--json').stdout);
		expect(report).toMatchObject({ rows: 45, accepted: 45, countries: 21 });
	});

	it('headers it cannot be sure of: the file\'s headers and the --map line on stderr; that line imports the file', () => {
		const free = path.join(FIXTURES, 'reseau-entetes-libres.csv');
		const { code, stdout, stderr } = cli(free, '--json');
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		for (const h of ['Qui', 'Avec qui', 'Où', 'Depuis']) expect(stderr).toContain(`. ${h}`);
		expect(stderr).toContain('e.g. Grenoble');
		const line = /npm run data:import -- (.*)$/m.exec(stderr)![1];
		expect(line).toBe(`${free} --map french="<column>" --map partner="<column>"`);
		const { code: ok, stdout: out } = cli(free, '--map', 'french=Qui', '--map', 'partner=Avec qui', '--map', 'country=Où', '--json');
		expect(ok).toBe(0);
		expect(JSON.parse(out)).toMatchObject({ rows: 45, accepted: 45, countries: 21 });
	});
});

describe('data:import of an Excel workbook', () => {
	it('--sheet picks the sheet: 45/45 rows, 21 countries, the header row found below the title', () => {
		const { code, stdout } = cli(NETWORK_XLSX, '--sheet', 'Coopérations', '--json');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({
			file: 'reseau-cooperations.xlsx', encoding: 'xlsx', sheet: 'Coopérations', sheets: ['Lisez-moi', 'Coopérations'],
			rows: 45, accepted: 45, rejected: [], partners: 45, partnersCountryResolved: 45, countries: 21
		});
	});

	it('readable report names the sheet', () => {
		const { code, stdout } = cli(NETWORK_XLSX, '--sheet', 'Coopérations');
		expect(code).toBe(0);
		expect(stdout).toMatch(/reseau-cooperations\.xlsx: format partnerships, sheet "Coopérations" \(of 2 with data\)/);
		expect(stdout).toMatch(/rows 45 · accepted 45 · rejected 0/);
	});

	it.each([
		['without --sheet, the sheets are listed', [NETWORK_XLSX], /2 sheets with data: "Lisez-moi", "Coopérations".*--sheet/],
		['an unknown --sheet', [NETWORK_XLSX, '--sheet', 'Feuil1'], /no sheet "Feuil1".*"Lisez-moi", "Coopérations"/],
		['an old .xls workbook', [path.join(WORKBOOKS, 'reseau-cooperations.xls')], /old Excel 97–2003 workbook \(\.xls\)/],
		['an .ods workbook', [path.join(WORKBOOKS, 'reseau-cooperations.ods')], /OpenDocument spreadsheet \(\.ods\)/],
		['a damaged workbook', [path.join(WORKBOOKS, 'tronque.xlsx')], /damaged or incomplete/]
	])('%s: non-zero exit and the message', (_name, args, message) => {
		const { code, stdout, stderr } = cli(...args, '--json');
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
	});
});

describe('data:import failures: non-zero exit, clear message on stderr, nothing on stdout', () => {
	const bin = path.join(TMP, 'image.png');
	writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
	const huge = path.join(TMP, 'huge.csv');
	writeFileSync(huge, 'a,b\n');
	truncateSync(huge, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
	const empty = path.join(TMP, 'empty.csv');
	writeFileSync(empty, '');
	it.each([
		['a missing file', [path.join(TMP, 'nope.csv'), '--json'], /cannot read .*nope\.csv/],
		['a binary file', [bin, '--json'], /binary/],
		['a 100 MB file', [huge, '--json'], /too large \(100 MB\).*limit is 50 MB/],
		['an empty file', [empty, '--json'], /empty/],
		['an unknown format', [FILES.laureats, '--format', 'xml'], /unknown format "xml"/]
	])('%s', (_name, args, message) => {
		const { code, stdout, stderr } = cli(...args);
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
	});
});
