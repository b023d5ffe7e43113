import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { FILES, readText, realResources } from './helpers/real-data';

describe('chiffres.csv', async () => {
	const { figures, records, report } = await importFile(readText(FILES.chiffres), { fileName: 'chiffres.csv' }, realResources());

	it('keeps all 154 figures and no records', () => {
		expect(report.format).toBe('figures');
		expect(report.rows).toBe(154);
		expect(report.accepted).toBe(154);
		expect(figures).toHaveLength(154);
		expect(records).toEqual([]);
	});

	it('reads French decimal commas: "57,6" → 57.6', () => {
		const rate = figures.find((f) => f.indicator === "Taux d'acceptation (AAP coopération décentralisée MEAE)" && f.year === 2025)!;
		expect(rate).toMatchObject({ value: 57.6, unit: '%', line: 5 });
		expect(rate.sourceUrl).toMatch(/^https:\/\/www\.oc-cooperation\.org\//);
		expect(figures.find((f) => f.line === 3)).toMatchObject({ year: 2025, value: 158, unit: 'dossiers' });
	});

	it('keeps figures on which sources disagree (2025: 11 and 10 calls)', () => {
		const calls2025 = figures.filter((f) => /^Nombre d'appels à projets/.test(f.indicator) && f.year === 2025);
		expect(new Set(calls2025.map((f) => f.value)).size).toBeGreaterThan(1);
	});
});
