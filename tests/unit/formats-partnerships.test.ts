import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { FILES, readText, realResources } from './helpers/real-data';

describe('partenariats.csv, real resolvers', async () => {
	const text = readText(FILES.partenariats);
	const { records, report } = await importFile(text, { fileName: 'partenariats.csv' }, realResources());
	const at = (line: number) => records.find((r) => r.source.line === line)!;

	it('accepts all 134 rows', () => {
		expect(report.format).toBe('partnerships');
		expect(report.rows).toBe(134);
		expect(report.accepted).toBe(134);
		expect(report.rejected).toEqual([]);
		expect(report.partnersCountryResolved).toBe(report.partners);
	});

	it('maps type_lien, thematiques and annee_debut', () => {
		// Line 2: Grenoble, commune, Sévan, Arménie, 2006, cooperation_decentralisee, santé | tourisme durable | …
		expect(at(2)).toMatchObject({
			linkType: 'cooperation_decentralisee',
			year: 2006,
			themes: ['santé', 'tourisme durable', 'énergies renouvelables', 'francophonie', 'diversité culturelle']
		});
		expect(at(2).partners[0]).toMatchObject({ name: 'Sévan', country: 'AM' });
		expect(at(3)).toMatchObject({ linkType: 'jumelage', year: 1973 });
		expect(at(4).year).toBeNull();
		const kinds = new Set(records.map((r) => r.linkType));
		expect([...kinds].sort()).toEqual(['autre', 'cooperation_decentralisee', 'jumelage', 'pacte_amitie'].filter((k) => kinds.has(k as never)));
	});

	it('old region names and "Conseil général" resolve to current codes', () => {
		const limousin = records.find((r) => r.french[0].name === 'Conseil régional du Limousin')!;
		expect(limousin.french[0]).toMatchObject({ kind: 'region', code: '75' });
		expect(report.frenchResolved / report.french).toBeGreaterThanOrEqual(0.95);
	});

	it('keeps both rows of a partnership stated twice and marks the second (Aquitaine / Nouvelle-Aquitaine – Itasy)', () => {
		const itasy = records.filter((r) => r.partners[0].name === 'Région Itasy');
		expect(itasy).toHaveLength(2);
		expect(itasy[1].duplicateOf).toBe(itasy[0].id);
		expect(itasy[0].duplicateOf).toBeUndefined();
	});

	it('each row keeps its own source year (Alençon – Koutiala)', () => {
		const koutiala = records.filter((r) => r.partners.some((p) => p.name === 'Koutiala'));
		expect(koutiala.length).toBeGreaterThanOrEqual(1);
		for (const r of koutiala) expect(r.source.url).toMatch(/^https?:\/\//);
	});
});
