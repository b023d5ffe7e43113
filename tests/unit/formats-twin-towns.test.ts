import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { FILES, readText, realResources } from './helpers/real-data';

describe('twin-towns-france.csv, real resolvers', async () => {
	const text = readText(FILES.twinTowns);
	const { records, report } = await importFile(text, { fileName: 'twin-towns-france.csv' }, realResources());

	it('accepts all 3,782 rows as jumelages', () => {
		expect(report.format).toBe('twin-towns');
		expect(report.rows).toBe(3782);
		expect(report.accepted).toBe(3782);
		expect(report.rejected).toEqual([]);
		expect(records.every((r) => r.linkType === 'jumelage')).toBe(true);
	});

	it('resolves ≥ 99 % of partner countries and ≥ 98 % of French sides to an official code', () => {
		expect(report.partnersCountryResolved / report.partners).toBeGreaterThanOrEqual(0.99);
		expect(report.frenchResolved / report.french).toBeGreaterThanOrEqual(0.98);
	});

	it('keeps a pair the lists give twice, the later row marked as the duplicate (Abbeville – Burgess Hill)', () => {
		const pair = records.filter((r) => r.french[0].name === 'Abbeville' && r.partners[0].name === 'Burgess Hill');
		expect(pair.map((r) => r.source.line)).toEqual([421, 818]);
		expect(pair[0].duplicateOf).toBeUndefined();
		expect(pair[1].duplicateOf).toBe(pair[0].id);
		// Every duplicate points at an earlier row of the same pair.
		const byId = new Map(records.map((r) => [r.id, r]));
		const dups = records.filter((r) => r.duplicateOf);
		expect(dups.length).toBeGreaterThan(100);
		for (const d of dups) {
			const first = byId.get(d.duplicateOf!)!;
			expect(first.source.line).toBeLessThan(d.source.line);
			expect([first.french[0].code, first.partners[0].normName, first.partners[0].country]).toEqual([d.french[0].code, d.partners[0].normName, d.partners[0].country]);
		}
	});

	it('keeps the given coordinates of the partners, except those outside their own country or in whole degrees, re-placed with a warning each', () => {
		const replaced = records.flatMap((r) => r.partners.filter((p) => p.givenIgnored !== undefined).map((p) => ({ line: r.source.line, p })));
		// "55, -3" for Wells, March and Hamilton; "47, -110" for Montana (Bulgaria)…: placed by name.
		const coarse = report.warnings.filter((w) => w.code === 'partner-coarse-point');
		expect(coarse.map((w) => w.params?.name).sort()).toEqual(['Greece', 'Hamilton', 'Lorraine', 'March', 'Montana', 'Wells']);
		expect(report.partnersByPrecision.given + replaced.length + coarse.length).toBe(3782);
		expect(replaced.length).toBeGreaterThan(30);
		expect(replaced.length).toBeLessThan(60);
		for (const { line, p } of replaced) {
			expect(p.precision).not.toBe('given');
			expect(report.warnings.some((w) => w.line === line && w.code === 'partner-outside-country'), `line ${line}`).toBe(true);
		}
	});

	it('finds the French side in either pair of columns', () => {
		// Line 2: "Berat,Albania,…,Bérat,France,…" (France second); line 3: La Plata / Boulogne-sur-Mer.
		const first = records.find((r) => r.source.line === 2)!;
		expect(first.french[0]).toMatchObject({ name: 'Bérat', departement: '31', coordSource: 'given' });
		expect(first.partners[0]).toMatchObject({ name: 'Berat', country: 'AL', precision: 'given', lat: 40.7022, lon: 19.9583 });
		const lines = text.split(/\r?\n/);
		const frFirst = lines.findIndex((l, i) => i > 0 && /^[^,]+,France,/.test(l));
		const rec = records.find((r) => r.source.line === frFirst + 1)!;
		expect(rec.french[0].name).toBe(lines[frFirst].split(',')[0]);
		expect(rec.partners[0].country).not.toBe('FR');
	});

	it('a mainland town twinned with an overseas one keeps the overseas town as partner', () => {
		const r = records.find((x) => x.partners[0].name === 'Cilaos')!;
		expect(r.partners[0].country).toBe('RE');
		expect(report.warnings.some((w) => w.line === r.source.line && /French territory/.test(w.message))).toBe(true);
	});
});
