import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CoopRecord } from '../../src/lib/data/model';
import {
	buildIndex,
	distinctLinks,
	filterRecords,
	frenchKey,
	isUnfiltered,
	keyFiguresAt,
	filterPositions,
	NONE,
	partnerKey,
	selectRecords,
	facetOptions,
	type RecordIndex,
	recordSet
} from '../../src/lib/data/query';
import { keyFigures } from '../../src/lib/data/aggregate';
import { countryByIso } from '../../src/lib/data/resolve/countries';
import { syntheticAtlas, syntheticContinent } from './helpers/synthetic';
import { emptyFilters, type Filters } from '../../src/lib/state/filters';
import { laureateAndPartnershipRecords } from './helpers/real-data';

let records: CoopRecord[];
let index: RecordIndex;

beforeAll(async () => {
	records = await laureateAndPartnershipRecords();
	index = buildIndex(records);
});

const f = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch });
const run = (patch: Partial<Filters>) => filterRecords(records, f(patch), index);

/** The obvious, slow definition of the filters, to check the indexed one against. */
function naive(rs: readonly CoopRecord[], fl: Filters, continentOf: (iso: string) => string | null): CoopRecord[] {
	const any = (wanted: string[], values: string[]) => wanted.length === 0 || values.some((v) => wanted.includes(v));
	const orNone = (xs: (string | null)[]) => (xs.length ? xs.map((x) => x ?? NONE) : [NONE]);
	return rs.filter(
		(r) =>
			any(fl.countries, orNone(r.partners.map((p) => p.country))) &&
			any(fl.continents, orNone(r.partners.map((p) => (p.country ? continentOf(p.country) : null)))) &&
			any(fl.themes, orNone(r.themes)) &&
			any(fl.regions, r.french.map((x) => x.region ?? NONE)) &&
			any(fl.departements, r.french.map((x) => x.departement ?? NONE)) &&
			any(fl.kinds, r.french.map((x) => x.kind)) &&
			any(fl.linkTypes, [r.linkType]) &&
			any(fl.calls, [r.call?.name ?? NONE]) &&
			any(fl.datasets, [r.source.dataset]) &&
			any(fl.french, r.french.map(frenchKey)) &&
			(fl.yearMin === null || (r.year !== null && r.year >= fl.yearMin)) &&
			(fl.yearMax === null || (r.year !== null && r.year <= fl.yearMax))
	);
}

describe('filters on the real laureates and partnerships', () => {
	it('no filter keeps everything', () => {
		expect(run({})).toHaveLength(records.length);
		expect(isUnfiltered(f({}))).toBe(true);
	});

	it.each<[string, Partial<Filters>, (r: CoopRecord) => boolean]>([
		['partner country Senegal', { countries: ['SN'] }, (r) => r.partners.some((p) => p.country === 'SN')],
		['Senegal or Palestine', { countries: ['SN', 'PS'] }, (r) => r.partners.some((p) => p.country === 'SN' || p.country === 'PS')],
		['continent Africa', { continents: ['AF'] }, (r) => r.partners.some((p) => p.country !== null && countryByIso(p.country)?.continent === 'AF')],
		['région Occitanie', { regions: ['76'] }, (r) => r.french.some((x) => x.region === '76')],
		['département Hérault', { departements: ['34'] }, (r) => r.french.some((x) => x.departement === '34')],
		['EPCIs', { kinds: ['epci'] }, (r) => r.french.some((x) => x.kind === 'epci')],
		['laureates', { linkTypes: ['laureat_aap'] }, (r) => r.linkType === 'laureat_aap'],
		['call Franco-sénégalais 2025', { calls: ['Franco-sénégalais 2025'] }, (r) => r.call?.name === 'Franco-sénégalais 2025'],
		['years 2016–2020', { yearMin: 2016, yearMax: 2020 }, (r) => r.year !== null && r.year >= 2016 && r.year <= 2020],
		['unknown year excluded by a range', { yearMin: 1900 }, (r) => r.year !== null],
		['theme culture', { themes: ['culture'] }, (r) => r.themes.includes('culture')],
		['no theme given', { themes: [NONE] }, (r) => r.themes.length === 0],
		['Occitanie laureates in Africa', { regions: ['76'], continents: ['AF'], linkTypes: ['laureat_aap'] }, (r) =>
			r.french.some((x) => x.region === '76') && r.linkType === 'laureat_aap' && r.partners.some((p) => countryByIso(p.country ?? '')?.continent === 'AF')]
	])('%s', (_name, patch, keep) => {
		const got = run(patch);
		expect(got.length).toBeGreaterThan(0);
		expect(got.map((r) => r.id)).toEqual(records.filter(keep).map((r) => r.id));
	});

	it('the seed 003 laureates: Occitanie 2025 shows Castres, Barjac, Sicoval, Toulouse and Montpellier', () => {
		const names = run({ regions: ['76'], yearMin: 2025, yearMax: 2025, linkTypes: ['laureat_aap'] }).map((r) => r.french[0].name);
		for (const n of ['Castres', 'Barjac', 'Sicoval', 'Toulouse', 'Montpellier Méditerranée Métropole']) expect(names).toContain(n);
	});

	it('an unknown value matches nothing', () => {
		expect(run({ countries: ['ZZ'] })).toEqual([]);
	});

	it('builds the index itself when none is given', () => {
		expect(filterRecords(records, f({ countries: ['PS'] })).map((r) => r.id)).toEqual(run({ countries: ['PS'] }).map((r) => r.id));
	});

	it('key figures agree with aggregate.ts', () => {
		for (const patch of [{}, { countries: ['SN'] }, { regions: ['76'] }, { q: 'montpellier' }]) {
			const positions = filterPositions(index, f(patch));
			expect(keyFiguresAt(index, positions)).toEqual(keyFigures(recordSet(run(patch))));
		}
	});

	it('facet options carry labels and counts', () => {
		const ps = facetOptions(index, 'countries').find((o) => o.value === 'PS')!;
		expect(ps.label.fr).toBe(records.flatMap((r) => r.partners).find((p) => p.country === 'PS')!.countryFr);
		expect(ps.count).toBe(run({ countries: ['PS'] }).length);
		const occitanie = facetOptions(index, 'regions').find((o) => o.value === '76')!;
		expect(occitanie.label.fr).toBe('Occitanie');
	});
});

