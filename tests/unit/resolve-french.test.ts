import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { FrenchKind } from '../../src/lib/data/model';
import type { CogAsset } from '../../src/lib/data/resolve/cog-asset';
import { COMMUNE_ALIASES, EPCI_ALIASES, REGION_ALIASES } from '../../src/lib/data/resolve/french-aliases';
import { buildCogIndex, epciMembers, frenchByCode, resolveFrench, type CogIndex } from '../../src/lib/data/resolve/french';
import { buildCogAsset } from '../../scripts/build-cog';

const SOURCES = path.resolve(__dirname, '../../data/sources');
const ASSET_FILE = path.resolve(__dirname, '../../static/data/cog.json');

/** The built asset when `npm run data:build` has run, else the same asset built in memory. */
function loadAsset(): CogAsset {
	return existsSync(ASSET_FILE) ? (JSON.parse(readFileSync(ASSET_FILE, 'utf8')) as CogAsset) : buildCogAsset().asset;
}
const index: CogIndex = buildCogIndex(loadAsset());

function csv(rel: string): Record<string, string>[] {
	const text = readFileSync(path.join(SOURCES, rel), 'utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('twin-towns-france.csv: the French side (acceptance)', () => {
	const rows = csv('twin-towns-france.csv');
	const french = rows.map((r) =>
		r.country1 === 'France'
			? { name: r.city1, lat: Number(r.lat1), lon: Number(r.lng1) }
			: { name: r.city2, lat: Number(r.lat2), lon: Number(r.lng2) }
	);
	const results = french.map((f) => resolveFrench(index, f.name, { lon: f.lon, lat: f.lat }));

	it('resolves ≥ 98 % of the 3,782 rows to an official code, with département and région', () => {
		expect(rows).toHaveLength(3782);
		const resolved = results.filter((r) => r.code !== null);
		const unresolved = [...new Set(results.filter((r) => r.code === null).map((r) => r.name))];
		console.log(
			`twin towns, French side: ${resolved.length}/${rows.length} resolved (${((100 * resolved.length) / rows.length).toFixed(2)} %); ` +
				`unresolved: ${unresolved.join(' | ')}`
		);
		expect(resolved.length / rows.length).toBeGreaterThanOrEqual(0.98);
		for (const r of resolved) {
			expect(r.region, r.name).toMatch(/^\d{2,3}$/);
			if (r.kind !== 'region') expect(r.departement, r.name).toMatch(/^(\d{2,3}|2[AB])$/);
			// given coordinates win, unless they lie > 100 km from the commune named (a geocoder's error)
			expect(r.coordSource, r.name).toBe(r.givenIgnored || r.namesake ? 'cog' : 'given');
		}
		const ignored = [...new Set(results.filter((r) => r.givenIgnored).map((r) => `${r.name} (${r.givenIgnored} km)`))];
		console.log(`twin towns, given French coordinates set aside: ${ignored.join(' | ')}`);
		expect(ignored.length).toBeLessThan(20);
	});

	it('"Joinville" given in Brazil is Joinville (Haute-Marne), placed by the COG, not at the given point', () => {
		const i = french.findIndex((f) => f.name === 'Joinville');
		expect(french[i].lon).toBeLessThan(-30);
		expect(results[i]).toMatchObject({ code: '52250', coordSource: 'cog' });
		expect(results[i].givenIgnored).toBeGreaterThan(5000);
		expect(results[i].lon).toBeCloseTo(5.14, 1);
	});

	it.each([
		// [name as written, expected kind, expected code]
		['Hesdin', 'commune', '62447'], // commune déléguée of Hesdin-la-Forêt
		['Le Touquet', 'commune', '62826'], // Le Touquet-Paris-Plage
		['Château-Gontier', 'commune', '53062'], // Château-Gontier-sur-Mayenne
		['Cran-Gevrier (Annecy)', 'commune', '74010'],
		['Juan-les-Pins (Antibes)', 'commune', '06004'],
		['Dunkirk', 'commune', '59183'],
		['Vitré, Ille-et-Vilaine', 'commune', '35360'],
		['Vernouillet, Yvelines', 'commune', '78643'],
		['Vernouillet, Eure-et-Loir', 'commune', '28404'],
		['Gers', 'departement', '32'],
		['Île-de-France', 'region', '11'],
		['Nord-Pas-de-Calais', 'region', '32'],
		['Métropole Rouen Normandie', 'epci', '200023414'],
		['Arras (communauté)', 'epci', '200033579'],
		['Bergerac (communauté)', 'epci', '200070647'],
		['Kochersberg (communauté)', 'epci', '200034635'],
		["Région d'Audruicq", 'epci', '246200844'],
		['Saint Barthélemy', 'commune', '97701']
	] as const)('%s → %s %s', (name, kind, code) => {
		const i = french.findIndex((f) => f.name === name);
		expect(i, `${name} is in the file`).toBeGreaterThanOrEqual(0);
		expect(results[i]).toMatchObject({ kind, code });
	});

	it('homonyms: the given coordinates pick the commune (two Marennes)', () => {
		const charente = resolveFrench(index, 'Marennes', { lon: -1.105, lat: 45.823 });
		expect(charente).toMatchObject({ code: '17219', departement: '17', region: '75', candidates: 2 });
		expect(charente.officialName).toBe('Marennes-Hiers-Brouage');
		expect(resolveFrench(index, 'Marennes', { lon: 4.912, lat: 45.621 })).toMatchObject({ code: '69281', region: '84' });
		const byDep = resolveFrench(index, 'Marennes', { departement: 'Rhône' });
		expect(byDep.code).toBe('69281');
		expect(byDep.ambiguous).toBeUndefined();
		const guess = resolveFrench(index, 'Marennes');
		expect(guess).toMatchObject({ candidates: 2, ambiguous: true });
	});
});

