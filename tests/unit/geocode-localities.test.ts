/**
 * Localities of the GeoNames postal dump (static/data/localities.tsv, scripts/build-localities.ts):
 * villages and municipalities no place, region or area of the gazetteer goes by, looked up last,
 * before the country's centroid. Partners are real rows of data/sources/twin-towns-france.csv (tune
 * half of the hold-out split), scored against the row's own reference point, never given to the geocoder.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { buildGazetteer, geocodePartner, type Gazetteer, type GeocodeResult } from '../../src/lib/data/geocode/partner';
import { GAZETTEER_FILES, eachPlaceLine, decodeLatLon } from '../../src/lib/data/geocode/asset';
import { greatCircleKm } from '../../src/lib/data/geo/distance';
import { normKey } from '../../src/lib/data/text';
import { readPostal, localityName, localities } from '../../scripts/build-localities';
import { admin1CodeFinder, encodeLatLon } from '../../scripts/lib/gazetteer-lines';
import { REPO, twinTownPartners } from './helpers/real-data';

const readAsset = (rel: string) => readFileSync(path.join(REPO, 'static', rel), 'utf8');
const sample = readFileSync(path.join(REPO, 'tests/fixtures/postal/zipcodes.sample.csv'), 'utf8');

describe('reading the GeoNames postal dump', () => {
	it('reads the CSV republication and the tab-separated original alike', () => {
		const csv = readPostal(sample);
		expect(csv[0]).toEqual({ cc: 'HU', place: 'Bikal', lat: 46.3311, lon: 18.283 });
		const tsv = readPostal(
			Papa.parse<string[]>(sample, { skipEmptyLines: true })
				.data.slice(1)
				.map((c) => c.join('\t'))
				.join('\n')
		);
		expect(tsv).toEqual(csv);
	});

	it('looks a place up by the name a partner is written as', () => {
		expect(localityName('Sabrexo (Santa Maria)')).toBe('Sabrexo');
		expect(localityName('Jászfényszaru')).toBe('Jászfényszaru');
		expect(localityName('Майкоп')).toBeNull();
		expect(localityName('Budapest 05. ker.')).toBeNull();
		expect(localityName('Wien, Innere Stadt')).toBeNull();
	});

	it('one locality per place: a town with several codes is one point, namesakes far apart stay apart, France and known names are left out', () => {
		const locs = localities(readPostal(sample), (cc, key) => cc === 'DE' && key === 'rodermark');
		const names = locs.map((l) => `${l.cc} ${l.name}`);
		expect(names).not.toContain('DE Rödermark');
		expect(names.filter((n) => n.startsWith('FR'))).toEqual([]);
		expect(locs.filter((l) => l.name === 'Berlin')).toHaveLength(1);
		expect(locs.find((l) => l.name === 'Berlin')?.n).toBe(3);
		// Three Polish villages called Zalesie, 70–150 km apart: three places.
		expect(locs.filter((l) => l.name === 'Zalesie')).toHaveLength(3);
		expect(names).toContain('ES Sabrexo');
		expect(names.some((n) => n.startsWith('RU'))).toBe(false);
	});
});

describe('the admin-1 code of a point (scripts/lib/gazetteer-lines.ts, used by both gazetteer builds)', () => {
	it('is the nearest coded place\'s, across cells, with longitudes shrunk by the latitude', () => {
		const line = (name: string, lat: number, lon: number, a1: string) => `${name}\t${encodeLatLon(lat, lon)}\t${a1}\t1`;
		const places = ['=NO', line('North', 70.9, 25.0, 'N'), line('East', 70.2, 26.9, 'E'), line('Uncoded', 70.21, 25.01, ''), '=PT', line('Faro', 37.02, -7.93, '08')].join('\n');
		const codeAt = admin1CodeFinder(places);
		// 0.7° south of North but only 1.9° of longitude (0.65° at 70° N) from East: East is nearer.
		expect(codeAt('NO', 70.2, 25.0)).toBe('E');
		// Same cell as North, nearest too.
		expect(codeAt('NO', 70.8, 25.1)).toBe('N');
		// Far from every place, in another cell: still the nearest, never "".
		expect(codeAt('PT', 41.1, -8.6)).toBe('08');
		expect(codeAt('ES', 40.4, -3.7)).toBe('');
	});
});

describe('localities are read country by country, on first need', () => {
	it('finds a locality in the first, a middle and the last country block, and none in a country without one', () => {
		const line = (name: string, lat: number, lon: number) => `${name}\t${encodeLatLon(lat, lon)}\t\t1`;
		const localities = [
			'# format: atlas-gazetteer-places/1',
			'=BE',
			line('Malle', 51.3, 4.68),
			'=DE',
			line('Rödermark', 49.97, 8.83),
			line('Mühltal', 49.83, 8.7),
			'=HU',
			line('Bikal', 46.33, 18.28)
		].join('\n');
		const asset = { places: '', admin1: { regions: {} }, countries: { countries: { BE: [4.6, 50.6, 'Belgium'], HU: [19.4, 47.2, 'Hungary'], AT: [14.1, 47.6, 'Austria'] } } };
		const g = buildGazetteer({ ...asset, localities } as unknown as Parameters<typeof buildGazetteer>[0]);
		expect(geocodePartner(g, 'Malle', 'BE')).toMatchObject({ precision: 'city', matchedPlace: 'Malle', lat: 51.3 });
		expect(geocodePartner(g, 'Muhltal', 'DE')).toMatchObject({ precision: 'city', matchedPlace: 'Mühltal' });
		expect(geocodePartner(g, 'Bikal', 'HU')).toMatchObject({ precision: 'city', lat: 46.33 });
		expect(geocodePartner(g, 'Bikal', 'AT')).toMatchObject({ precision: 'country', matchedPlace: null });
		expect(geocodePartner(g, 'Malle', 'HU').precision).toBe('country');
	});
});

describe('the geocoder, with and without the localities', () => {
	let withLocal: Gazetteer;
	let without: Gazetteer;
	const refs = new Map<string, [string, string, number, number]>();

	beforeAll(() => {
		const asset = {
			places: readAsset(GAZETTEER_FILES.places),
			admin1: JSON.parse(readAsset(GAZETTEER_FILES.admin1)),
			countries: JSON.parse(readAsset(GAZETTEER_FILES.countries))
		};
		without = buildGazetteer(asset);
		withLocal = buildGazetteer({ ...asset, localities: readAsset(GAZETTEER_FILES.localities) });
		for (const [name, ref] of twinTownPartners()) refs.set(name, ref);
	});

	const run = (g: Gazetteer, name: string): GeocodeResult & { km: number } => {
		const [countryText, iso, lat, lon] = refs.get(name)!;
		const r = geocodePartner(g, name, iso, { countryText });
		return { ...r, km: r.lat === null || r.lon === null ? Infinity : greatCircleKm(r.lon, r.lat, lon, lat) };
	};

	it('villages and municipalities that were a country centroid are now placed within 30 km', () => {
		for (const name of ['Malle', 'Kluisbergen', 'Polegate', 'Mühltal', 'Wettenberg', 'Vucherens', 'Pontardawe']) {
			expect(run(without, name).precision, name).toBe('country');
			const r = run(withLocal, name);
			expect(r.precision, name).toBe('city');
			expect(r.km, name).toBeLessThan(30);
		}
	});

	it('changes nothing for a name the gazetteer places by its own spelling (every partner of twin-towns-france.csv)', () => {
		let fellThrough = 0;
		const respelled: string[] = [];
		for (const name of refs.keys()) {
			const before = run(without, name);
			const after = run(withLocal, name);
			if (before.precision === 'country') {
				fellThrough++;
				continue;
			}
			if (JSON.stringify(before) === JSON.stringify(after)) continue;
			// Only a guess by spelling skeleton (tried after the localities) may give way, to a locality of that very name.
			expect(normKey(before.matchedPlace ?? ''), name).not.toBe(normKey(name));
			expect(normKey(after.matchedPlace ?? ''), name).toBe(normKey(name));
			respelled.push(`${name}: ${before.matchedPlace} ${Math.round(before.km)} km → ${Math.round(after.km)} km`);
		}
		expect(refs.size).toBeGreaterThan(3000);
		expect(fellThrough).toBeGreaterThan(50);
		// "Henstedt-Ulzburg" was Hennstedt, 77 km away, by spelling: now the municipality itself.
		expect(respelled).toEqual(['Henstedt-Ulzburg: Hennstedt 77 km → 4 km']);
	});

	it('the asset says where it comes from, and its names are ones nothing else in the gazetteer goes by', () => {
		const text = readAsset(GAZETTEER_FILES.localities);
		expect(text).toMatch(/^# source: GeoNames postal codes/m);
		expect(text).toMatch(/^# licence: CC BY 4\.0/m);
		const known = new Set<string>();
		eachPlaceLine(readAsset(GAZETTEER_FILES.places), (cc, [name]) => known.add(`${cc}|${normKey(name)}`));
		let n = 0;
		eachPlaceLine(text, (cc, [name, latLon]) => {
			if (n++ % 101) return;
			expect(known.has(`${cc}|${normKey(name)}`), `${cc} ${name}`).toBe(false);
			expect(cc).not.toBe('FR');
			const [lat, lon] = decodeLatLon(latLon);
			expect(Math.abs(lat) <= 90 && Math.abs(lon) <= 180).toBe(true);
		});
		expect(n).toBeGreaterThan(100_000);
	});
});
