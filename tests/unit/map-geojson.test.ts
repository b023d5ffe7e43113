import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Position } from 'geojson';
import { buildMapData, greatCircle, isApproximate } from '../../src/lib/map/geojson';
import { fixAntimeridian, unwrapLongitudes } from '../../src/lib/map/antimeridian';
import { selectRecords, recordSet } from '../../src/lib/data/query';
import { french, partner, record, twinRows, twinTownRecords } from './helpers/map-records';

const require = createRequire(import.meta.url);

/**
 * Largest longitude step between consecutive vertices: ≥ 180 would draw a band across the map.
 * Edges along a pole (both ends beyond Mercator's ±85°) are off the map and close polar rings: skipped.
 */
function maxStep(line: Position[]): number {
	let m = 0;
	for (let i = 1; i < line.length; i++) {
		if (Math.abs(line[i][1]) > 85.06 && Math.abs(line[i - 1][1]) > 85.06) continue;
		m = Math.max(m, Math.abs(line[i][0] - line[i - 1][0]));
	}
	return m;
}

describe('buildMapData on the 3,782 real twin-town pairs', () => {
	const records = twinTownRecords();
	const data = buildMapData(recordSet(records));

	it('draws every pair once, with both ends at the given coordinates', () => {
		expect(data.links).toBe(twinRows().length);
		expect(data.unplaced).toBe(0);
		const total = data.arcs.features.reduce((s, f) => s + f.properties.count, 0);
		expect(total).toBe(records.length);
		const berat = data.arcs.features.find((f) => f.properties.fromName === 'Bérat' && f.properties.toName === 'Berat')!;
		expect(berat.geometry.coordinates[0]).toEqual([1.1767, 43.3786]);
		expect(berat.geometry.coordinates.at(-1)).toEqual([19.9583, 40.7022]);
		expect(berat.properties.country).toBe('AL');
	});

	it('sizes points by their number of links (sum over points = links on each side)', () => {
		const fr = data.french.features.reduce((s, f) => s + f.properties.links, 0);
		const pa = data.partners.features.reduce((s, f) => s + f.properties.links, 0);
		expect(fr).toBe(data.links);
		expect(pa).toBe(data.links);
		// Paris is twinned with Rome only ("Seule Paris est digne de Rome"): one link.
		expect(data.french.features.find((f) => f.properties.name === 'Paris')?.properties.links).toBe(1);
		expect(Math.max(...data.french.features.map((f) => f.properties.links))).toBeGreaterThan(5);
	});

	it('keeps every arc continuous across ±180 (Hawaii County ↔ Réunion crosses it)', () => {
		for (const f of data.arcs.features) expect(maxStep(f.geometry.coordinates)).toBeLessThan(180);
		const hawaii = data.arcs.features.find((f) => f.properties.toName === 'Hawaii County')!;
		const lons = hawaii.geometry.coordinates.map((p) => p[0]);
		expect(Math.max(...lons) > 180 || Math.min(...lons) < -180).toBe(true);
	});

	it('gives each arc the keys of a link selection that finds exactly its records', () => {
		for (const f of data.arcs.features.slice(0, 200)) {
			const sel = { kind: 'link' as const, from: f.properties.from, to: f.properties.to };
			expect(selectRecords(records, sel).length).toBe(f.properties.count);
		}
	});
});

describe('approximate and unplaced partners', () => {
	// Real seed-003 shapes: a partner named without a city lands on its country's centroid.
	const rows = [
		record('seed:1', [french('Castres', 2.24, 43.6, { code: '81065', region: '76', regionName: 'Occitanie' })], [
			partner('Bethléem', 'Palestine, State of', 35.2, 31.7, 'country'),
			partner('Kharas', 'Namibia', 18.0, -26.8, 'region'),
			partner('Bohicon', 'Benin', 2.07, 7.18, 'city'),
			partner('Inconnue', 'Narnia', null, null, 'unresolved')
		])
	];
	const data = buildMapData(recordSet(rows));

	it.each([
		['Bethléem', 1],
		['Kharas', 1],
		['Bohicon', 0]
	])('%s approx = %i', (name, approx) => {
		expect(data.partners.features.find((f) => f.properties.name === name)?.properties.approx).toBe(approx);
	});

	it('counts partners without coordinates as unplaced, never drops the record', () => {
		expect(data.links).toBe(3);
		expect(data.unplaced).toBe(1);
		expect(data.french.features[0].properties.records).toBe(1);
	});

	it('flags only country/region precision as approximate', () => {
		expect(['given', 'city', 'region', 'country', 'unresolved'].map((p) => isApproximate(p as never))).toEqual([false, false, true, true, false]);
	});
});

