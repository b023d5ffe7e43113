import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Atlas, CoopRecord, Figure } from '../../src/lib/data/model';
import {
	OTHERS,
	UNKNOWN,
	callFigures,
	countByCountry,
	countByDepartement,
	countByLinkType,
	countByRegion,
	countByTheme,
	countByYear,
	keyFigures,
	topN
} from '../../src/lib/data/aggregate';
import { pickPatch } from '../../src/lib/charts/pick';
import { parseNumber, parseYear } from '../../src/lib/data/csv/number';
import { REGION_NAMES } from '../../src/lib/data/regions';
import { syntheticAtlas } from './helpers/synthetic';
import { buildIndex, filterRecords, recordSet } from '../../src/lib/data/query';
import { countryByIso } from '../../src/lib/data/resolve/countries';

const SOURCES = path.resolve(__dirname, '../../data/sources');
const ATLAS = path.resolve(__dirname, '../../static/data/atlas.json');

function csv(name: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(readFileSync(path.join(SOURCES, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** chiffres.csv read directly (independent of the data build): every row as a Figure. */
const figures: Figure[] = csv('chiffres.csv').map((r, i) => ({
	indicator: r.indicateur,
	year: /^\d{4}$/.test(r.annee) ? parseYear(r.annee) : null,
	value: parseNumber(r.valeur) ?? NaN,
	unit: r.unite,
	sourceUrl: r.source_url || null,
	line: i + 2
}));

const atlas: Atlas | null = existsSync(ATLAS) ? JSON.parse(readFileSync(ATLAS, 'utf8')) : null;
const laureateRows = csv('laureats.csv');

describe('callFigures — national applications vs laureates (chiffres.csv)', () => {
	const calls = callFigures(figures);
	const y = (year: number) => calls.find((c) => c.year === year)!;

	it.each([
		// year, applications, laureates, reported rates (every source), computed rate
		[2025, [158], [91], [57.6, 60], (100 * 91) / 158],
		[2024, [113], [76], [66.3], (100 * 76) / 113]
	])('%i: %j applications → %j laureates, rates %j', (year, apps, laur, rates, computed) => {
		const c = y(year);
		expect([...new Set(c.applications.map((v) => v.value))]).toEqual(apps);
		expect([...new Set(c.laureates.map((v) => v.value))]).toEqual(laur);
		expect(c.rates.map((v) => v.value).sort()).toEqual(rates);
		expect(c.computedRate).toBeCloseTo(computed, 5);
	});

	it('keeps every source: 2025 rate is 57.6 % per oc-cooperation.org and 60 % per resacoop.org', () => {
		const c = y(2025);
		expect(c.disagreement).toBe(true);
		expect(c.rates.map((v) => `${v.value}@${v.source}`).sort()).toEqual(['57.6@oc-cooperation.org', '60@resacoop.org']);
		expect(c.applications.map((v) => v.source).sort()).toEqual(['oc-cooperation.org', 'resacoop.org']);
	});

	it('ignores regional counts and unrelated indicators', () => {
		const all = calls.flatMap((c) => [...c.applications, ...c.laureates, ...c.rates]);
		expect(all.some((v) => /Occitanie|Auvergne/.test(v.indicator))).toBe(false);
		expect(all.every((v) => /candidat|retenus|lauréats|initiatives|acceptation/i.test(v.indicator))).toBe(true);
	});

	it.runIf(atlas)('gives the same result from atlas.json figures', () => {
		expect(callFigures(atlas!.figures).map((c) => [c.year, c.applications.length, c.laureates.length, c.rates.length])).toEqual(
			calls.map((c) => [c.year, c.applications.length, c.laureates.length, c.rates.length])
		);
	});
});

describe.runIf(atlas)('counts on the real atlas', () => {
	const records = atlas!.records;

	it('under a continent filter, country bars and key figures count only the partners in that continent', () => {
		const index = buildIndex(records);
		const query = { continents: ['AF'] };
		const shown = filterRecords(records, query, index);
		const african = (iso: string) => countryByIso(iso)?.continent === 'AF';
		// the records are matched by one African partner; some have partners elsewhere too (Allemagne, La Réunion…)
		expect(shown.some((r) => r.partners.some((p) => p.country && !african(p.country)))).toBe(true);
		const everyPartner = countByCountry(recordSet(shown), 1000);
		expect(everyPartner.some((b) => b.key !== UNKNOWN && !african(b.key))).toBe(true);
		const bars = countByCountry(recordSet(shown), 1000, query);
		expect(bars.length).toBeGreaterThan(3);
		expect(bars.every((b) => african(b.key))).toBe(true);
		expect(bars.find((b) => b.key === 'SN')!.count).toBe(shown.filter((r) => r.partners.some((p) => p.country === 'SN')).length);
		// the record-by-record path (a plain copy) agrees with the indexed one
		expect(countByCountry(recordSet([...shown]), 1000, query)).toEqual(bars);
		const figures = keyFigures(recordSet(shown), query);
		expect(figures.countries).toBe(bars.length);
		expect(keyFigures(recordSet([...shown]), query)).toEqual(figures);
		expect(keyFigures(recordSet(shown)).countries).toBeGreaterThan(figures.countries);
	});
	const laureates = records.filter((r) => r.source.dataset === 'laureats');
	const toulouse = laureates.find((r) => r.french.some((f) => f.name === 'Toulouse') && r.partners.length === 6)!;

	it('a record with six partners in five countries counts once in each of five country bars', () => {
		expect(toulouse).toBeTruthy();
		const bars = countByCountry(recordSet([toulouse]));
		expect(bars.map((b) => b.key).sort()).toEqual(['BE', 'BJ', 'CA', 'CH', 'RO']);
		expect(bars.every((b) => b.count === 1)).toBe(true);
	});

	it('Albanie | Kosovo (Chambon-sur-Lignon) counts in two bars', () => {
		const r = laureates.find((x) => x.french.some((f) => f.name === 'Chambon-sur-Lignon'))!;
		expect(countByCountry(recordSet([r]))).toHaveLength(2);
	});

	it('bars are sorted, top N + others + unknown last, and sum to the record-bar memberships', () => {
		const bars = countByCountry(recordSet(records), 10);
		expect(bars.filter((b) => b.key !== OTHERS && b.key !== UNKNOWN)).toHaveLength(10);
		const known = bars.filter((b) => b.key !== OTHERS && b.key !== UNKNOWN).map((b) => b.count);
		expect(known).toEqual([...known].sort((a, b) => b - a));
		expect(bars.findIndex((b) => b.key === OTHERS)).toBeGreaterThan(9);
		// Partners in France (overseas included) are in no country bar: a record with only such partners has no foreign country.
		const memberships = records.reduce(
			(s, r) => s + (new Set(r.partners.filter((p) => !p.domestic).map((p) => p.country ?? UNKNOWN)).size || 1),
			0
		);
		expect(bars.reduce((s, b) => s + b.count, 0)).toBe(memberships);
		expect(memberships).toBeGreaterThan(records.length - 1);
	});

	it('région counts of the laureates: every row laureats.csv places in the région, plus those the COG places there', () => {
		const bars = countByRegion(recordSet(laureates));
		for (const [code, name] of [['76', 'Occitanie'], ['84', 'Auvergne-Rhône-Alpes']]) {
			const count = bars.find((b) => b.key === code)?.count;
			// "Ville d'Espalion" has no région in the file; the COG puts it in Occitanie.
			expect(count, name).toBeGreaterThanOrEqual(laureateRows.filter((r) => r.region_francaise === name).length);
			expect(count, name).toBe(laureates.filter((r) => r.french.some((f) => f.region === code)).length);
		}
		expect(bars.find((b) => b.key === '76')!.count).toBe(9);
		expect(bars.every((b) => b.key === UNKNOWN || b.key in REGION_NAMES)).toBe(true);
	});

	it('one région by département: the laureates of Occitanie per département, named, each bar filtering on it', () => {
		const occitanie = laureates.filter((r) => r.french.some((f) => f.region === '76'));
		const bars = countByDepartement(recordSet(occitanie));
		expect(bars.length).toBeGreaterThan(1);
		for (const b of bars.filter((x) => x.key !== UNKNOWN)) {
			expect(b.key).toMatch(/^(\d{2}|2[AB]|97\d)$/);
			expect(b.count, b.key).toBe(occitanie.filter((r) => r.french.some((f) => f.departement === b.key)).length);
			expect(b.label).toBe(occitanie.flatMap((r) => r.french).find((f) => f.departement === b.key)!.departementName);
		}
		expect(bars.map((b) => b.count)).toEqual(bars.map((b) => b.count).sort((x, y) => y - x));
		expect(pickPatch('departement', bars[0].key)).toEqual({ departements: [bars[0].key] });
	});

	it('years ascend with gaps filled, "year not given" last (twin towns have no year)', () => {
		const bars = countByYear(recordSet(records));
		expect(bars.at(-1)!.key).toBe(UNKNOWN);
		expect(bars.at(-1)!.count).toBe(records.filter((r) => r.year == null).length);
		const years = bars.slice(0, -1).map((b) => Number(b.key));
		expect(years.every((y, i) => i === 0 || y === years[i - 1] + 1)).toBe(true);
		expect(bars.find((b) => b.key === '2025')!.count).toBe(records.filter((r) => r.year === 2025).length);
	});

	it('themes: partenariats.csv keywords, "no theme given" counted', () => {
		const part = records.filter((r) => r.source.dataset === 'partenariats');
		const bars = countByTheme(recordSet(part), 50);
		const rows = csv('partenariats.csv');
		expect(bars.find((b) => b.key === UNKNOWN)?.count).toBe(rows.filter((r) => !r.thematiques.trim()).length);
		const culture = rows.filter((r) => r.thematiques.split('|').map((t) => t.trim()).includes('culture')).length;
		expect(bars.find((b) => b.key === 'culture')?.count).toBe(culture);
	});

	it('link types and key figures', () => {
		const lt = countByLinkType(recordSet(records));
		expect(lt.reduce((s, b) => s + b.count, 0)).toBe(records.length);
		const k = keyFigures(recordSet(records));
		expect(k.records).toBe(records.length);
		expect(k.countries).toBeGreaterThan(90);
		expect(k.french).toBeGreaterThan(1000);
		expect(k.partners).toBeGreaterThan(k.french);
		expect(keyFigures(recordSet([toulouse]))).toEqual({ records: 1, links: 1, french: 1, partners: 6, countries: 5 });
	});
});

describe('topN and pickPatch', () => {
	const c = (key: string, count: number) => ({ key, label: key, count });
	it.each([
		['no others for a single leftover', [c('a', 5), c('b', 3), c('c', 1)], 2, ['a', 'b', 'c']],
		['others folds the rest', [c('a', 5), c('b', 3), c('c', 1), c('d', 1)], 2, ['a', 'b', OTHERS]],
		['unknown kept last', [c(UNKNOWN, 9), c('a', 5), c('b', 3)], 5, ['a', 'b', UNKNOWN]]
	])('%s', (_n, counts, top, keys) => {
		expect(topN(counts, top).map((x) => x.key)).toEqual(keys);
	});
	it('others sums the folded bars', () => {
		expect(topN([c('a', 5), c('b', 3), c('c', 2), c('d', 1)], 1).find((x) => x.key === OTHERS)!.count).toBe(6);
	});
	it.each([
		['country', 'SN', { countries: ['SN'] }],
		['country', UNKNOWN, { countries: ['none'] }],
		['country', OTHERS, null],
		['region', '76', { regions: ['76'] }],
		['year', '2025', { yearMin: 2025, yearMax: 2025 }],
		['year', UNKNOWN, null],
		['theme', 'culture', { themes: ['culture'] }]
	] as const)('%s %s → %j', (dim, key, patch) => {
		expect(pickPatch(dim, key)).toEqual(patch);
	});
});

describe('scale: 100k synthetic links (seeded)', () => {
	const { records } = syntheticAtlas(7, 100_000);
	it('country bars account for every record (once per distinct country)', () => {
		const bars = countByCountry(recordSet(records as CoopRecord[]), 20);
		const memberships = records.reduce((s, r) => s + (new Set(r.partners.map((p) => p.country ?? UNKNOWN)).size || 1), 0);
		expect(bars.reduce((s, b) => s + b.count, 0)).toBe(memberships);
		expect(countByYear(recordSet(records)).reduce((s, b) => s + b.count, 0)).toBe(records.length);
	});
});
