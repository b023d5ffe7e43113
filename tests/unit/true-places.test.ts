/**
 * True counts, true places (issue 13): on the real embedded data (static/data/atlas.json, built by
 * `npm run data:build` from data/sources), given points are checked against the country polygons,
 * French namesakes are set aside, overseas partners are domestic and cross-dataset duplicates count once.
 * Then the same checks on rows a user could import.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { buildCountryShapes, inCountry, outsideKm } from '../../src/lib/data/geo/in-country';
import { namesAgree, reconcileDatasets } from '../../src/lib/data/import/reconcile';
import { correctionsFor, rowCorrector } from '../../src/lib/data/import/corrections';
import { keyFigures, countByCountry } from '../../src/lib/data/aggregate';
import { buildIndex, keyFiguresAt, recordSet } from '../../src/lib/data/query';
import { FRENCH_COUNTRY_CODES, isFrenchCountry, type CoopRecord } from '../../src/lib/data/model';
import { atlas } from './helpers/map-records';
import { FILES, REPO, realResources } from './helpers/real-data';
import Papa from 'papaparse';
import { resolveFrench } from '../../src/lib/data/resolve/french';
import { loadCog, loadGazetteer } from '../../scripts/lib/resources';

const shapes = buildCountryShapes(JSON.parse(readFileSync(path.join(REPO, 'static/basemap/world.topo.json'), 'utf8')));
const { records } = atlas();
const at = (id: string) => records.find((r) => r.id === id)!;
const frenchOf = (name: string, partner: string) =>
	records.filter((r) => r.french.some((f) => f.name === name) && r.partners.some((p) => p.name === partner)).map((r) => r.french.find((f) => f.name === name)!);

describe('the embedded atlas: true places', () => {
	it('at most 3 foreign points lie more than 30 km outside their stated country', () => {
		const outside: string[] = [];
		let checked = 0;
		for (const r of records) {
			for (const p of r.partners) {
				if (p.domestic || !p.country || p.lon === null || p.lat === null) continue;
				const d = outsideKm(shapes, p.country, p.lon, p.lat);
				if (d === null) continue;
				checked++;
				if (d > 30) outside.push(`${r.id} ${p.name} (${p.country}) ${Math.round(d)} km`);
			}
		}
		console.log(`foreign points outside their country: ${outside.join(' | ') || 'none'} (of ${checked} checked)`);
		expect(checked).toBeGreaterThan(3900);
		expect(outside.length).toBeLessThanOrEqual(3);
	});

	it('the partners the source placed abroad are placed in their own country, and say so', () => {
		// Wellington (England) was given in New Zealand, Dieppe (Canada) in Normandy.
		const wellington = records.flatMap((r) => r.partners).find((p) => p.name === 'Wellington' && p.country === 'GB')!;
		expect(inCountry(shapes, 'GB', wellington.lon!, wellington.lat!)).toBe(true);
		expect(wellington.givenIgnored).toBeGreaterThan(10_000);
		expect(wellington.precision).toBe('city');
		const dieppe = at('twin-towns:279').partners[0];
		expect(dieppe).toMatchObject({ name: 'Dieppe', country: 'CA', precision: 'city' });
		expect(dieppe.lon!).toBeLessThan(-50);
	});

	it('Sceaux (Leamington Spa, Brühl) is 92071 and Franconville (Potters Bar, Viernheim) 95252, not their small namesakes', () => {
		for (const partner of ['Royal Leamington Spa', 'Brühl']) {
			const sides = frenchOf('Sceaux', partner);
			expect(sides.length, partner).toBeGreaterThan(0);
			for (const f of sides) expect(f).toMatchObject({ code: '92071', departement: '92', region: '11', coordSource: 'cog' });
		}
		for (const partner of ['Potters Bar', 'Viernheim']) {
			const sides = frenchOf('Franconville', partner);
			expect(sides.length, partner).toBeGreaterThan(0);
			for (const f of sides) expect(f).toMatchObject({ code: '95252', departement: '95', region: '11' });
		}
		expect(frenchOf('Bagneux', 'Grand-Bourg')[0].code).toBe('92007');
	});

	it('"Vienne" with Goris, Esslingen, Udine and Piotrków is Vienne (Isère), as the sourced laureate row says (data/row-overrides.csv)', () => {
		for (const id of ['twin-towns:14', 'twin-towns:2738', 'twin-towns:2741', 'twin-towns:2743']) {
			expect(at(id).french[0], id).toMatchObject({ name: 'Vienne', code: '38544', departement: '38', coordSource: 'cog' });
		}
		// Every correction cites its source and names a row of a shipped file.
		const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(REPO, 'data/row-overrides.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
		expect(rows.length).toBeGreaterThan(0);
		expect(correctionsFor(rows, 'twin-towns-france.csv')).toHaveLength(rows.length);
	});
});

describe('the embedded atlas: a point given for another town is dropped (data/row-overrides.csv, partner column)', () => {
	it('Tamatave, Kandi and the Kelso of line 2896 are placed by their name, where their sources put them', () => {
		// The twin-towns list gave Antsiranana's point for Tamatave, Cotonou's for Kandi, Westminster's for Kelso.
		for (const [id, name, lat, lon] of [
			['twin-towns:2451', 'Tamatave', -18.15, 49.4],
			['twin-towns:2770', 'Kandi', 11.13, 2.94],
			['twin-towns:2896', 'Kelso', 55.6, -2.43]
		] as const) {
			const p = at(id).partners.find((x) => x.name === name)!;
			expect(p.precision, name).toBe('city');
			expect(Math.abs(p.lat! - lat) < 0.1 && Math.abs(p.lon! - lon) < 0.1, `${name} ${p.lat},${p.lon}`).toBe(true);
		}
		// The other row naming Kelso gives its own point: untouched.
		expect(at('twin-towns:3374').partners.find((x) => x.name === 'Kelso')).toMatchObject({ precision: 'given', lat: 55.5984, lon: -2.4338 });
	});

	it('a correction names either a French side or a partner, and a partner absent from its row is reported', () => {
		const rows = [{ file: 'f.csv', line: '2', french: 'Vienne', french_code: '38544', partner: 'Goris', source_url: 'https://example.org', note: '' }];
		expect(() => correctionsFor(rows, 'f.csv')).toThrow(/either a French side or a partner/);
		const fix = correctionsFor([{ ...rows[0], french: '', french_code: '' }], 'f.csv');
		const warnings: import('../../src/lib/data/model').ReportWarning[] = [];
		const out = rowCorrector(fix, warnings)({ line: 2, french: [{ name: 'Vienne' }], partners: [{ name: 'Goris', lon: 1, lat: 2 }] } as never);
		expect(out.partners[0]).toMatchObject({ name: 'Goris', lon: null, lat: null });
		expect(warnings[0]).toMatchObject({ line: 2, code: 'partner-point-corrected' });
		rowCorrector(fix, warnings)({ line: 2, french: [], partners: [{ name: 'Sevan' }] } as never);
		expect(warnings[1]).toMatchObject({ code: 'partner-correction-unused', params: { name: 'Goris' } });
	});
});

describe('the embedded atlas: true counts', () => {
	it('no overseas-French partner is counted as foreign: marked domestic, out of partners, countries and country bars', () => {
		const overseas = records.flatMap((r) => r.partners).filter((p) => isFrenchCountry(p.country));
		expect(overseas.map((p) => p.name)).toEqual(expect.arrayContaining(['Nouméa', 'Papeete', 'Cilaos', 'Mamoudzou']));
		expect(overseas.every((p) => p.domestic === true)).toBe(true);
		expect(records.flatMap((r) => r.partners).filter((p) => p.domestic).every((p) => isFrenchCountry(p.country))).toBe(true);
		const nice = records.filter((r) => r.french.some((f) => f.code === '06088') && r.partners.some((p) => p.name === 'Nouméa'));
		expect(nice).toHaveLength(1);
		for (const k of [keyFigures(recordSet(records)), keyFiguresAt(buildIndex(records), records.map((_, i) => i))]) {
			expect(k.countries).toBe(new Set(records.flatMap((r) => r.partners).filter((p) => p.country && !p.domestic).map((p) => p.country)).size);
		}
		const onlyOverseas = keyFigures(recordSet(nice));
		expect(onlyOverseas).toMatchObject({ records: 1, partners: 0, countries: 0 });
		const bars = countByCountry(recordSet(records), 500);
		for (const code of FRENCH_COUNTRY_CODES) expect(bars.find((b) => b.key === code), code).toBeUndefined();
	});

	it('Nancy ↔ Karlsruhe, in the twin towns and the sourced partnerships, is one link with both sources', () => {
		const pair = records.filter((r) => r.french.some((f) => f.code === '54395') && r.partners.some((p) => p.name === 'Karlsruhe'));
		expect(pair.map((r) => r.source.dataset).sort()).toEqual(['partenariats', 'twin-towns']);
		expect(pair.filter((r) => !r.duplicateOf)).toHaveLength(1);
		const dup = pair.find((r) => r.duplicateOf)!;
		expect(pair.map((r) => r.id)).toContain(dup.duplicateOf);
		expect(dup.source.url).toMatch(/^https?:\/\//);
		expect(keyFigures(recordSet(pair))).toMatchObject({ records: 2, links: 1, partners: 1 });
		const index = buildIndex(records);
		const positions = records.flatMap((r, i) => (pair.includes(r) ? [i] : []));
		expect(keyFiguresAt(index, positions)).toMatchObject({ records: 2, links: 1 });
		// Across the whole atlas: each cross-dataset duplicate counts once.
		const cross = records.filter((r) => r.duplicateOf && !r.duplicateOf.startsWith(`${r.source.dataset}:`));
		expect(cross.length).toBeGreaterThanOrEqual(19);
		expect(keyFigures(recordSet(records)).links).toBe(records.filter((r) => !r.duplicateOf).length);
	});

	it('name variants of one partner are one partner, the variant kept as an alias', () => {
		const all = records.flatMap((r) => r.partners);
		const frankfurt = all.filter((p) => p.country === 'DE' && /^Frankfurt( am Main)?$/.test(p.name));
		expect(new Set(frankfurt.map((p) => p.name))).toEqual(new Set(['Frankfurt', 'Frankfurt am Main']));
		expect(new Set(frankfurt.map((p) => p.normName)).size).toBe(1);
		expect(frankfurt.find((p) => p.name === 'Frankfurt')!.aliasOf).toBe('Frankfurt am Main');
		const mbour = all.filter((p) => p.country === 'SN' && /^m.?bour$/i.test(p.name));
		expect(new Set(mbour.map((p) => p.name)).size).toBe(2);
		expect(new Set(mbour.map((p) => p.normName)).size).toBe(1);
	});
});

describe('checks on any imported file', () => {
	it('country polygons: inside, within the margin, outside, and "cannot check"', () => {
		expect(inCountry(shapes, 'NZ', 174.7772, -41.2889)).toBe(true);
		expect(inCountry(shapes, 'GB', 174.7772, -41.2889)).toBe(false);
		// Overseas départements are parts of France's polygon: checked against France outside Europe.
		expect(inCountry(shapes, 'RE', 55.4481, -20.8789)).toBe(true);
		expect(inCountry(shapes, 'RE', 2.3628, 48.9384)).toBe(false);
		// A country the 50m polygons lack is not "outside".
		expect(inCountry(shapes, 'XX', 0, 0)).toBeNull();
	});

	it('a user file: a partner point outside its country is re-placed with a warning on its line; a namesake 10× smaller is set aside unless the code is given', async () => {
		const csv = [
			'collectivite;code_insee;partenaire;pays;latitude;longitude',
			'Sceaux;;Brühl;Allemagne;50,8284;6,9049', // line 2: both sides right
			'Perpignan;;Perth;Royaume-Uni;-31,9558;115,8597', // line 3: Perth (Scotland) given in Australia
			'Sceaux;89197;Tonnerre;France;47,856;3,974' // line 4: the code keeps the small Sceaux
		].join('\n');
		const { records, report } = await importFile(csv, { fileName: 'mon-fichier.csv' }, realResources());
		expect(records).toHaveLength(3);
		const [first, second, third] = records as CoopRecord[];
		expect(first.french[0]).toMatchObject({ code: '92071' });
		expect(first.partners[0].precision).toBe('given');
		expect(second.partners[0]).toMatchObject({ country: 'GB', precision: 'city' });
		expect(second.partners[0].lat!).toBeGreaterThan(55);
		expect(report.warnings.find((w) => w.line === 3)?.message).toMatch(/Perth.*outside United Kingdom/);
		expect(report.partnersByPrecision.given).toBe(2);
		expect(third.french[0]).toMatchObject({ code: '89197' });
		expect(third.partners[0].domestic).toBe(true);
	});

	it('a user file: a partner point in whole degrees is placed by its name when the gazetteer knows it, else kept with a warning', async () => {
		const loads: string[] = [];
		const real = realResources();
		const resources = { ...real, gazetteer: async () => (loads.push('gazetteer'), loadGazetteer()) };
		const csv = [
			'collectivite;partenaire;pays;latitude;longitude',
			'Paray-le-Monial;Wells;Royaume-Uni;55;-3', // line 2: the twin-towns list's placeholder for Wells, Somerset
			'Savigny-le-Temple;Ndjili;République démocratique du Congo;-3;24', // line 3: no place of that name known
			'Sceaux;Brühl;Allemagne;50,8284;6,9049' // line 4: a real point
		].join('\n');
		const { records, report } = await importFile(csv, { fileName: 'degres.csv' }, resources);
		expect(loads).toEqual(['gazetteer']); // every row has coordinates: loaded only for the coarse ones
		const [wells, ndjili, bruhl] = records as CoopRecord[];
		expect(wells.partners[0]).toMatchObject({ country: 'GB', precision: 'city', matchedPlace: 'Wells' });
		expect(Math.abs(wells.partners[0].lat! - 51.21) < 0.05).toBe(true);
		expect(ndjili.partners[0]).toMatchObject({ precision: 'given', lat: -3, lon: 24 });
		expect(bruhl.partners[0]).toMatchObject({ precision: 'given', lat: 50.8284 });
		expect(report.warnings.filter((w) => w.code?.startsWith('partner-coarse')).map((w) => [w.line, w.code])).toEqual([
			[2, 'partner-coarse-point'],
			[3, 'partner-coarse-kept']
		]);
	});

	it('the embedded atlas: the twin-towns list\'s whole-degree points (Wells, March, Hamilton at 55° N 3° W) are placed by name', () => {
		const named = (id: string, name: string) => at(id).partners.find((p) => p.name === name)!;
		// The same partners on other rows of the list, with their own points: now the same places.
		for (const [coarse, fine, name] of [
			['twin-towns:2158', 'twin-towns:636', 'Wells'],
			['twin-towns:1302', 'twin-towns:3402', 'Hamilton']
		] as const) {
			const [a, b] = [named(coarse, name), named(fine, name)];
			expect(a.precision, name).toBe('city');
			expect(Math.hypot(a.lat! - b.lat!, a.lon! - b.lon!), name).toBeLessThan(0.1);
		}
		// March (Cambridgeshire), where the gazetteer has it.
		expect(named('twin-towns:2471', 'March')).toMatchObject({ precision: 'city', lat: 52.55, lon: 0.09 });
		const points = records.flatMap((r) => r.partners).filter((p) => p.precision === 'given' && Number.isInteger(p.lat) && Number.isInteger(p.lon));
		expect(points.map((p) => p.name)).toEqual(['Ndjili']);
	});

	it('a French point on a namesake 10× smaller gets the larger commune, unless the code is given', () => {
		const cog = loadCog();
		const village = { lon: 4.0218, lat: 47.5147 }; // Sceaux in the Yonne (commune déléguée of Guillon-Terre-Plaine)
		const r = resolveFrench(cog, 'Sceaux', village);
		expect(r).toMatchObject({ code: '92071', coordSource: 'cog' });
		expect(r.namesake).toMatchObject({ code: '89197' });
		expect(resolveFrench(cog, 'Sceaux', { ...village, code: '89197' })).toMatchObject({ code: '89197' });
		// A namesake less than 10× smaller is left as the point says.
		expect(resolveFrench(cog, 'Breuillet', { lon: -1.0548, lat: 45.6916 })).toMatchObject({ code: '17064', coordSource: 'given' });
	});

	it('a user file repeating an embedded link is marked duplicateOf it once added to the atlas', async () => {
		const csv = ['collectivite;partenaire;pays;type_lien', 'Nancy;Karlsruhe;Allemagne;jumelage', 'Nancy;Kraków;Pologne;jumelage'].join('\n');
		const { records: mine } = await importFile(csv, { fileName: 'reseau.csv' }, realResources());
		expect(mine.map((r) => r.linkType)).toEqual(['jumelage', 'jumelage']);
		const all = reconcileDatasets([...records, ...mine]).records;
		const [karlsruhe, krakow] = all.slice(records.length);
		expect(karlsruhe.duplicateOf).toBe(records.find((r) => r.french[0].code === '54395' && r.partners[0].name === 'Karlsruhe' && !r.duplicateOf)!.id);
		expect(krakow.duplicateOf).toBeUndefined();
		expect(mine[0].duplicateOf).toBeUndefined(); // the imported records themselves are not changed
		// The embedded records, already reconciled at build time, come through as they are.
		expect(all.slice(0, records.length).every((r, i) => r === records[i])).toBe(true);
	});

	it('a user file naming an embedded partner otherwise ("Frankfurt" for Lyon\'s "Frankfurt am Main") counts it as one partner, and the link once', async () => {
		const csv = ['collectivite;partenaire;pays;type_lien', 'Lyon;Frankfurt;Allemagne;jumelage'].join('\n');
		const { records: mine } = await importFile(csv, { fileName: 'reseau.csv' }, realResources());
		expect(mine[0].partners[0]).toMatchObject({ name: 'Frankfurt', normName: 'frankfurt' });
		const all = reconcileDatasets([...records, ...mine]).records;
		const added = all[records.length];
		const embedded = records.find((r) => r.french[0].code === '69123' && r.partners[0].name === 'Frankfurt am Main' && !r.duplicateOf)!;
		expect(added.partners[0]).toMatchObject({ name: 'Frankfurt', normName: 'frankfurt am main', aliasOf: 'Frankfurt am Main' });
		expect(added.duplicateOf).toBe(embedded.id);
		const partners = (rs: CoopRecord[]) => keyFigures(recordSet(rs)).partners;
		expect(partners(all)).toBe(partners(records));
		expect(keyFigures(recordSet(all)).links).toBe(keyFigures(recordSet(records)).links);
	});

	it('the country polygons are loaded only for a file that gives partner coordinates', async () => {
		let loads = 0;
		const resources = { ...realResources(), countries: () => (loads++, shapes) };
		await importFile('collectivite;partenaire;pays\nNancy;Karlsruhe;Allemagne', { fileName: 'a.csv' }, resources);
		expect(loads).toBe(0);
		await importFile('collectivite;partenaire;pays;latitude;longitude\nNancy;Karlsruhe;Allemagne;49,01;8,40', { fileName: 'b.csv' }, resources);
		expect(loads).toBe(1);
	});

	it('namesAgree: the same letters, or one name inside the other with its first word', () => {
		expect(namesAgree('m bour', 'mbour')).toBe(true);
		expect(namesAgree('frankfurt', 'frankfurt am main')).toBe(true);
		expect(namesAgree('quebec city', 'ville de quebec')).toBe(true);
		expect(namesAgree('berlin', 'berlin kreuzberg spandau')).toBe(false);
		expect(namesAgree('saint louis', 'saint denis')).toBe(false);
	});

	it('reconcileDatasets leaves records of one dataset alone and copies what it changes', () => {
		const pair = records.filter((r) => r.french.some((f) => f.code === '54395') && r.partners.some((p) => p.name === 'Karlsruhe'));
		const fresh = pair.map((r) => ({ ...r, duplicateOf: undefined }));
		const out = reconcileDatasets(fresh);
		expect(out.crossDuplicates).toBe(1);
		expect(fresh.every((r) => r.duplicateOf === undefined)).toBe(true);
		expect(reconcileDatasets(fresh.slice(0, 1)).crossDuplicates).toBe(0);
	});
});

it('the files used are the real ones', () => {
	expect(FILES.twinTowns).toMatch(/twin-towns-france\.csv$/);
});
