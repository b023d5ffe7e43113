import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { COUNTRY_ALIASES } from '../../src/lib/data/resolve/country-aliases';
import { CONTINENTS, allCountries, countryByIso, countryNames, resolveCountry } from '../../src/lib/data/resolve/countries';

const SOURCES = path.resolve(__dirname, '../../data/sources');

function csv(rel: string): Record<string, string>[] {
	const text = readFileSync(path.join(SOURCES, rel), 'utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('resolveCountry on real files', () => {
	it('twin-towns-france.csv: the other side’s country resolves for ≥ 99 % of rows (acceptance)', () => {
		const rows = csv('twin-towns-france.csv');
		const others = rows.map((r) => (r.country1 === 'France' ? r.country2 : r.country1));
		const missed = others.filter((c) => !resolveCountry(c));
		console.log(`twin towns, partner country: ${others.length - missed.length}/${others.length} resolved; missed: ${[...new Set(missed)].join(' | ')}`);
		expect(rows).toHaveLength(3782);
		expect(1 - missed.length / others.length).toBeGreaterThanOrEqual(0.99);
	});

	it('partenariats.csv and laureats.csv: every country cell resolves (lists split on " | ")', () => {
		const cells = [
			...csv('partenariats.csv').map((r) => r.pays_partenaire),
			...csv('laureats.csv').flatMap((r) => r.pays_partenaire.split(' | '))
		].filter((c) => c.trim() !== '');
		expect(cells.filter((c) => !resolveCountry(c))).toEqual([]);
	});

	it.each([
		['England, United Kingdom', 'GB'],
		['Wales', 'GB'],
		['Scotland', 'GB'],
		['Northern Ireland, United Kingdom', 'GB'],
		['Republic of Ireland', 'IE'],
		['Georgia (country)', 'GE'],
		['Czech Republic', 'CZ'],
		['Ivory Coast', 'CI'],
		['Madagaskar', 'MG'],
		['Guadeloupe, France', 'GP'],
		['Territoires palestiniens', 'PS'],
		['Cisjordanie', 'PS'],
		['Côte d’Ivoire', 'CI'],
		["Cote d'Ivoire", 'CI'],
		['RDC', 'CD'],
		['République démocratique du Congo', 'CD'],
		['Congo', 'CG'],
		['Corée du Sud', 'KR'],
		['Russie', 'RU'],
		['Laos', 'LA'],
		['East Timor', 'TL'],
		['Macedonia', 'MK'],
		['Kosovo', 'XK'],
		['Vatican', 'VA'],
		['Taiwan', 'TW'],
		['Burma', 'MM'],
		['Cape Verde', 'CV'],
		['Swaziland', 'SZ'],
		['USA', 'US'],
		['Etats-Unis', 'US'],
		['ÉTATS-UNIS', 'US'],
		['Sénégal', 'SN'],
		['senegal', 'SN'],
		['Suisse', 'CH'],
		['Deutschland', 'DE'],
		['DEU', 'DE'],
		['BE', 'BE'],
		['  Bénin ', 'BJ'],
		["l'Arménie", 'AM']
	])('%s → %s', (text, iso2) => {
		expect(resolveCountry(text)?.iso2).toBe(iso2);
	});

	it.each([[''], ['   '], [null], [undefined], ['Atlantis'], ['xx']])('%s → null', (text) => {
		expect(resolveCountry(text)).toBeNull();
	});
});

describe('country table', () => {
	it('gives French and English names and a continent', () => {
		expect(countryByIso('ps')).toEqual({ iso2: 'PS', fr: 'Palestine', en: 'Palestine', continent: 'AS' });
		expect(countryByIso('XK')).toMatchObject({ fr: 'Kosovo', continent: 'EU' });
		expect(countryByIso('RU')?.continent).toBe('EU');
		expect(countryByIso('US')?.fr).toBe('États-Unis');
		expect(countryByIso('TW')?.en).toBe('Taiwan');
		expect(countryByIso('ZZ')).toBeNull();
		for (const c of allCountries()) expect(CONTINENTS).toContain(c.continent);
	});

	it('lists every country for the UI, sorted in the locale', () => {
		const fr = countryNames('fr');
		expect(fr.length).toBeGreaterThanOrEqual(249);
		expect(fr[0].name.localeCompare(fr[1].name, 'fr')).toBeLessThanOrEqual(0);
		expect(fr.find((c) => c.iso2 === 'DE')?.name).toBe('Allemagne');
		expect(countryNames('en').find((c) => c.iso2 === 'DE')?.name).toBe('Germany');
	});

	it('every alias points at a known country', () => {
		for (const iso2 of Object.values(COUNTRY_ALIASES)) expect(countryByIso(iso2), iso2).not.toBeNull();
	});
});
