import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { countryFromCall, parseCall, splitPartnerCell } from '../../src/lib/data/formats';
import { resolveCountry } from '../../src/lib/data/resolve/countries';
import { FILES, readText, realResources } from './helpers/real-data';

const isCountry = (t: string) => resolveCountry(t) !== null;

describe('partner cells', () => {
	it('a parenthesised country applies to the names before it without one (seed 003, Toulouse)', () => {
		const cell = 'Montreux, Fribourg (Suisse), Namur (Belgique), Iasi (Roumanie), Québec (Canada), Bohicon (Bénin)';
		expect(splitPartnerCell(cell, { commas: true, isCountry })).toEqual([
			{ name: 'Montreux', countryText: 'Suisse' },
			{ name: 'Fribourg', countryText: 'Suisse' },
			{ name: 'Namur', countryText: 'Belgique' },
			{ name: 'Iasi', countryText: 'Roumanie' },
			{ name: 'Québec', countryText: 'Canada' },
			{ name: 'Bohicon', countryText: 'Bénin' }
		]);
	});
	it.each([
		['District de Huyé (Rwanda)', [{ name: 'District de Huyé', countryText: 'Rwanda' }]],
		// A parenthesis that is not a country stays in the name, commas inside it do not split.
		['Centre social Al Bustan (Silwan, Jérusalem-Est)', [{ name: 'Centre social Al Bustan (Silwan, Jérusalem-Est)' }]],
		['Commune rurale de Dankassari (région de Dosso)', [{ name: 'Commune rurale de Dankassari (région de Dosso)' }]],
		['Shkoder | Prizren', [{ name: 'Shkoder' }, { name: 'Prizren' }]],
		['Béthléem', [{ name: 'Béthléem' }]]
	])('%s', (cell, expected) => {
		expect(splitPartnerCell(cell, { commas: true, isCountry })).toEqual(expected);
	});
});

describe('calls for projects', () => {
	it.each([
		['Franco-palestinien 2025', 'PS', 2025, 'bilateral'],
		['Franco-sénégalais 2025', 'SN', 2025, 'bilateral'],
		['Généraliste 2025', null, 2025, 'generaliste'],
		['Appel à projets conjoint franco-argentin (période 2023-2024)', 'AR', 2023, 'bilateral'],
		['Appel à projets franco-mexicain 2016', 'MX', 2016, 'bilateral'],
		['Appel à projets Climat I', null, null, 'thematique'],
		["Appel à manifestation d'Intérêt villes créatives", null, null, 'thematique'],
		['Egalité femmes-hommes (2e édition)', null, null, 'thematique'],
		['Appel à projets triennal 2016-2018', null, 2016, 'generaliste']
	])('%s → %s, %s, %s', (name, iso, year, kind) => {
		expect(countryFromCall(name)).toBe(iso);
		expect(parseCall(name)).toMatchObject({ name, year, kind });
	});
	it.each(['franco-tunisien', 'franco-marocain', 'franco-québécois'])('%s names a country', (n) => {
		expect(countryFromCall(`Appel à projets ${n} 2024`)).toMatch(/^(TN|MA|CA)$/);
	});
});