describe('partenariats.csv: every French side is a real collectivité and resolves', () => {
	const rows = csv('partenariats.csv');

	it('all 134 rows resolve, with the kind the file states', () => {
		const failures: string[] = [];
		for (const r of rows) {
			const kind = r.type_collectivite_francaise as FrenchKind;
			const e = resolveFrench(index, r.collectivite_francaise, { kind });
			if (!e.code || e.kind !== kind || !e.region) failures.push(`${r.collectivite_francaise} → ${e.kind} ${e.code}`);
		}
		expect(failures).toEqual([]);
	});

	it.each([
		['Conseil régional du Limousin', 'region', '75', 'Nouvelle-Aquitaine'],
		['Conseil Régional de Picardie', 'region', '32', 'Hauts-de-France'],
		['Région Basse-Normandie', 'region', '28', 'Normandie'],
		['Rhône-Alpes-Auvergne', 'region', '84', 'Auvergne-Rhône-Alpes'],
		['Région Sud-PACA', 'region', '93', "Provence-Alpes-Côte d'Azur"],
		['Conseil Général des Pyrénées Atlantiques', 'departement', '64', 'Pyrénées-Atlantiques'],
		['Conseil Départemental de la Vienne', 'departement', '86', 'Vienne'],
		['Communauté urbaine de Strasbourg', 'epci', '246700488', 'Eurométropole de Strasbourg'],
		['Communauté urbaine du Grand Lyon', 'epci', '200046977', 'Métropole de Lyon'],
		['Communauté d’Agglomération de Saint Omer', 'epci', '200069037', 'CA du Pays de Saint-Omer'],
		['Communauté métropolitaine de Brest', 'epci', '242900314', 'Brest Métropole'],
		['St Nazaire', 'commune', '44184', 'Saint-Nazaire']
	] as const)('%s → %s %s (%s)', (name, kind, code, official) => {
		expect(rows.some((r) => r.collectivite_francaise === name)).toBe(true);
		expect(resolveFrench(index, name, { kind })).toMatchObject({ kind, code, officialName: official });
	});

	it('"CG Dordogne" (a spelling the importer meets) is the Dordogne département', () => {
		expect(resolveFrench(index, 'CG Dordogne')).toMatchObject({ kind: 'departement', code: '24', region: '75' });
	});
});

describe('laureats.csv and the seed 003 table', () => {
	/** French sides that are networks or associations, not collectivités: they stay 'other'. */
	const NOT_COLLECTIVITES = [
		// a network of 14 collectivités, named as one (a row of the whole network)
		'Réseau de coopération décentralisée pour la Palestine (RCDP), 14 collectivités',
		// the Pays de la Loire regional multi-actor network (an association)
		'Pays de la Loire Coopération Internationale'
	];
	const rows = csv('laureats.csv');

	it('every French collectivité resolves (several per cell are split on " | ")', () => {
		const failures: string[] = [];
		const others: string[] = [];
		for (const r of rows) {
			for (const name of r.collectivite_francaise.split(' | ')) {
				const e = resolveFrench(index, name, { region: r.region_francaise || null });
				if (!e.code) others.push(name);
				else if (r.region_francaise && e.regionName !== r.region_francaise) failures.push(`${name}: ${e.regionName}`);
			}
		}
		expect(failures).toEqual([]);
		expect([...new Set(others)].sort()).toEqual([...NOT_COLLECTIVITES].sort());
		for (const name of NOT_COLLECTIVITES) expect(resolveFrench(index, name)).toMatchObject({ kind: 'other', code: null });
	});

	it.each([
		['Ville du Havre', '76351'],
		["Ville d'Hérouville Saint-Clair", '14327'],
		['Cesson Sévigné', '35051'],
		['Chambon-sur-Lignon', '43051'],
		['Ville de Vienne (Isère)', '38544'],
		['Conseil départemental de La Réunion', '974'],
		['Brest métropole Océane', '242900314'],
		['Limoges Métropole', '248719312'],
		['Communauté urbaine de Dunkerque', '245900428'],
		['Pays de Lourdes', '200069300']
	])('%s → %s', (name, code) => {
		expect(resolveFrench(index, name).code).toBe(code);
	});

	it('the seed 003 French sides resolve to codes in Occitanie (76)', () => {
		const seed = readFileSync(path.resolve(__dirname, '../fixtures/seeds/003-occitanie-laureats-2025.txt'), 'utf8');
		const header = seed.split('\n').findIndex((l) => l.startsWith('Collectivité française |'));
		const names = seed
			.split('\n')
			.slice(header + 2)
			.filter((l) => l.includes('|'))
			.map((l) => l.split('|')[0].trim());
		expect(names).toEqual([
			'Castres',
			'Montpellier Méditerranée Métropole',
			'Barjac',
			'Montpellier Métropole Méditerranée',
			'Sicoval',
			'Toulouse'
		]);
		const got = names.map((n) => resolveFrench(index, n, { region: 'Occitanie' }));
		for (const e of got) expect(e).toMatchObject({ region: '76', regionName: 'Occitanie' });
		expect(got.map((e) => e.code)).toEqual(['81065', '243400017', '30029', '243400017', '243100633', '31555']);
		expect(got[4]).toMatchObject({ kind: 'epci', officialName: 'CA du Sicoval', departement: '31' });
		// without the région hint too
		expect(resolveFrench(index, 'Barjac').code).toBe('30029');
	});
});

