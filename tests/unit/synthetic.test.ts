import { describe, expect, it } from 'vitest';
import { syntheticAtlas, syntheticContinent, SYNTHETIC_DATASETS } from './helpers/synthetic';
import { countryByIso } from '../../src/lib/data/resolve/countries';
import { LINK_TYPES, PRECISIONS } from '../../src/lib/data/model';

describe('syntheticAtlas', () => {
	const atlas = syntheticAtlas(42, 5000);
	const links = atlas.records.reduce((n, r) => n + r.partners.length, 0);

	it('is deterministic for a seed and differs across seeds', () => {
		expect(syntheticAtlas(42, 5000)).toEqual(atlas);
		expect(syntheticAtlas(43, 5000).records[0]).not.toEqual(atlas.records[0]);
	});

	it('makes exactly nLinks links', () => {
		expect(links).toBe(5000);
		expect(syntheticAtlas(1, 1).records.reduce((n, r) => n + r.partners.length, 0)).toBe(1);
	});

	it('is labelled synthetic everywhere, never passing for real data', () => {
		for (const d of atlas.datasets) {
			expect(d.id).toMatch(/^synthetic/);
			expect(d.title).toMatch(/synthétiques/);
		}
		for (const r of atlas.records) {
			expect(r.source.dataset).toMatch(/^synthetic/);
			expect(r.id).toMatch(/^synthetic/);
			expect(r.source.url).toBeNull();
		}
		expect(SYNTHETIC_DATASETS.map((d) => d.id)).toEqual(atlas.datasets.map((d) => d.id));
	});

	it('has unique record ids', () => {
		expect(new Set(atlas.records.map((r) => r.id)).size).toBe(atlas.records.length);
	});

	it('uses real country codes with their continents', () => {
		const isos = new Set(atlas.records.flatMap((r) => r.partners.map((p) => p.country)).filter((c): c is string => !!c));
		expect(isos.size).toBeGreaterThan(30);
		for (const iso of isos) expect(countryByIso(iso)?.continent, iso).toBe(syntheticContinent(iso));
	});

	it('gives French collectivités codes, départements, régions and coordinates in France', () => {
		for (const r of atlas.records)
			for (const f of r.french) {
				expect(f.code).toBeTruthy();
				expect(f.region).toMatch(/^\d{2}$/);
				expect(f.regionName).toBeTruthy();
				expect(f.lon).not.toBeNull();
				if (f.kind === 'commune') expect(f.code).toMatch(/^(\d{5}|2[AB]\d{3})$/);
			}
	});

	it('spreads over link types, precisions, years and calls like real data', () => {
		const types = new Set(atlas.records.map((r) => r.linkType));
		expect([...types].sort()).toEqual([...LINK_TYPES].sort());
		const precisions = new Set(atlas.records.flatMap((r) => r.partners.map((p) => p.precision)));
		expect(precisions).toContain('city');
		expect(precisions).toContain('country');
		expect(PRECISIONS).toEqual(expect.arrayContaining([...precisions]));
		const years = atlas.records.map((r) => r.year).filter((y): y is number => y !== null);
		expect(Math.min(...years)).toBeGreaterThanOrEqual(1950);
		expect(Math.max(...years)).toBeLessThanOrEqual(2025);
		expect(atlas.records.some((r) => r.year === null)).toBe(true);
		for (const r of atlas.records) if (r.call) expect(r.call.name).toMatch(/ \d{4}$/);
		expect(atlas.records.some((r) => r.partners.length > 1)).toBe(true);
	});
});
