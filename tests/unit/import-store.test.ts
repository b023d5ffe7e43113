import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, importedDataset, rejectedToCsv } from '../../src/lib/data/pipeline';
import type { CoopRecord, ImportReport } from '../../src/lib/data/model';
import {
	STORED_VERSION,
	headersOf,
	isStoredImport,
	rejectedFileName,
	reportSummary,
	sortImports,
	toStoredImport
} from '../../src/lib/imports/stored';
import { FILES, readText, realResources } from './helpers/real-data';

// Real rows of partenariats.csv, plus two rows a user's file really has: no French side, no partner.
const lines = readText(FILES.partenariats).split(/\r?\n/);
const header = lines[0];
const realRows = lines.slice(1, 6);
const text = [header, ...realRows, ',commune,Sévan,Arménie,2006,jumelage,,', 'Grenoble,commune,,,,jumelage,,'].join('\n');

describe('a user file through the real pipeline, kept for the browser', () => {
	const dataset = importedDataset('Réseau Occitanie 2025.csv', '2026-11-23');
	let records: CoopRecord[];
	let report: ImportReport;
	beforeAll(async () => {
		({ records, report } = await importFile(text, { fileName: 'Réseau Occitanie 2025.csv', dataset }, realResources()));
	});

	it('the report summary gives rates and the partner placement breakdown', () => {
		const s = reportSummary(report);
		expect(s.rows).toBe(7);
		expect(s.accepted).toBe(5);
		expect(s.rejected).toBe(2);
		expect(s.frenchResolved).toBe(1);
		expect(s.countryResolved).toBe(1);
		expect(s.precision.map((p) => p.precision)).toEqual(['given', 'city', 'region', 'country', 'unresolved']);
		expect(s.precision.reduce((n, p) => n + p.count, 0)).toBe(report.partners);
		expect(s.precision.reduce((n, p) => n + p.share, 0)).toBeCloseTo(1);
	});

	it('rejected rows keep their line and reason, and download as CSV with the file’s columns', () => {
		expect(report.rejected.map((r) => r.line)).toEqual([7, 8]);
		const csv = rejectedToCsv(report);
		expect(csv.split('\r\n')[0]).toBe(`line,reason,${header}`);
		expect(csv).toContain('Sévan');
		expect(rejectedFileName(report.file)).toBe('Réseau-Occitanie-2025-rejets.csv');
	});

	it('the mapping editor gets the file’s headers', () => {
		const headers = headersOf(report);
		for (const h of ['collectivite_francaise', 'collectivite_partenaire', 'pays_partenaire']) expect(headers).toContain(h);
	});

	it('what is stored survives a structured clone (IndexedDB) and is recognised on reload', () => {
		const stored = toStoredImport(dataset, records, report, '2026-11-23T18:00:00.000Z');
		expect(stored.version).toBe(STORED_VERSION);
		expect(stored.dataset.imported).toBe(true);
		const back = structuredClone(stored);
		expect(isStoredImport(back)).toBe(true);
		expect(back.records).toHaveLength(5);
		expect(back.records[0].french[0].code).toBe(records[0].french[0].code);
	});

	it.each([
		['null', null],
		['older version', { version: 0 }],
		['not an import id', { dataset: { id: 'twin-towns', title: 'x' } }],
		['records not an array', { records: {} }],
		['record without partners', { records: [{ id: 'a', french: [] }] }],
		['report without rows', { report: { rejected: [] } }]
	])('refuses a stored value: %s', (_, patch) => {
		const good = toStoredImport(dataset, records, report);
		expect(isStoredImport(good)).toBe(true);
		expect(isStoredImport(patch === null ? null : { ...good, ...patch })).toBe(false);
	});
});

describe('pure helpers', () => {
	it('sorts imports newest first', () => {
		const mk = (id: string, savedAt: string) =>
			toStoredImport(importedDataset(id), [], { rejected: [] } as unknown as ImportReport, savedAt);
		const sorted = sortImports([mk('a.csv', '2026-01-01'), mk('b.csv', '2026-03-01'), mk('c.csv', '2026-02-01')]);
		expect(sorted.map((s) => s.dataset.id)).toEqual(['import-b', 'import-c', 'import-a']);
	});

	it.each([
		['laureats.csv', 'laureats-rejets.csv'],
		['Mon fichier (v2).tsv', 'Mon-fichier-v2-rejets.csv'],
		['../../etc/passwd', 'etc-passwd-rejets.csv'],
		['', 'import-rejets.csv']
	])('rejectedFileName(%j) → %j', (file, out) => expect(rejectedFileName(file)).toBe(out));

	it('a report with no French side and no partner has no rates', () => {
		const empty = { rows: 0, accepted: 0, rejected: [], warnings: [], french: 0, frenchResolved: 0, partners: 0, partnersCountryResolved: 0, partnersByPrecision: { given: 0, city: 0, region: 0, country: 0, unresolved: 0 } } as unknown as ImportReport;
		const s = reportSummary(empty);
		expect(s.frenchResolved).toBeNull();
		expect(s.countryResolved).toBeNull();
		expect(s.precision.every((p) => p.share === 0)).toBe(true);
	});
});