describe('seed 003 laureate table, real resolvers', async () => {
	const { records, report } = await importFile(readText(FILES.seed003), { fileName: 'seed-003.txt' }, realResources());
	const byFrench = (name: string) => records.filter((r) => r.french[0].name === name);

	it('reads the six rows as laureates with their page lines', () => {
		expect(report.format).toBe('laureates');
		expect(report.rows).toBe(6);
		expect(report.accepted).toBe(6);
		expect(report.rejected).toEqual([]);
		expect(records.map((r) => r.source.line)).toEqual([9, 10, 11, 12, 13, 14]);
		expect(records.every((r) => r.linkType === 'laureat_aap' && r.year === 2025)).toBe(true);
	});

	it.each([
		['Castres', ['RW']],
		['Montpellier Méditerranée Métropole', ['PS']],
		['Barjac', ['PS']],
		['Montpellier Métropole Méditerranée', ['SN']],
		['Sicoval', ['SN']],
		['Toulouse', ['CH', 'CH', 'BE', 'RO', 'CA', 'BJ']]
	])('%s: partners in %j', (french, countries) => {
		expect(byFrench(french)[0].partners.map((p) => p.country)).toEqual(countries);
	});

	it('every French collectivité resolves to its code in Occitanie (76)', () => {
		for (const r of records) {
			expect(r.french[0].code, r.french[0].name).not.toBeNull();
			expect(r.french[0].region, r.french[0].name).toBe('76');
		}
		// Both spellings of the metropolis are one EPCI; Sicoval is an EPCI in Haute-Garonne.
		expect(byFrench('Montpellier Méditerranée Métropole')[0].french[0].code).toBe(
			byFrench('Montpellier Métropole Méditerranée')[0].french[0].code
		);
		expect(byFrench('Sicoval')[0].french[0]).toMatchObject({ kind: 'epci', departement: '31' });
	});

	it('District de Huyé lands in Rwanda near Huye/Butare', () => {
		const p = byFrench('Castres')[0].partners[0];
		expect(p).toMatchObject({ name: 'District de Huyé', country: 'RW' });
		expect(p.lat!).toBeCloseTo(-2.6, 0);
		expect(p.lon!).toBeCloseTo(29.7, 0);
	});

	it('calls: year from the name, kind, and the page year for the call without one', () => {
		expect(byFrench('Castres')[0].call).toEqual({ name: 'Généraliste 2025', year: 2025, kind: 'generaliste' });
		expect(byFrench('Barjac')[0].call?.kind).toBe('bilateral');
		expect(byFrench('Toulouse')[0].call).toMatchObject({ year: 2025, kind: 'thematique' });
		expect(byFrench('Toulouse')[0].remark).toMatch(/année déduite du texte de la page/);
	});

	it('matches the same rows of laureats.csv (French codes and partner countries)', async () => {
		const csv = await importFile(readText(FILES.laureats), { fileName: 'laureats.csv' }, realResources());
		for (const r of records) {
			const twin = csv.records.find((c) => c.french[0].code === r.french[0].code && c.title === r.title);
			expect(twin, r.title!).toBeDefined();
			expect(twin!.partners.map((p) => p.country)).toEqual(r.partners.map((p) => p.country));
		}
	});
});

describe('laureats.csv, real resolvers', async () => {
	const { records, report } = await importFile(readText(FILES.laureats), { fileName: 'laureats.csv' }, realResources());
	const line = (n: number) => records.find((r) => r.source.line === n)!;

	it('accepts every row', () => {
		expect(report.rows).toBe(39);
		expect(report.accepted).toBe(39);
		expect(report.rejected).toEqual([]);
		expect(report.partnersCountryResolved).toBe(report.partners);
	});

	it('splits " | " partners and aligns pays_partenaire one to one', () => {
		// 2016, Ville de Vienne (Isère): Goris | Esslingen | Udine | Piotrkow Trybunalski → AM, DE, IT, PL
		const vienne = records.find((r) => r.french[0].name === 'Ville de Vienne (Isère)')!;
		expect(vienne.partners.map((p) => [p.name, p.country])).toEqual([
			['Goris', 'AM'],
			['Esslingen', 'DE'],
			['Udine', 'IT'],
			['Piotrkow Trybunalski', 'PL']
		]);
		expect(vienne.year).toBe(2016);
	});

	it('several French sides, countries one to one', () => {
		const climed = records.find((r) => r.title?.startsWith('CLIMED'))!;
		expect(climed.french.map((f) => f.name)).toEqual(['Communauté urbaine de Dunkerque', 'Ville de Grande-Synthe']);
		expect(climed.partners.map((p) => p.country)).toEqual(['DZ', 'TN']);
		expect(climed.call).toMatchObject({ year: 2015, kind: 'thematique' });
		expect(climed.year).toBe(2015);
	});

	it('a row naming only a country keeps an unnamed partner in that country', () => {
		const colombes = records.find((r) => r.french[0].name === 'Colombes')!;
		expect(colombes.partners).toMatchObject([{ name: '', country: 'SN', precision: 'country' }]);
	});

	it('records keep the source URL and line', () => {
		expect(line(2).source).toMatchObject({ file: 'laureats.csv', line: 2 });
		expect(line(2).source.url).toMatch(/^https:\/\/www\.resacoop\.org\//);
	});
});
