import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Atlas, CoopRecord, FrenchEntity, Partner } from '../../src/lib/data/model';
import { REGIONS, regionByCode } from '../../src/lib/data/regions';
import {
	canonicalIso,
	canonicalPlacePath,
	collectiviteList,
	collectivitePath,
	countryList,
	frenchPlaceName,
	frenchSlug,
	parseFrenchSlug,
	paysPath,
	placeEntries,
	placeRows,
	recordsForCountry,
	recordsForFrench,
	recordsForRegion,
	regionPath
} from '../../src/lib/data/places';
import regionsCog from '@etalab/decoupage-administratif/data/regions.json';
import { importFile } from '../../src/lib/data/pipeline';
import { collectivitePage, collectiviteRedirect, paysPage, regionPage } from '../../src/lib/data/place-pages';
import { knownCountryName } from '../../src/lib/i18n/labels';
import { FILES, readBytes, realResources } from './helpers/real-data';

// The seed 003 table (Occitanie 2025 laureates), as the data core resolves it (codes from the COG).
type F = [name: string, kind: FrenchEntity['kind'], code: string, dep: string | null, depName: string | null];
type P = [name: string, iso: string, fr: string, precision: Partner['precision']];
const SEED: [F, P[], string, string][] = [
	[['Castres', 'commune', '81065', '81', 'Tarn'], [['District de Huyé', 'RW', 'Rwanda', 'region']], 'Développement multi-secteur dans le District de Huyé', 'Généraliste 2025'],
	[['Montpellier Méditerranée Métropole', 'epci', '243400017', '34', 'Hérault'], [['Béthléem', 'PS', 'Palestine', 'city']], 'Projet mutualisé … à Bethléem', 'Franco-palestinien 2025'],
	[['Barjac', 'commune', '30029', '30', 'Gard'], [['Kharas', 'PS', 'Palestine', 'city']], 'Gire en jeu', 'Franco-palestinien 2025'],
	[['Montpellier Métropole Méditerranée', 'epci', '243400017', '34', 'Hérault'], [['Bargny', 'SN', 'Sénégal', 'city']], "Bargny Inovate : renforcer l'accompagnement des petites et moyennes entreprises à Bargny", 'Franco-sénégalais 2025'],
	[['Sicoval', 'epci', '243100633', '31', 'Haute-Garonne'], [['Gandon', 'SN', 'Sénégal', 'city']], 'Renforcement de la gouvernance des collectivités territoriales', 'Franco-sénégalais 2025'],
	[
		['Toulouse', 'commune', '31555', '31', 'Haute-Garonne'],
		[
			['Montreux', 'CH', 'Suisse', 'city'],
			['Fribourg', 'CH', 'Suisse', 'city'],
			['Namur', 'BE', 'Belgique', 'city'],
			['Iasi', 'RO', 'Roumanie', 'city'],
			['Québec', 'CA', 'Canada', 'city'],
			['Bohicon', 'BJ', 'Bénin', 'country']
		],
		"Création d'une série de podcast des Villes créatives francophones",
		'Appel à manifestation d\'Intérêt villes créatives'
	]
];

function seedRecords(): CoopRecord[] {
	return SEED.map(([f, ps, title, call], i) => ({
		id: `seed:${i + 6}`,
		french: [
			{
				name: f[0],
				officialName: f[1] === 'epci' && f[2] === '243400017' ? 'Montpellier Méditerranée Métropole' : f[0],
				kind: f[1],
				code: f[2],
				departement: f[3],
				departementName: f[4],
				region: '76',
				regionName: 'Occitanie',
				lon: null,
				lat: null,
				coordSource: 'cog'
			}
		],
		partners: ps.map(([name, iso, fr, precision]) => ({
			name,
			normName: name.toLowerCase(),
			country: iso,
			countryFr: fr,
			countryEn: null,
			lon: 0,
			lat: 0,
			precision
		})),
		title,
		themes: [],
		year: 2025,
		yearEnd: null,
		call: { name: call, year: 2025, kind: null },
		linkType: 'laureat_aap',
		source: {
			dataset: 'seed',
			datasetTitle: 'Lauréats Occitanie 2025',
			url: i === 0 ? 'javascript:alert(1)' : 'https://oc-cooperation.org/',
			licence: '',
			file: '003.txt',
			line: i + 6
		},
		remark: null
	}));
}

describe('régions', () => {
	it('lists the 18 régions with their COG names', () => {
		expect(REGIONS).toHaveLength(18);
		const cog = new Map((regionsCog as { code: string; nom: string }[]).map((r) => [r.code, r.nom]));
		for (const r of REGIONS) expect(cog.get(r.code)).toBe(r.name);
		expect(REGIONS.filter((r) => r.overseas).map((r) => r.code)).toEqual(['01', '02', '03', '04', '06']);
	});
	it.each([
		['76', 'Occitanie'],
		['1', 'Guadeloupe'],
		['06', 'Mayotte'],
		['975', null],
		['', null]
	])('regionByCode(%j) → %j', (code, name) => {
		expect(regionByCode(code)?.name ?? null).toBe(name);
	});
	it('region paths', () => {
		expect(regionPath('76')).toBe('/region/76/');
		expect(regionPath('99')).toBeNull();
	});
});

