/**
 * One labelling function for every code, in both languages: chart titles, subtitles and export
 * metadata name countries, continents, régions, départements, collectivités and datasets, never a
 * bare ISO or INSEE code where a name exists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoopRecord, Dataset } from '../../src/lib/data/model';
import { buildIndex, type RecordIndex, recordSet } from '../../src/lib/data/query';
import { importedDataset } from '../../src/lib/data/pipeline';
import { codeLabel, countryName, knownCountryName, namesOf, type NameBook } from '../../src/lib/i18n/labels';
import { chartTitle, filterSummary } from '../../src/lib/charts/describe';
import { chartSubtitle } from '../../src/lib/charts/meta';
import { emptyFilters, type Filters } from '../../src/lib/state/filters';
import { laureateAndPartnershipRecords } from './helpers/real-data';

let records: CoopRecord[];
let index: RecordIndex;
let names: NameBook;
const imported: Dataset = importedDataset('f.csv', '2026-12-07');

beforeAll(async () => {
	records = await laureateAndPartnershipRecords();
	index = buildIndex(records);
	names = namesOf(index, [imported]);
});

const f = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch });

describe('codes become names', () => {
	it.each([
		['country', 'SN', 'Sénégal', 'Senegal'],
		['country', 'DE', 'Allemagne', 'Germany'],
		['continent', 'AF', 'Afrique', 'Africa'],
		['region', '76', 'Occitanie', 'Occitanie'],
		['french', 'region-76', 'Occitanie', 'Occitanie'],
		['kind', 'epci', 'Intercommunalité (EPCI)', 'Inter-municipality (EPCI)'],
		['linkType', 'jumelage', 'Jumelage', 'Twinning']
	] as const)('%s %s → %s / %s', (kind, code, fr, en) => {
		expect(codeLabel(kind, code, 'fr', names)).toBe(fr);
		expect(codeLabel(kind, code, 'en', names)).toBe(en);
	});

	it('collectivités, départements and datasets are named from the data', () => {
		const metropole = records.flatMap((r) => r.french).find((x) => x.code === '243400017')!;
		expect(codeLabel('french', '243400017', 'fr', names)).toBe(metropole.officialName ?? metropole.name);
		expect(codeLabel('departement', '34', 'fr', names)).toBe('Hérault');
		expect(codeLabel('dataset', imported.id, 'fr', names)).toBe('f.csv');
		expect(imported.id).toBe('import-f');
	});

	it('a country the tables do not know keeps the record’s name, then the code', () => {
		expect(countryName('XK', 'fr')).toBe('Kosovo');
		expect(countryName(null, 'en')).toBe('Unknown / not given');
		expect(knownCountryName('ZZ', 'fr')).toBeNull();
		expect(countryName('QQ', 'fr', { countryFr: 'Pays imaginaire' })).toBe('Pays imaginaire');
	});
});

describe('titles and subtitles carry names, not codes', () => {
	const bareCode = /(^|[\s—:,(])([A-Z]{2}|\d{2,3}|2[AB]|\d{5}|\d{9}|import-[\w-]+)(?=$|[\s,)])/;
	it.each([
		[{ continents: ['AF'] }, 'Afrique', 'Africa'],
		[{ countries: ['SN'] }, 'Sénégal', 'Senegal'],
		[{ french: ['243400017'] }, 'Montpellier', 'Montpellier'],
		[{ regions: ['76'], departements: ['34'] }, 'Hérault', 'Hérault'],
		[{ datasets: ['import-f'] }, 'f.csv', 'f.csv']
	] as [Partial<Filters>, string, string][])('%j', (patch, fr, en) => {
		for (const [lang, name] of [['fr', fr], ['en', en]] as const) {
			const title = chartTitle('charts.country.title', f(patch), lang, names);
			const subtitle = chartSubtitle(recordSet(records), f(patch), lang, names);
			expect(title).toContain(name);
			expect(title).not.toMatch(bareCode);
			expect(subtitle.split(' · ').slice(1).join(' · ')).not.toMatch(bareCode); // after the record count
		}
	});

	it('the summary of every filter at once has no bare code', () => {
		const all = f({ countries: ['PS'], continents: ['AS'], regions: ['76'], departements: ['31'], french: ['31555'], kinds: ['commune'], linkTypes: ['laureat_aap'], datasets: ['import-f'] });
		for (const lang of ['fr', 'en'] as const) expect(filterSummary(all, lang, names)).not.toMatch(bareCode);
	});

	it('theme and year subtitles state what they cover', () => {
		expect(chartSubtitle(recordSet(records), f({}), 'en', names, { n: 42, what: 'theme' })).toMatch(/^42 links with a theme, of [\d,]+ · no filter$/);
		expect(chartSubtitle(recordSet(records), f({}), 'fr', names, { n: 7, what: 'year' })).toMatch(/^7 liens avec une année, sur [\d\s  ]+ · aucun filtre$/);
	});
});
