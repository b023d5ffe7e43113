/** The per-row `checked` date: read from the source files (and imported files), carried to every record and through the wire format. */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { parseIsoDate } from '../../src/lib/data/formats/values';
import { detectMapping } from '../../src/lib/data/formats';
import { decodeAtlas, encodeAtlas } from '../../src/lib/data/wire';
import { FILES, readBytes, realResources } from './helpers/real-data';

describe('checked dates', () => {
	it('every row of the four source files carries its checked date to its record or figure', async () => {
		for (const [file, fileName] of [
			[FILES.laureats, 'laureats.csv'],
			[FILES.partenariats, 'partenariats.csv'],
			[FILES.twinTowns, 'twin-towns-france.csv'],
			[FILES.chiffres, 'chiffres.csv']
		]) {
			const { records, figures, report } = await importFile(readBytes(file), { fileName }, realResources());
			expect(report.rejected).toEqual([]);
			const dates = [...records.map((r) => r.source.checked), ...figures.map((f) => f.checked)];
			expect(dates.length).toBeGreaterThan(0);
			expect(new Set(dates)).toEqual(new Set(['2026-11-23']));
		}
	});

	it('headers "checked", "vérifié le", "Date de vérification", "consulté le" name the field, not the year or the URL', () => {
		for (const h of ['checked', 'Vérifié le', 'Date de vérification', 'consulté le', 'Source checked']) {
			const m = detectMapping(['Collectivité française', 'Collectivité partenaire', 'Pays', 'Année', 'Source', h]);
			expect(m.checked, h).toBe(h);
			expect(m.year).toBe('Année');
			expect(m.url).toBe('Source');
		}
	});

	it('an imported file with a "vérifié le" column in French dates', async () => {
		const csv = 'Collectivité française;Collectivité partenaire;Pays;Vérifié le\nGrenoble;Sévan;Arménie;03/02/2025\nNancy;Kanazawa;Japon;pas vérifié\n';
		const { records } = await importFile(csv, { fileName: 'mine.csv' }, realResources());
		expect(records.map((r) => r.source.checked)).toEqual(['2025-02-03', undefined]);
	});

	it('dates are checked, never guessed', () => {
		expect(parseIsoDate('2026-11-23')).toBe('2026-11-23');
		expect(parseIsoDate('23/11/2026')).toBe('2026-11-23');
		expect(parseIsoDate('2026-02-30')).toBeNull();
		expect(parseIsoDate('novembre 2026')).toBeNull();
		expect(parseIsoDate('')).toBeNull();
	});

	it('survives the compact wire format', async () => {
		const { records, figures } = await importFile(readBytes(FILES.laureats), { fileName: 'laureats.csv' }, realResources());
		const atlas = { datasets: [], records, figures };
		expect(decodeAtlas(JSON.parse(JSON.stringify(encodeAtlas(atlas)))).records.map((r) => r.source.checked)).toEqual(records.map((r) => r.source.checked));
	});
});