describe('codes, hints and coordinates', () => {
	it('resolves by code: commune, SIREN, département, région', () => {
		expect(resolveFrench(index, '34172')).toMatchObject({ kind: 'commune', officialName: 'Montpellier', region: '76' });
		expect(resolveFrench(index, '243400017')).toMatchObject({ kind: 'epci', departement: '34' });
		expect(resolveFrench(index, '2A')).toMatchObject({ kind: 'departement', officialName: 'Corse-du-Sud', region: '94' });
		expect(resolveFrench(index, '76', { kind: 'region' })).toMatchObject({ kind: 'region', officialName: 'Occitanie' });
		expect(resolveFrench(index, 'Montpelier ville', { code: '34172' })).toMatchObject({ code: '34172', name: 'Montpelier ville' });
		expect(frenchByCode(index, '74093')).toMatchObject({ code: '74010' }); // a commune déléguée's own code
		expect(epciMembers(index, '243100633')).toContain('31446'); // Ramonville-Saint-Agne in the Sicoval
	});

	it('given coordinates win; otherwise the COG place, then unresolved', () => {
		expect(resolveFrench(index, 'Toulouse', { lon: 1.5, lat: 43.5 })).toMatchObject({ lon: 1.5, lat: 43.5, coordSource: 'given' });
		const t = resolveFrench(index, 'Toulouse');
		expect(t.coordSource).toBe('cog');
		expect(t.lon).toBeCloseTo(1.44, 1);
		expect(t.lat).toBeCloseTo(43.6, 1);
		const region = resolveFrench(index, 'Occitanie');
		expect(region).toMatchObject({ kind: 'region', departement: null, coordSource: 'cog' });
	});

	it('an unknown name keeps the hinted kind, the given point and no code', () => {
		expect(resolveFrench(index, 'Syndicat mixte imaginaire', { kind: 'epci', lon: 2, lat: 47 })).toMatchObject({
			kind: 'epci',
			code: null,
			officialName: null,
			lon: 2,
			lat: 47,
			coordSource: 'given'
		});
		expect(resolveFrench(index, '')).toMatchObject({ kind: 'other', code: null, coordSource: 'unresolved' });
	});

	it('a name shared by a commune and a département: the hint, else the area unless the commune is a town', () => {
		expect(resolveFrench(index, 'Landes')).toMatchObject({ kind: 'departement', code: '40' });
		expect(resolveFrench(index, 'Landes', { departement: '17' })).toMatchObject({ kind: 'commune', code: '17202' });
		expect(resolveFrench(index, 'Bretagne')).toMatchObject({ kind: 'region', code: '53' });
		expect(resolveFrench(index, 'Vienne')).toMatchObject({ kind: 'commune', code: '38544' });
		expect(resolveFrench(index, 'Vienne', { kind: 'departement' })).toMatchObject({ kind: 'departement', code: '86' });
	});

	it('a département hint that contradicts the only commune of that name is set aside, flagged ambiguous', () => {
		expect(resolveFrench(index, 'Castres', { departement: '34' })).toMatchObject({ code: '81065', ambiguous: true });
	});

	it('memoised results are copies (callers may mutate them)', () => {
		const a = resolveFrench(index, 'Castres');
		a.name = 'changed';
		expect(resolveFrench(index, 'Castres').name).toBe('Castres');
	});

	it('every alias in french-aliases.ts points at a code the COG has', () => {
		for (const code of Object.values(COMMUNE_ALIASES)) expect(frenchByCode(index, code)?.kind).toBe('commune');
		for (const code of Object.values(EPCI_ALIASES)) expect(frenchByCode(index, code)?.kind).toBe('epci');
		for (const code of Object.values(REGION_ALIASES)) expect(frenchByCode(index, code, 'region')?.kind).toBe('region');
	});
});
