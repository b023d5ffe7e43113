/**
 * The French Excel fixture (45 real rows of partenariats.csv, 21 countries, ";" Windows-1252) and the
 * same rows under other real-world header rows: every row imports and every country is resolved,
 * with no hand mapping.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { decodeBytes } from '../../src/lib/data/csv';
import { recordsCsv } from '../../src/lib/export/csv';
import { encodeWindows1252, FILES, FIXTURES, readBytes, realResources } from './helpers/real-data';
import { EXCEL_HEADERS } from '../fixtures/make-fixtures';

export const EXCEL_FIXTURE = path.join(FIXTURES, 'reseau-excel-fr.csv');
const bytes = new Uint8Array(readFileSync(EXCEL_FIXTURE));

/** Header rows for the fixture's 8 columns: French side, its kind, partner, country, start, link type, themes, source. */
export const HEADER_SETS: string[][] = [
	EXCEL_HEADERS,
	['collectivite_francaise', 'type_collectivite_francaise', 'collectivite_partenaire', 'pays_partenaire', 'annee_debut', 'type_lien', 'thematiques', 'source_url'],
	['Collectivité française', 'Type de collectivité', 'Collectivité partenaire', 'Pays partenaire', 'Année de début', 'Type de lien', 'Domaines', 'Lien source'],
	['French local authority', 'Kind', 'Foreign partner', 'Partner country', 'Start year', 'Link type', 'Sectors', 'Source URL'],
	['Commune', 'Type', 'Ville jumelle', 'Pays', 'Depuis', 'Nature', 'Secteurs', 'URL'],
	['COLLECTIVITE FRANCAISE', 'TYPE COLLECTIVITE', 'AUTORITE LOCALE PARTENAIRE', 'PAYS', 'DATE DE SIGNATURE', 'NATURE DU PARTENARIAT', 'THEMATIQUES', 'SOURCE'],
	['Porteur', 'Statut', 'Partenaire(s)', 'Pays', 'Année', 'Type de partenariat', 'Thème(s)', 'Source'],
	['City', 'Type', 'Sister city', 'Partner country', 'Since', 'Relationship', 'Topics', 'Link']
];

/** The fixture with another header row, still ";" and Windows-1252. */
export function withHeaders(headers: string[]): Uint8Array {
	const { text } = decodeBytes(bytes);
	const body = text.slice(text.indexOf('\r\n'));
	return encodeWindows1252(headers.join(';') + body);
}

describe('the French Excel export and its header variants import whole', () => {
	it.each(HEADER_SETS.map((h) => [h.join(' ; '), h]))('%s', async (_name, headers) => {
		const { report, records } = await importFile(withHeaders(headers as string[]), { fileName: 'reseau.csv' }, realResources());
		expect(report.encoding).toBe('windows-1252');
		expect(report).toMatchObject({ rows: 45, accepted: 45, rejected: [], french: 45, frenchResolved: 45, countries: 21 });
		expect(report.partnersCountryResolved).toBe(report.partners);
		expect(report.mapping.french).toBe(headers[0]);
		expect(report.mapping.partner).toBe(headers[2]);
		expect(records[0]).toMatchObject({ year: 2006, themes: expect.arrayContaining(['santé']) });
		expect(records[0].partners[0]).toMatchObject({ name: 'Sévan', country: 'AM' });
	});
});

describe('the atlas CSV export', () => {
	it('partenariats.csv exported by the atlas re-imports with the same records: sides, countries, link types, years', async () => {
		const first = await importFile(readBytes(FILES.partenariats), { fileName: 'partenariats.csv' }, realResources());
		const again = await importFile(recordsCsv(first.records), { fileName: 'export.csv' }, realResources());
		const pick = ({ report: r }: typeof first) => [r.rows, r.accepted, r.french, r.frenchResolved, r.partners, r.partnersCountryResolved, r.countries];
		expect(pick(again)).toEqual(pick(first));
		const sum = (x: typeof first) => x.records.map((r) => [r.french.map((f) => f.code), r.partners.map((p) => [p.name, p.country]), r.linkType, r.year]);
		expect(sum(again)).toEqual(sum(first));
	});
});