describe('slugs', () => {
	it.each([
		['fr', 'FR'],
		['SN', 'SN'],
		[' Ps ', 'PS'],
		['FRA', null],
		['', null],
		[null, null]
	])('canonicalIso(%j) → %j', (s, out) => expect(canonicalIso(s)).toBe(out));

	it.each([
		[{ kind: 'commune', code: '31555' }, '31555'],
		[{ kind: 'commune', code: '2a004' }, '2A004'],
		[{ kind: 'epci', code: '243100633' }, '243100633'],
		[{ kind: 'departement', code: '34' }, '34'],
		[{ kind: 'departement', code: '971' }, '971'],
		[{ kind: 'region', code: '76' }, 'region-76'],
		[{ kind: 'region', code: '975' }, null],
		[{ kind: 'commune', code: null }, null],
		[{ kind: 'commune', code: '243100633' }, null],
		[{ kind: 'other', code: '31555' }, '31555']
	] as const)('frenchSlug(%j) → %j', (e, slug) => {
		expect(frenchSlug(e)).toBe(slug);
		if (slug) expect(parseFrenchSlug(slug)?.code).toBe(e.kind === 'region' ? '76' : slug);
	});

	it('parses slugs back and rejects junk', () => {
		expect(parseFrenchSlug('region-76')).toEqual({ kind: 'region', code: '76' });
		expect(parseFrenchSlug('2b')).toEqual({ kind: 'departement', code: '2B' });
		expect(parseFrenchSlug('../etc')).toBeNull();
		expect(parseFrenchSlug('region-99')).toBeNull();
		expect(collectivitePath({ kind: 'epci', code: '243400017' })).toBe('/collectivite/243400017/');
		expect(paysPath('RW')).toBe('/pays/RW/');
		expect(paysPath(null)).toBeNull();
	});
});

describe('canonical place paths', () => {
	it.each([
		['pays', 'sn', '/pays/SN/'],
		['pays', 'SN', null],
		['pays', 'sen', null],
		['region', '1', '/region/01/'],
		['region', '76', null],
		['region', '99', null],
		['collectivite', '2a004', '/collectivite/2A004/'],
		['collectivite', 'REGION-76', '/collectivite/region-76/'],
		['collectivite', '31555', null],
		['collectivite', 'toulouse', null]
	] as const)('%s/%s → %j', (kind, param, out) => expect(canonicalPlacePath(kind, param)).toBe(out));
});

describe('records for a place (seed 003, Occitanie 2025)', () => {
	const records = seedRecords();

	it('Occitanie holds the six seed rows and their five collectivités', () => {
		const occ = recordsForRegion(records, '76');
		expect(occ).toHaveLength(6);
		expect(recordsForRegion(records, '11')).toHaveLength(0);
		expect(collectiviteList(occ).map((c) => c.name)).toEqual([
			'Barjac',
			'Castres',
			'Montpellier Méditerranée Métropole',
			'Sicoval',
			'Toulouse'
		]);
	});

	it('both spellings of the Montpellier metropole are one collectivité', () => {
		expect(recordsForFrench(records, '243400017').map((r) => r.partners[0].name)).toEqual(['Béthléem', 'Bargny']);
		expect(frenchPlaceName(records, '243400017')?.name).toBe('Montpellier Méditerranée Métropole');
	});

	it('a département page holds the collectivités on its territory', () => {
		expect(recordsForFrench(records, '31').map((r) => r.french[0].name)).toEqual(['Sicoval', 'Toulouse']);
		expect(frenchPlaceName(records, '31')?.name).toBe('Haute-Garonne');
		expect(frenchPlaceName(records, 'region-76')?.name).toBe('Occitanie');
		expect(frenchPlaceName(records, '75056')).toBeNull();
	});

	it('countries: Palestine holds Montpellier and Barjac, Toulouse counts once for Switzerland', () => {
		expect(recordsForCountry(records, 'Ps').map((r) => r.french[0].name)).toEqual([
			'Montpellier Méditerranée Métropole',
			'Barjac'
		]);
		expect(recordsForCountry(records, 'CH')).toHaveLength(1);
		expect(countryList(records).find((c) => c.slug === 'CH')?.count).toBe(1);
	});

	it('entries cover every code a row links to', () => {
		const entries = placeEntries(records);
		expect(entries.regions).toHaveLength(18);
		expect(entries.collectivites).toEqual(['243100633', '243400017', '30', '30029', '31', '31555', '34', '81', '81065']);
		expect(entries.pays).toEqual(['BE', 'BJ', 'CA', 'CH', 'PS', 'RO', 'RW', 'SN']);
		for (const row of placeRows(records)) {
			for (const f of row.french) expect(f.slug === null || entries.collectivites.includes(f.slug)).toBe(true);
			for (const p of row.partners) expect(p.iso === null || entries.pays.includes(p.iso)).toBe(true);
		}
	});

	it('rows keep only http(s) source links and flag approximate partners', () => {
		const rows = placeRows(records);
		const castres = rows.find((r) => r.french[0].name === 'Castres')!;
		expect(castres.sourceUrl).toBeNull();
		expect(rows.find((r) => r.french[0].name === 'Barjac')!.sourceUrl).toBe('https://oc-cooperation.org/');
		const toulouse = rows.find((r) => r.french[0].name === 'Toulouse')!;
		expect(toulouse.partners.filter((p) => p.approximate).map((p) => p.name)).toEqual(['Bohicon']);
	});
});

