import { describe, expect, it } from 'vitest';
import { detectMapping, resolveMapping } from '../../src/lib/data/formats';
import { importFile } from '../../src/lib/data/pipeline';
import type { ImportError } from '../../src/lib/data/csv';
import { csvLine, realResources } from './helpers/real-data';

describe('header aliases', () => {
	it.each([
		[
			['Collectivité française', 'Partenaire', 'Pays', 'Année', 'Thème(s)', 'Intitulé'],
			{ french: 'Collectivité française', partner: 'Partenaire', country: 'Pays', year: 'Année', themes: 'Thème(s)', title: 'Intitulé' }
		],
		[
			['French city', 'partner', 'country', 'lat', 'lng', 'year', 'title'],
			{ french: 'French city', partner: 'partner', country: 'country', partnerLat: 'lat', partnerLon: 'lng', year: 'year', title: 'title' }
		],
		[
			['ville', 'ville partenaire', 'PAYS', 'latitude', 'longitude', 'Commentaire'],
			{ french: 'ville', partner: 'ville partenaire', country: 'PAYS', partnerLat: 'latitude', partnerLon: 'longitude', remark: 'Commentaire' }
		],
		[
			['collectivite', 'Code INSEE', 'Département', 'Région', 'partenaire', 'pays', 'lon', 'Type de lien'],
			{ french: 'collectivite', frenchCode: 'Code INSEE', frenchDepartement: 'Département', frenchRegion: 'Région', partner: 'partenaire', country: 'pays', partnerLon: 'lon', linkType: 'Type de lien' }
		]
	])('%j', (headers, expected) => {
		expect(detectMapping(headers)).toEqual(expected);
	});

	it('a user mapping overrides the detected one', () => {
		const { mapping, errors } = resolveMapping(['Nom', 'Jumelle', 'Pays'], { french: 'Nom', partner: 'Jumelle' });
		expect(errors).toEqual([]);
		expect(mapping).toEqual({ french: 'Nom', partner: 'Jumelle', country: 'Pays' });
		expect(resolveMapping(['Nom', 'Pays'], { french: 'Ville' }).errors[0]).toMatch(/"Ville".*not in the file/);
	});
});

describe('generic files through the pipeline (real rows of partenariats.csv / laureats.csv)', () => {
	it('English headers, coordinates given for the partner, one country for all partners', async () => {
		const text = [
			csvLine(['French city', 'Partner', 'Country', 'Lat', 'Lon', 'Year']),
			csvLine(['Nancy', 'Kanazawa', 'Japan', '36.59', '136.62', '1973']),
			csvLine(['Grenoble', 'Sévan', 'Armenia', '', '', '2006']),
			csvLine(['Ville de Dijon', 'Cluj-Napoca | Reggio Emilia', 'Roumanie | Italie', '', '', '2016']),
			csvLine(['Chambon-sur-Lignon', 'Shkoder | Prizren', 'Albanie', '', '', '2025'])
		].join('\n');
		const { records, report } = await importFile(text, { fileName: 'mine.csv' }, realResources());
		expect(report.format).toBe('generic');
		expect(report.accepted).toBe(4);
		expect(records[0].partners[0]).toMatchObject({ country: 'JP', precision: 'given', lat: 36.59, lon: 136.62 });
		expect(records[0].french[0].code).toBe('54395');
		expect(records[1].partners[0].precision).not.toBe('given');
		expect(records[2].partners.map((p) => p.country)).toEqual(['RO', 'IT']);
		expect(records[3].partners.map((p) => p.country)).toEqual(['AL', 'AL']);
		expect(records.every((r) => r.linkType === 'autre')).toBe(true);
	});

	it('a "Name (Country), Name (Country)" partner cell splits in any file; "Izumi, Kagoshima" does not', async () => {
		const text = [
			'ville;partenaires',
			'Toulouse;Montreux, Fribourg (Suisse), Namur (Belgique)',
			'Fontainebleau;Izumi, Kagoshima'
		].join('\n');
		const { records } = await importFile(text, { fileName: 'x.csv' }, realResources());
		expect(records[0].partners.map((p) => [p.name, p.country])).toEqual([
			['Montreux', 'CH'],
			['Fribourg', 'CH'],
			['Namur', 'BE']
		]);
		expect(records[1].partners.map((p) => p.name)).toEqual(['Izumi, Kagoshima']);
	});

	it('rejects rows without a French side or a partner, with line, reason and raw cells', async () => {
		const text = [
			'collectivite;partenaire;pays',
			'Nancy;Kanazawa;Japon',
			';Karlsruhe;Allemagne',
			'Grenoble;;',
			'Grenoble;Sévan;Arménie'
		].join('\n');
		const { report } = await importFile(text, { fileName: 'x.csv' }, realResources());
		expect(report.rows).toBe(4);
		expect(report.accepted).toBe(2);
		expect(report.rejected).toEqual([
			{ line: 3, reason: expect.stringMatching(/No French collectivité/), raw: { collectivite: '', partenaire: 'Karlsruhe', pays: 'Allemagne' } },
			{ line: 4, reason: expect.stringMatching(/No partner/), raw: { collectivite: 'Grenoble', partenaire: '', pays: '' } }
		]);
	});

	it('unknown country and ambiguous name are warnings, not rejections', async () => {
		const text = 'collectivite,partenaire,pays\nMarennes,Ruda,Atlantide\nNancy,Kanazawa,Japon\n';
		const { report, records } = await importFile(text, { fileName: 'x.csv' }, realResources());
		expect(report.accepted).toBe(2);
		expect(report.rejected).toEqual([]);
		const messages = report.warnings.filter((w) => w.line === 2).map((w) => w.message);
		expect(messages.some((m) => /Unknown country "Atlantide"/.test(m))).toBe(true);
		expect(messages.some((m) => /"Marennes" is ambiguous/.test(m))).toBe(true);
		expect(records[0].french[0].code).not.toBeNull();
	});

	it('a file whose columns cannot be recognised gets a message naming its columns', async () => {
		const err = await importFile('foo,bar\n1,2\n', { fileName: 'x.csv' }, realResources()).catch((e) => e as ImportError);
		expect(err).toMatchObject({ code: 'no-columns' });
		expect((err as Error).message).toMatch(/Columns found: foo, bar/);
	});

	it('the user mapping makes such a file importable', async () => {
		const { report } = await importFile(
			'Nom,Jumelle,Etat\nNancy,Kanazawa,Japon\n',
			{ fileName: 'x.csv', mapping: { french: 'Nom', partner: 'Jumelle', country: 'Etat' } },
			realResources()
		);
		expect(report.accepted).toBe(1);
		expect(report.mapping).toMatchObject({ french: 'Nom', partner: 'Jumelle', country: 'Etat' });
	});
});