describe('under a partner filter', () => {
	it('only the partners the filter is about are drawn (a German town twinned with the same commune stays off "Africa")', () => {
		const rows = [
			record('t:1', [french('Castres', 2.24, 43.6, { code: '81065' })], [partner('Bohicon', 'Benin', 2.07, 7.18, 'city'), partner('Brühl', 'Germany', 6.9, 50.83, 'city')])
		];
		const all = buildMapData(recordSet(rows));
		expect(all.partners.features.map((f) => f.properties.name).sort()).toEqual(['Bohicon', 'Brühl']);
		const africa = buildMapData(recordSet(rows), 'fr', new Map(), (iso) => iso === 'BJ');
		expect(africa.partners.features.map((f) => f.properties.name)).toEqual(['Bohicon']);
		expect([africa.links, africa.pairCount, africa.arcs.features.length]).toEqual([1, 1, 1]);
	});
});

describe('the shared arc cache', () => {
	it('the same pair with a moved point gets a new arc (an import or a correction moved it)', () => {
		const cache = new Map();
		const at = (lon: number, lat: number) =>
			[record('t:1', [french('Sceaux', 2.29, 48.78, { code: '92071' })], [partner('Brühl', 'Germany', lon, lat, 'city')])];
		const first = buildMapData(recordSet(at(6.9, 50.83)), 'fr', cache).arcs.features[0].geometry.coordinates;
		const moved = buildMapData(recordSet(at(8.53, 49.4)), 'fr', cache).arcs.features[0].geometry.coordinates;
		expect(first.at(-1)).toEqual([6.9, 50.83]);
		expect(moved.at(-1)).toEqual([8.53, 49.4]);
		expect(moved).toEqual(greatCircle([2.29, 48.78], [8.53, 49.4]));
	});
});

describe('great circles and the antimeridian', () => {
	it.each([
		['Paris → Tokyo', [2.35, 48.86], [139.69, 35.69]],
		['Réunion → Hawaii', [55.53, -21.11], [-155.56, 19.63]],
		['Nouméa → Papeete', [166.45, -22.27], [-149.57, -17.54]]
	])('%s has no step ≥ 180° and ends where it should', (_, a, b) => {
		const line = greatCircle(a, b);
		expect(maxStep(line)).toBeLessThan(180);
		expect(line[0]).toEqual(a);
		expect(((line.at(-1)![0] - b[0]) % 360 + 360) % 360).toBeCloseTo(0, 6);
	});

	it('fixes the real world-atlas rings of Russia, Fiji and Antarctica', () => {
		const topo = require('world-atlas/countries-50m.json');
		const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;
		for (const name of ['Russia', 'Fiji', 'Antarctica']) {
			const f = fc.features.find((x) => x.properties.name === name)!;
			const fixed = fixAntimeridian(f.geometry);
			const polys = fixed.type === 'Polygon' ? [fixed.coordinates] : fixed.coordinates;
			for (const p of polys)
				for (const ring of p) {
					expect(maxStep(ring)).toBeLessThan(180);
					expect(ring[0]).toEqual(ring.at(-1));
				}
		}
	});

	it('unwraps a sequence that jumps from 179.9 to -179.9', () => {
		expect(unwrapLongitudes([[179, 0], [179.9, 1], [-179.9, 2], [-179, 3]])).toEqual([[179, 0], [179.9, 1], [180.1, 2], [181, 3]].map(([x, y]) => [expect.closeTo(x, 9), y]));
	});

	it('the shipped basemap has no ring with a step ≥ 180°', () => {
		const world = JSON.parse(readFileSync('static/basemap/world.topo.json', 'utf8'));
		const fc = feature(world, world.objects.countries) as unknown as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
		for (const f of fc.features) {
			const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const p of polys) for (const ring of p) expect(maxStep(ring)).toBeLessThan(180);
		}
	});
});