describe('selections', () => {
	it.each([
		['country', () => ({ kind: 'country' as const, iso: 'PS' }), (r: CoopRecord) => r.partners.some((p) => p.country === 'PS')],
		['French collectivité', () => ({ kind: 'french' as const, code: frenchKey(records[0].french[0]) }), (r: CoopRecord) => r.french.some((x) => frenchKey(x) === frenchKey(records[0].french[0]))],
		['partner', () => ({ kind: 'partner' as const, key: partnerKey(records[0].partners[0]) }), (r: CoopRecord) => r.partners.some((p) => partnerKey(p) === partnerKey(records[0].partners[0]))],
		['record', () => ({ kind: 'record' as const, id: records[3].id }), (r: CoopRecord) => r.id === records[3].id]
	])('%s', (_name, sel, keep) => {
		const got = selectRecords(records, sel());
		expect(got.length).toBeGreaterThan(0);
		expect(got).toEqual(records.filter(keep));
	});

	it('a link selects the records joining both ends', () => {
		const r = records.find((x) => x.partners.some((p) => p.name === 'Béthléem'))!;
		const sel = { kind: 'link' as const, from: frenchKey(r.french[0]), to: partnerKey(r.partners[0]) };
		expect(selectRecords(records, sel)).toContain(r);
		expect(selectRecords(records, null)).toEqual([]);
	});
});

describe('indexed filters equal the naive definition on synthetic data', () => {
	const atlas = syntheticAtlas(7, 5000);
	const idx = buildIndex(atlas.records, syntheticContinent);
	const cases: Partial<Filters>[] = [
		{ countries: ['SN', 'ML'] },
		{ continents: ['AF', 'none'] },
		{ regions: ['76', '84'], kinds: ['commune'] },
		{ departements: ['34'], linkTypes: ['cooperation_decentralisee', 'laureat_aap'] },
		{ themes: ['culture', NONE], yearMin: 1990 },
		{ calls: ['Généraliste 2015', 'Jeunesse 2020'] },
		{ datasets: ['synthetic-laureats'], yearMin: 2010, yearMax: 2015 },
		{ french: ['75056', '243400017'] },
		{ countries: [NONE] }
	];
	it.each(cases)('%o', (patch) => {
		const fl = f(patch);
		const got = filterRecords(atlas.records, fl, idx).map((r) => r.id);
		expect(got).toEqual(naive(atlas.records, fl, syntheticContinent).map((r) => r.id));
		expect(got.length).toBeGreaterThan(0);
	});
});

describe('distinct links: a link stated by two datasets counts once, unless only one of them is shown', () => {
	const atlas = JSON.parse(readFileSync(path.resolve(__dirname, '../../static/data/atlas.json'), 'utf8')) as { records: CoopRecord[] };
	const index = buildIndex(atlas.records);
	const all = filterPositions(index, {});
	it('on the embedded atlas: every repeat left out when both are shown', () => {
		const repeats = atlas.records.filter((r) => r.duplicateOf).length;
		expect(repeats).toBeGreaterThan(0);
		expect(distinctLinks(index, all).length).toBe(atlas.records.length - repeats);
		expect(keyFiguresAt(index, all).links).toBe(atlas.records.length - repeats);
	});
	it('Nancy ↔ Karlsruhe: two records, one link; the partenariats dataset alone keeps its record as a link', () => {
		const both = filterPositions(index, { q: 'karlsruhe', french: ['54395'] });
		expect(both.length).toBe(2);
		expect(distinctLinks(index, both).length).toBe(1);
		const one = filterPositions(index, { q: 'karlsruhe', french: ['54395'], datasets: ['partenariats'] });
		expect(one.length).toBe(1);
		expect(distinctLinks(index, one).length).toBe(1);
	});
});
