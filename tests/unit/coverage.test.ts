/** The /donnees aggregates on the real embedded data (built from data/sources) and the real corrections files. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetCoverage, type PlaceOverride, type RowOverride } from '../../src/lib/data/coverage';
import type { Atlas } from '../../src/lib/data/model';
import { FILES, REPO, readText } from './helpers/real-data';

const csv = <T>(file: string) => Papa.parse<T>(readText(file), { header: true, skipEmptyLines: true }).data;
const atlas = JSON.parse(readFileSync(path.join(REPO, 'static/data/atlas.json'), 'utf8')) as Atlas;
const rowOverrides = csv<RowOverride>(path.join(REPO, 'data/row-overrides.csv'));
const placeOverrides = csv<PlaceOverride>(path.join(REPO, 'data/places-overrides.csv'));
const coverage = datasetCoverage(atlas, rowOverrides, placeOverrides);
const of = (id: string) => coverage.find((c) => c.id === id)!;

describe('/donnees: per-dataset coverage on the real data', () => {
	it('one entry per embedded dataset, with its record (or figure) count from the source file', () => {
		expect(coverage.map((c) => c.id)).toEqual(['twin-towns', 'laureats', 'partenariats', 'chiffres']);
		expect(of('twin-towns').records).toBe(csv(FILES.twinTowns).length);
		expect(of('laureats').records).toBe(csv(FILES.laureats).length);
		expect(of('partenariats').records).toBe(csv(FILES.partenariats).length);
		expect(of('chiffres')).toMatchObject({ records: 0, figures: csv(FILES.chiffres).length });
	});

	it('years as the source files give them; twin towns have none', () => {
		const years = (file: string, col: string) => csv<Record<string, string>>(file).map((r) => Number(r[col])).filter((y) => y > 0);
		const laureats = years(FILES.laureats, 'annee');
		expect(of('laureats').years).toEqual({ min: Math.min(...laureats), max: Math.max(...laureats) });
		const partenariats = years(FILES.partenariats, 'annee_debut');
		expect(of('partenariats').years).toEqual({ min: Math.min(...partenariats), max: Math.max(...partenariats) });
		expect(of('partenariats').withoutYear).toBe(csv(FILES.partenariats).length - partenariats.length);
		expect(of('twin-towns').years).toBeNull();
		expect(of('twin-towns').themes).toEqual([]);
	});

	it('themes counted per record, most frequent first', () => {
		const themes = of('partenariats').themes;
		expect(themes.length).toBeGreaterThan(5);
		for (let i = 1; i < themes.length; i++) expect(themes[i - 1].count).toBeGreaterThanOrEqual(themes[i].count);
		const culture = csv<Record<string, string>>(FILES.partenariats).filter((r) => r.thematiques.split(/\s*\|\s*/).includes('culture')).length;
		expect(themes.find((t) => t.theme === 'culture')?.count).toBe(culture);
	});

	it('geocoding precision: every partner counted once; twin towns come with their points', () => {
		for (const c of coverage) {
			const partners = atlas.records.filter((r) => r.source.dataset === c.id).reduce((n, r) => n + r.partners.length, 0);
			expect(Object.values(c.precision).reduce((a, b) => a + b, 0)).toBe(partners);
		}
		const tt = of('twin-towns').precision;
		expect(tt.given).toBeGreaterThan(3000);
		expect(of('laureats').precision.given).toBe(0);
	});

	it('duplicates across datasets and partner name variants, as the build reconciled them', () => {
		const dup = coverage.reduce((n, c) => n + c.duplicates, 0);
		expect(dup).toBe(atlas.records.filter((r) => r.duplicateOf).length);
		expect(dup).toBeGreaterThan(0);
		expect(coverage.reduce((n, c) => n + c.aliases, 0)).toBeGreaterThan(0);
	});

	it('corrections: the row overrides of each file with their source links, the places overrides used', () => {
		const tt = of('twin-towns').rowCorrections;
		expect(tt).toHaveLength(rowOverrides.filter((o) => o.file === 'twin-towns-france.csv').length);
		expect(tt[0]).toMatchObject({ file: 'twin-towns-france.csv', line: 14 });
		expect(tt[0].url).toMatch(/^https?:\/\//);
		expect(of('laureats').rowCorrections).toEqual([]);
		const bargny = of('laureats').placeCorrections.find((c) => c.name === 'Bargny (SN)');
		expect(bargny).toMatchObject({ file: 'places-overrides.csv', partners: 1 });
		expect(bargny!.url).toContain('wikipedia.org');
	});

	it('check dates: the oldest and newest from the checked column, none missing', () => {
		for (const c of coverage) expect(c.checked).toEqual({ oldest: '2026-11-23', newest: '2026-11-23', missing: 0 });
	});

	it('a record without a check date is counted as missing, and an older one becomes the oldest', () => {
		const [a, b, ...rest] = atlas.records.filter((r) => r.source.dataset === 'laureats');
		const edited: Atlas = {
			...atlas,
			records: [{ ...a, source: { ...a.source, checked: '2024-03-01' } }, { ...b, source: { ...b.source, checked: undefined } }, ...rest]
		};
		const laureats = datasetCoverage(edited, [], []).find((c) => c.id === 'laureats')!;
		expect(laureats.checked).toEqual({ oldest: '2024-03-01', newest: '2026-11-23', missing: 1 });
	});
});