describe('the seed 003 table through the real pipeline', () => {
	let records: CoopRecord[] = [];
	let atlas: Atlas = { datasets: [], records, figures: [] };
	beforeAll(async () => {
		({ records } = await importFile(readBytes(FILES.seed003), { fileName: '003_4d9262c1f2e29044.txt' }, realResources()));
		atlas = { datasets: [], records, figures: [] };
	});

	it('the Occitanie page lists the five collectivités with their partners', () => {
		const page = regionPage(atlas, '76')!;
		expect(page.name.fr).toBe('Occitanie');
		expect(page.figures).toMatchObject({ records: 6, french: 5, partners: 11, countries: 8 });
		const byFrench = new Map(page.rows.map((r) => [r.french[0].name, r.partners.map((p) => `${p.name} (${p.iso})`)]));
		expect(byFrench.get('Castres')).toEqual(['District de Huyé (RW)']);
		expect(byFrench.get('Barjac')).toEqual(['Kharas (PS)']);
		expect(byFrench.get('CA du Sicoval')).toEqual(['Gandon (SN)']);
		expect(byFrench.get('Toulouse')).toHaveLength(6);
		expect(page.rows.filter((r) => r.french[0].name === 'Montpellier Méditerranée Métropole')).toHaveLength(2);
		expect(page.scope).toEqual({ regions: ['76'] });
	});

	it('collectivité and country pages, canonical slugs', () => {
		expect(collectivitePage(atlas, '243400017')!.rows).toHaveLength(2);
		expect(collectivitePage(atlas, '31')!.name.fr).toBe('Haute-Garonne');
		expect(collectivitePage(atlas, '31')!.scope).toEqual({ departements: ['31'] });
		expect(collectivitePage(atlas, '31555')!.parents.map((p) => p.path)).toEqual(['/collectivite/31/', '/region/76/']);
		expect(collectivitePage(atlas, '75056')).toBeNull();
		expect(paysPage(atlas, 'sn', knownCountryName)!.slug).toBe('SN');
		expect(paysPage(atlas, 'sn', knownCountryName)!.rows.map((r) => r.french[0].name).sort()).toEqual([
			'CA du Sicoval',
			'Montpellier Méditerranée Métropole'
		]);
		expect(paysPage(atlas, 'jp', knownCountryName)!.rows).toEqual([]); // a real country with no record: an empty page
		expect(paysPage(atlas, 'zz', knownCountryName)).toBeNull();
		expect(regionPage(atlas, '99')).toBeNull();
	});

	it('a bare région code is told apart from the département with the same code', () => {
		const region = { ...records[0], id: 'r', french: [{ ...records[0].french[0], name: 'Région Occitanie', kind: 'region' as const, code: '76' }] };
		const withRegion: Atlas = { ...atlas, records: [...records, region] };
		expect(placeEntries(withRegion.records).collectivites).toEqual(expect.arrayContaining(['76', 'region-76']));
		expect(collectiviteRedirect(withRegion, '76')).toBe('region-76');
		expect(collectivitePage(withRegion, 'region-76')!.rows).toHaveLength(1);
		expect(collectiviteRedirect(withRegion, '31')).toBeNull();
	});
});

// When the data build has written the embedded atlas, every code it holds must get a page.
const atlasPath = path.resolve(__dirname, '../../static/data/atlas.json');
describe.runIf(existsSync(atlasPath))('embedded atlas', () => {
	it('entries cover every collectivité and country in the atlas', () => {
		const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as Atlas;
		const entries = placeEntries(atlas.records);
		const coll = new Set(entries.collectivites);
		const pays = new Set(entries.pays);
		for (const row of placeRows(atlas.records)) {
			for (const f of row.french) if (f.slug) expect(coll.has(f.slug)).toBe(true);
			for (const p of row.partners) if (p.iso) expect(pays.has(p.iso)).toBe(true);
		}
	});
});
