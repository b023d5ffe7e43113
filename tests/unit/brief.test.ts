import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BRIEF_CHARTS, briefFiles, briefIndexHtml, briefRegions, dataVersion } from '../../src/lib/export/brief';
import { decodeAtlas } from '../../src/lib/data/wire';
import { recordsForRegion } from '../../src/lib/data/places';
import { REGIONS, regionByCode } from '../../src/lib/data/regions';

const occitanie = regionByCode('76')!;

describe('brief régions', () => {
	it('"all" is the régions that have records in the shipped atlas, not the empty ones', () => {
		const atlas = decodeAtlas(JSON.parse(readFileSync('static/data/atlas.columns.json', 'utf8')));
		const counts = new Map(REGIONS.map((r) => [r.code, recordsForRegion(atlas.records, r.code).length]));
		const all = briefRegions('all', counts);
		expect(all.map((r) => r.code)).toEqual(REGIONS.filter((r) => counts.get(r.code)! > 0).map((r) => r.code));
		expect(all.map((r) => r.code)).toContain('76');
		expect(all.every((r) => counts.get(r.code)! > 0)).toBe(true);
		expect(all.length).toBeGreaterThanOrEqual(12); // the 12 regional networks, and more
	});

	it('a list of codes, "1" read as "01", in the order given', () => {
		const none = new Map<string, number>();
		expect(briefRegions('76', none).map((r) => r.name)).toEqual(['Occitanie']);
		expect(briefRegions('11, 1', none).map((r) => r.code)).toEqual(['11', '01']);
	});

	it('an unknown code fails with the list of valid codes, in French and English', () => {
		expect(() => briefRegions('99', new Map())).toThrow(/Code de région inconnu « 99 ».*76 \(Occitanie\)/s);
		expect(() => briefRegions('99', new Map())).toThrow(/Unknown région code "99"/);
		expect(() => briefRegions('', new Map())).toThrow(/inconnu/);
	});
});

describe('brief file names', () => {
	it('ASCII, one stem per région, chart names in the language', () => {
		const fr = briefFiles(regionByCode('93')!, 'fr');
		expect(fr.stem).toBe('provence-alpes-cote-d-azur-93');
		expect(fr.pdf).toBe('provence-alpes-cote-d-azur-93.pdf');
		expect(fr.csv).toBe('provence-alpes-cote-d-azur-93-fiches.csv');
		expect(fr.zip).toBe('provence-alpes-cote-d-azur-93-dossier.zip');
		expect(BRIEF_CHARTS.map((c) => fr.chart(c, 'png'))).toEqual([
			'provence-alpes-cote-d-azur-93-graphique-pays.png',
			'provence-alpes-cote-d-azur-93-graphique-thematiques.png',
			'provence-alpes-cote-d-azur-93-graphique-regions.png',
			'provence-alpes-cote-d-azur-93-graphique-annees.png'
		]);
		const en = briefFiles(occitanie, 'en');
		expect(en.chart('year', 'svg')).toBe('occitanie-76-chart-years.svg');
		expect(en.csv).toBe('occitanie-76-records.csv');
		// every name is distinct across régions
		const stems = REGIONS.map((r) => briefFiles(r, 'fr').stem);
		expect(new Set(stems).size).toBe(18);
		for (const s of stems) expect(s).toMatch(/^[a-z0-9-]+$/);
	});
});

describe('brief index.html', () => {
	const files = briefFiles(occitanie, 'fr');
	const item = {
		region: occitanie,
		records: 1234,
		pdf: files.pdf,
		csv: files.csv,
		charts: [{ title: 'Partenariats par pays partenaire — Occitanie', png: files.chart('country', 'png'), svg: files.chart('country', 'svg') }]
	};

	it('says the région, the date, the data version and count, and links every file', () => {
		const html = briefIndexHtml({ lang: 'fr', date: '2026-12-07', version: '2026-11-30', items: [item] });
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).toContain('<title>Dossier régional : Occitanie</title>');
		expect(html).toContain('Dossier du 2026-12-07 · données du 2026-11-30');
		expect(html).toMatch(/1\u202f234 fiches|1 234 fiches/);
		expect(html).toContain('href="occitanie-76.pdf"');
		expect(html).toContain('href="occitanie-76-fiches.csv"');
		expect(html).toContain('Partenariats par pays partenaire — Occitanie : <a href="occitanie-76-graphique-pays.png">PNG</a>');
		expect(html).toContain('href="occitanie-76-graphique-pays.svg"');
		expect(html).not.toMatch(/<script|https?:\/\//); // self-contained, works offline
	});

	it('names the released data version when it is known', () => {
		const html = briefIndexHtml({ lang: 'fr', date: '2026-12-07', version: '2026-11-23', versionId: 'e2be1de9f41b', items: [item] });
		expect(html).toContain('Dossier du 2026-12-07 · données du 2026-11-23, version e2be1de9f41b');
		const en = briefIndexHtml({ lang: 'en', date: '2026-12-07', version: '2026-11-23', versionId: 'e2be1de9f41b', items: [item] });
		expect(en).toContain('data of 2026-11-23, version e2be1de9f41b');
	});

	it('an index of several régions links into their folders, in English too', () => {
		const html = briefIndexHtml({ lang: 'en', date: '2026-12-07', version: '', items: [{ ...item, dir: files.stem }, { region: regionByCode('11')!, records: 1, charts: [], dir: 'ile-de-france-11' }] });
		expect(html).toContain('<title>Regional briefs on decentralised cooperation</title>');
		expect(html).toContain('href="occitanie-76/occitanie-76.pdf"');
		expect(html).toContain('Île-de-France');
		expect(html).toContain('1 record');
		expect(html).toContain('data of —');
	});

	it('escapes names', () => {
		const html = briefIndexHtml({ lang: 'fr', date: 'd', version: 'v', items: [{ ...item, charts: [{ title: '<b>x</b> & "y"', png: 'a b.png' }] }] });
		expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
		expect(html).toContain('href="a%20b.png"');
	});

	it('the data version is the newest date of the shipped datasets (imports left out)', () => {
		expect(dataVersion([{ date: '2025-01-01' }, { date: '2026-03-02' }, { date: '2027-01-01', imported: true }, { date: '' }])).toBe('2026-03-02');
		expect(dataVersion([])).toBe('');
	});
});
