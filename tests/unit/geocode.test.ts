/**
 * Offline geocoding of foreign partners, on real partner names from the seed 003 table,
 * laureats.csv, partenariats.csv and twin-towns-france.csv, against the committed assets.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import countriesIso from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json';
import { buildGazetteer, geocodePartner, type Gazetteer } from '../../src/lib/data/geocode/partner';
import { GAZETTEER_FILES, decodeLatLon } from '../../src/lib/data/geocode/asset';
import { analyseName, plainKey } from '../../src/lib/data/geocode/variants';
import { normKey } from '../../src/lib/data/text';
import { resolveCountry } from '../../src/lib/data/resolve/countries';
import { FILES, REPO, readText } from './helpers/real-data';

const STATIC = path.join(REPO, 'static');
const readAsset = (rel: string) => readFileSync(path.join(STATIC, rel), 'utf8');

let gaz: Gazetteer;
beforeAll(() => {
	gaz = buildGazetteer({
		places: readAsset(GAZETTEER_FILES.places),
		admin1: JSON.parse(readAsset(GAZETTEER_FILES.admin1)),
		countries: JSON.parse(readAsset(GAZETTEER_FILES.countries))
	});
});

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const r = Math.PI / 180;
	const a =
		Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
		Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(a));
}

// [name as the caller passes it, country ISO2, expected lat, lon (from the cited public page), place matched]
const SEED_003: [string, string, number, number, string][] = [
	// "Montreux, Fribourg (Suisse), Namur (Belgique), Iasi (Roumanie), Québec (Canada), Bohicon (Bénin)"
	['Montreux', 'CH', 46.43, 6.91, 'Montreux'], // en.wikipedia.org/wiki/Montreux
	['Fribourg', 'CH', 46.8, 7.15, 'Fribourg'], // en.wikipedia.org/wiki/Fribourg
	['Namur', 'BE', 50.47, 4.87, 'Namur'], // en.wikipedia.org/wiki/Namur
	['Iasi', 'RO', 47.16, 27.59, 'Iaşi'], // en.wikipedia.org/wiki/Iași
	['Québec', 'CA', 46.81, -71.21, 'Québec'], // en.wikipedia.org/wiki/Quebec_City
	['Bohicon', 'BJ', 7.18, 2.07, 'Bohicon'], // en.wikipedia.org/wiki/Bohicon
	['Béthléem', 'PS', 31.7, 35.2, 'Bethlehem'], // en.wikipedia.org/wiki/Bethlehem
	['Kharas', 'PS', 31.61, 35.04, 'Khārās'], // geonames.org/283246
	['Bargny', 'SN', 14.69, -17.23, 'Bargny'], // fr.wikipedia.org/wiki/Bargny_(Sénégal)
	['Gandon', 'SN', 15.96, -16.45, 'Gandon'] // ru.wikipedia.org/wiki/Гандон_(Сенегал) (GeoNames cities500 lacks it)
];

describe('geocodePartner: the seed 003 partners', () => {
	it.each(SEED_003)('%s (%s) is placed at the town', (name, cc, lat, lon, place) => {
		const r = geocodePartner(gaz, name, cc);
		expect(r).toMatchObject({ country: cc, precision: 'city', matchedPlace: place });
		expect(km(lat, lon, r.lat!, r.lon!)).toBeLessThan(10);
	});

	it('"District de Huyé" (Rwanda) resolves to Huye, formerly Butare', () => {
		for (const name of ['District de Huyé', 'Huye', 'Butare']) {
			const r = geocodePartner(gaz, name, 'RW');
			expect(['city', 'region']).toContain(r.precision);
			expect(r.country).toBe('RW');
			expect(km(-2.6, 29.74, r.lat!, r.lon!)).toBeLessThan(10); // en.wikipedia.org/wiki/Huye
		}
	});

	it.each([
		['Béthléem', 'PS'],
		['Kharas', 'PS'],
		['Bargny', 'SN'],
		['Gandon', 'SN'],
		['Montreux', 'CH'],
		['Namur', 'BE'],
		['Bohicon', 'BJ']
	])('%s without a country: the gazetteer infers %s (one clear match)', (name, cc) => {
		expect(geocodePartner(gaz, name, null)).toMatchObject({ country: cc, precision: 'city' });
	});

	it('"District de Huyé" without a country: Rwanda inferred, at region precision (a district, placed at its town)', () => {
		expect(geocodePartner(gaz, 'District de Huyé', null)).toMatchObject({ country: 'RW', precision: 'region', matchedPlace: 'Huye' });
	});

	it.each(['Bethlehem', 'Saint-Louis', 'Cologne'])(
		'%s without a country is ambiguous (homonyms of comparable size): no country is guessed',
		(name) => {
			expect(geocodePartner(gaz, name, null)).toMatchObject({ country: null, precision: 'unresolved' });
		}
	);

});

// Real partner cells of laureats.csv and partenariats.csv (countries as the caller resolves them).
const REAL_ROWS: [string, string, 'city' | 'region' | 'country', string | null][] = [
	['Shkoder', 'AL', 'city', 'Shkodër'],
	['Prizren', 'XK', 'city', 'Prizren'],
	['Tikhvine', 'RU', 'city', 'Tikhvin'],
	['Piotrkow Trybunalski', 'PL', 'city', 'Piotrków Trybunalski'],
	['Padua', 'IT', 'city', 'Padova'],
	['Beyrouth', 'LB', 'city', 'Beirut'],
	['Sendaï', 'JP', 'city', 'Sendai'],
	['Ville d’Erevan', 'AM', 'city', 'Yerevan'],
	['Ville de Québec', 'CA', 'city', 'Québec'],
	['Commune de Ziguinchor', 'SN', 'city', 'Ziguinchor'],
	['Commune V de Bamako', 'ML', 'city', 'Bamako'],
	['Commune d’arrondissement de Yaoundé VI', 'CM', 'city', 'Yaoundé'],
	['Ville Libre et Hanséatique de Hambourg', 'DE', 'city', 'Hamburg'],
	['Hochiminh-ville', 'VN', 'city', 'Hochiminh-ville'], // data/places-overrides.csv
	['Kiryat Shmona', 'IL', 'city', 'Qiryat Shmona'],
	['Région Haute-Matsiatra', 'MG', 'region', 'Haute Matsiatra'],
	['Région de Mopti', 'ML', 'region', 'Mopti'],
	['Région du Gorgol', 'MR', 'region', 'Gorgol'],
	['Région de l’Oriental', 'MA', 'region', 'Oriental'],
	['Région Centrale', 'TG', 'region', 'Centre'],
	['Préfecture du Syunik', 'AM', 'region', 'Syunik'],
	['Land de Saxe-Anhalt', 'DE', 'region', 'Sachsen-Anhalt'],
	['État libre de Saxe', 'DE', 'region', 'Sachsen'],
	['Province de Buenos Aires', 'AR', 'region', 'Buenos Aires'],
	['Gouvernorat de Mahdia', 'TN', 'region', 'Mahdia'],
	['Gouvernorat de Grande Comore', 'KM', 'region', 'Andjazîdja'],
	['trois communes du Gouvernorat de Ngazidja', 'KM', 'region', 'Andjazîdja'],
	["Départements du Borgou et de l'Alibori", 'BJ', 'region', 'Borgou'],
	['Commune rurale de Dankassari (région de Dosso)', 'NE', 'region', 'Dosso'],
	['Thua Thien Hue', 'VN', 'region', 'Thừa Thiên - Huế'],
	// Regions Natural Earth has only as a grouping of its admin-1 provinces (scripts/build-gazetteer.ts).
	['Généralité de Catalogne', 'ES', 'region', 'Cataluña'],
	['Plateau Central', 'BF', 'region', 'Plateau-Central'],
	['Système Intermunicipal de Gestion des Déchets du Sud-Est (SIMAR Sureste)', 'MX', 'country', null],
	['', 'SN', 'country', null]
];

describe('geocodePartner: real partner cells of laureats.csv and partenariats.csv', () => {
	it.each(REAL_ROWS)('%s (%s) → %s %s', (name, cc, precision, place) => {
		const r = geocodePartner(gaz, name, cc);
		expect(r).toMatchObject({ country: cc, precision, matchedPlace: place });
		expect(Number.isFinite(r.lat) && Number.isFinite(r.lon)).toBe(true);
	});

	it('every partner cell of both files gets a point once a country is known, never an exception', () => {
		const cells = [
			...Papa.parse<Record<string, string>>(readText(FILES.laureats), { header: true, skipEmptyLines: true }).data.flatMap(
				(r) => r.collectivites_partenaires.split(' | ')
			),
			...Papa.parse<Record<string, string>>(readText(FILES.partenariats), { header: true, skipEmptyLines: true }).data.map(
				(r) => r.collectivite_partenaire
			)
		];
		expect(cells.length).toBeGreaterThan(150);
		for (const cell of cells) {
			const r = geocodePartner(gaz, cell, 'BJ');
			expect(r.country).toBe('BJ');
			expect(r.precision).not.toBe('unresolved');
		}
	});
});

describe('geocodePartner: homonyms, qualifiers and spellings (twin-towns-france.csv names)', () => {
	// Truth: the row's own coordinates in twin-towns-france.csv.
	it.each([
		['St. Cloud, Florida', 'US', 28.2306, -81.2853],
		['St. Cloud, Minnesota', 'US', 45.5342, -94.1717],
		['Neukölln (Berlin)', 'DE', 52.4811, 13.4353],
		['Halle (Saale)', 'DE', 51.4828, 11.9697],
		['Sankt Georgen im Schwarzwald', 'DE', 48.1247, 8.3308],
		['Łódź', 'PL', 51.7833, 19.4667],
		['Iaşi', 'RO', 47.1622, 27.5889]
	])('%s (%s)', (name, cc, lat, lon) => {
		const r = geocodePartner(gaz, name, cc);
		expect(r.precision).toBe('city');
		expect(km(lat, lon, r.lat!, r.lon!)).toBeLessThan(30);
	});

	it('admin areas named as partners go to their admin-1 region', () => {
		expect(geocodePartner(gaz, 'Pest County', 'HU')).toMatchObject({ precision: 'region', matchedPlace: 'Pest' });
		expect(geocodePartner(gaz, 'East Java', 'ID')).toMatchObject({ precision: 'region', matchedPlace: 'Jawa Timur' });
		expect(geocodePartner(gaz, 'County Kildare', 'IE')).toMatchObject({ precision: 'region', matchedPlace: 'Kildare' });
	});

	it('analyseName splits qualifiers and strips kind words', () => {
		expect(analyseName('Izumi, Kagoshima')).toMatchObject({ forms: ['izumi kagoshima', 'izumi'], qualifiers: ['kagoshima'] });
		expect(analyseName('Région de l’Oriental')).toMatchObject({ adminHint: true });
		expect(analyseName('Région de l’Oriental').forms).toContain('oriental');
		expect(analyseName('St Dogmaels').forms).toContain('saint dogmaels');
		expect(analyseName("M'Bour").forms).toContain('mbour');
	});

	// The geocoder looks a plain name up directly, before analysing it: only names whose analysis
	// would start with that key, with no qualifier and no area word, may take that shortcut.
	it.each([
		['Heidelberg', 'heidelberg'],
		['Saint-Louis', 'saint louis'],
		['Yaoundé VI', 'yaounde vi'],
		['Quezon City', 'quezon city'],
		["M'Bour", 'm bour'],
		['Neukölln (Berlin)', null],
		['Izumi, Kagoshima', null],
		['Région de l’Oriental', null],
		['District de Huyé', null],
		['County Kildare', null],
		['Pest County', null],
		['Bamako - Commune V', null],
		['Hamm / Westfalen', null],
		['', null]
	])('plainKey(%j) = %j, the first form of its analysis', (name, key) => {
		expect(plainKey(name)).toBe(key);
		if (key) {
			const q = analyseName(name);
			expect([q.forms[0], q.qualifiers, q.adminHint]).toEqual([key, [], false]);
		}
	});
});

// Hints a cell gives besides the place's own name. Truth: the cited Wikipedia article's coordinates,
// or the row of tests/fixtures/geocode/twin-towns-world.csv named in the comment.
const countryOf = (t: string) => resolveCountry(t)?.iso2 ?? null;

describe('geocodePartner: hints in the cell', () => {
	const LAGOA_ALGARVE: [number, number] = [37.1326, -8.4551]; // fixture row "Lagoa,"Algarve, Portugal"" (en.wikipedia.org/wiki/Lagoa,_Algarve)
	const LAGOA_AZORES: [number, number] = [37.7486, -25.5403]; // fixture row "Lagoa, Azores" (en.wikipedia.org/wiki/Lagoa,_Azores)
	const near = (r: { lat: number | null; lon: number | null }, [lat, lon]: [number, number], maxKm = 30) =>
		r.lat !== null && r.lon !== null && km(lat, lon, r.lat, r.lon) < maxKm;

	it('"Lagoa" alone is the most populous Lagoa of Portugal (the Azores one); "Algarve" in the cell moves it to the Algarve', () => {
		expect(near(geocodePartner(gaz, 'Lagoa', 'PT'), LAGOA_AZORES)).toBe(true);
		for (const [name, cc, hints] of [
			['Lagoa (Algarve, Portugal)', 'PT', {}],
			['Lagoa (Algarve, Portugal)', null, {}],
			['Lagoa, Algarve', 'PT', {}],
			['Lagoa', 'PT', { countryText: 'Algarve, Portugal' }]
		] as const) {
			const r = geocodePartner(gaz, name, cc, hints);
			expect(r, `${name} ${cc}`).toMatchObject({ country: 'PT', precision: 'city', matchedPlace: 'Lagoa' });
			expect(near(r, LAGOA_ALGARVE), `${name} ${cc}`).toBe(true);
		}
		expect(near(geocodePartner(gaz, 'Lagoa', 'PT', { countryText: 'Azores, Portugal' }), LAGOA_AZORES)).toBe(true);
	});

	it('the country cell\'s other words pick among namesakes: a UK nation is a region there, "Mexico" stays the country', () => {
		// Bangor, Wales (en.wikipedia.org/wiki/Bangor,_Gwynedd) and Bangor, Northern Ireland (…/Bangor,_County_Down)
		expect(near(geocodePartner(gaz, 'Bangor', 'GB', { countryText: 'Wales' }), [53.228, -4.128])).toBe(true);
		expect(near(geocodePartner(gaz, 'Bangor', 'GB', { countryText: 'Wales, United Kingdom' }), [53.228, -4.128])).toBe(true);
		expect(near(geocodePartner(gaz, 'Bangor', 'GB', { countryText: 'Northern Ireland' }), [54.66, -5.67])).toBe(true);
		// A weak hint: a town the cell puts in the wrong nation is still that town, not the nation's middle.
		expect(geocodePartner(gaz, 'Milford Haven', 'GB', { countryText: 'England, United Kingdom' })).toMatchObject({ precision: 'city', matchedPlace: 'Milford Haven' });
		// "Mexico" is also the State of México: as the country cell it is only the country.
		expect(geocodePartner(gaz, 'Monterrey', 'MX', { countryText: 'Mexico' })).toMatchObject({ precision: 'city', matchedPlace: 'Monterrey' });
		expect(geocodePartner(gaz, 'Angleterre', 'GB')).toMatchObject({ precision: 'region', matchedPlace: 'England' });
	});

	it('a country in parentheses is not a place: it gives the country when none is known, and is dropped when it is the partner\'s', () => {
		const q = analyseName('Lagoa (Algarve, Portugal)', countryOf);
		expect(q).toMatchObject({ qualifiers: ['algarve'], countries: ['PT'] });
		expect(q.forms).toContain('lagoa');
		expect(geocodePartner(gaz, 'Izumi (Kagoshima, Japon)', null)).toMatchObject({ country: 'JP', precision: 'city' });
		// Georgia is a country, but beside Columbus in the United States it is a state.
		const columbus = geocodePartner(gaz, 'Columbus, Georgia', 'US');
		expect(columbus).toMatchObject({ country: 'US', precision: 'city' });
		expect(near(columbus, [32.4922, -84.9403])).toBe(true); // en.wikipedia.org/wiki/Columbus,_Georgia
	});

	it('namesakes in one country: the one in the named admin-1 region', () => {
		const kagoshima = geocodePartner(gaz, 'Izumi, Kagoshima', 'JP');
		const osaka = geocodePartner(gaz, 'Izumi, Osaka', 'JP');
		expect(near(kagoshima, [32.0906, 130.3528])).toBe(true); // fixture row "Izumi, Kagoshima"
		expect(near(osaka, [34.4833, 135.4167])).toBe(true); // fixture row "Izumi, Osaka"
	});

	it.each([
		// [cell, country, kind of hint, precision, place matched]
		['Sfax, province de Sfax', 'TN', 'fallbackAdminHint', 'city', 'Sfax'],
		['Kairouan (gouvernorat de Kairouan)', 'TN', 'fallbackAdminHint', 'city', 'Kairouan'],
		['Gouvernorat de Kairouan', 'TN', 'adminHint', 'region', 'Kairouan'],
		['Wilaya de Tlemcen', 'DZ', 'adminHint', 'region', 'Tlemcen'],
		['Tlemcen, wilaya de Tlemcen', 'DZ', 'fallbackAdminHint', 'city', 'Tlemcen'],
		['County Kildare', 'IE', 'adminHint', 'region', 'Kildare'],
		['Naas, County Kildare', 'IE', 'fallbackAdminHint', 'city', 'Naas'],
		['Mbour District', 'SN', 'adminHint', 'region', 'Mbour'],
		['Zbarazh Raion', 'UA', 'adminHint', 'region', 'Zbarazh'],
		['Märkisch-Oderland (district)', 'DE', 'adminHint', 'country', null],
		['Kluczbork (urban-rural gmina)', 'PL', null, 'city', 'Kluczbork']
	])('%s (%s): %s → %s %s', (name, cc, hint, precision, place) => {
		const q = analyseName(name, countryOf);
		if (hint === 'adminHint') expect(q.adminHint).toBe(true);
		if (hint === 'fallbackAdminHint') expect([q.adminHint, q.fallbackAdminHint]).toEqual([false, true]);
		if (hint === null) expect([q.adminHint, q.fallbackAdminHint, q.qualifiers]).toEqual([false, false, []]);
		expect(geocodePartner(gaz, name, cc)).toMatchObject({ country: cc, precision, matchedPlace: place });
	});

	it('a district named with its city lands in that city, not at a namesake town of another province', () => {
		// twin-towns-france.csv: "Dongcheng (Beijing)", China, 39.9037, 116.3954 (Dongcheng towns exist in other
		// provinces; GeoNames gives "Dongcheng Qu" as an alternate name of Jingshan, the district's seat in Beijing)
		const r = geocodePartner(gaz, 'Dongcheng (Beijing)', 'CN');
		expect(r).toMatchObject({ precision: 'city' });
		expect(['Beijing', 'Jingshan']).toContain(r.matchedPlace);
		expect(near(r, [39.9037, 116.3954])).toBe(true);
	});

	it('en and em dashes, "St."/"Sankt"/"Saint", spacing of compound names', () => {
		for (const name of ['Bamako – Commune V', 'Bamako — Commune V', 'Bamako - Commune V'])
			expect(geocodePartner(gaz, name, 'ML'), name).toMatchObject({ precision: 'city', matchedPlace: 'Bamako' });
		expect(analyseName('Bamako – Commune V')).toMatchObject({ forms: expect.arrayContaining(['bamako']) });
		for (const name of ['St. Petersburg', 'Sankt Petersburg', 'Saint-Pétersbourg'])
			expect(geocodePartner(gaz, name, 'RU'), name).toMatchObject({ precision: 'city', matchedPlace: 'Saint Petersburg' });
		// GeoNames writes "Hitachi-Naka"; the twin-town lists "Hitachinaka".
		expect(near(geocodePartner(gaz, 'Hitachinaka', 'JP'), [36.3964, 140.5344])).toBe(true); // en.wikipedia.org/wiki/Hitachinaka
	});

	it('a region above the admin-1 provinces is the region, not one of its provinces', () => {
		for (const [name, cc, region] of [
			['Toscane', 'IT', 'Toscana'],
			['Région Toscane', 'IT', 'Toscana'],
			['Ligurie', 'IT', 'Liguria'],
			['Wallonie', 'BE', 'Walloon'],
			['Région du Centre-Est', 'BF', 'Centre-Est']
		])
			expect(geocodePartner(gaz, name, cc), name).toMatchObject({ country: cc, precision: 'region', matchedPlace: region });
		// The province keeps its own name; the town of that name stays a town.
		expect(geocodePartner(gaz, 'Province de Grosseto', 'IT')).toMatchObject({ precision: 'region', matchedPlace: 'Grosseto' });
		expect(geocodePartner(gaz, 'Grosseto', 'IT')).toMatchObject({ precision: 'city', matchedPlace: 'Grosseto' });
	});

	it('kind words in parentheses are not places to look for', () => {
		expect(analyseName('Märkisch-Oderland (district)')).toMatchObject({ adminHint: true, qualifiers: [], fallbacks: [] });
		expect(analyseName('Kluczbork (urban-rural gmina)')).toMatchObject({ adminHint: false, qualifiers: [] });
		expect(analyseName('Klaipėda District Municipality').forms).toContain('klaipeda');
	});
});

describe('geocodePartner: given coordinates, bad input', () => {
	it('given coordinates win', () => {
		expect(geocodePartner(gaz, 'Montreux', 'CH', { lat: 46.4312, lon: 6.9107 })).toEqual({
			country: 'CH',
			lat: 46.4312,
			lon: 6.9107,
			precision: 'given',
			matchedPlace: null
		});
	});

	it('ignores unusable hints (NaN, out of range, 0,0) and geocodes instead', () => {
		for (const hints of [{ lat: NaN, lon: 2 }, { lat: 95, lon: 2 }, { lat: 0, lon: 0 }, { lat: null, lon: null }, {}]) {
			expect(geocodePartner(gaz, 'Namur', 'BE', hints).precision).toBe('city');
		}
	});

	it('never throws, never drops: junk names, unknown countries, an empty gazetteer', () => {
		const junk = ['', '   ', '((((', ')', ', , ,', '–', 'x'.repeat(100_000), '\u0000\u202e', '<img src=x onerror=alert(1)>'];
		for (const name of junk) {
			for (const cc of [null, 'ZZ', 'fr', '', 'SN']) {
				const r = geocodePartner(gaz, name, cc);
				expect(['given', 'city', 'region', 'country', 'unresolved']).toContain(r.precision);
			}
		}
		const empty = buildGazetteer({} as never);
		expect(geocodePartner(empty, 'Namur', 'BE')).toMatchObject({ country: 'BE', precision: 'unresolved', lat: null });
		expect(geocodePartner(gaz, null as unknown as string, 'BE')).toMatchObject({ country: 'BE', precision: 'country' });
	});
});

describe('the assets', () => {
	it('country points sit in the mainland of multi-polygon countries', () => {
		const { countries } = JSON.parse(readAsset(GAZETTEER_FILES.countries)) as { countries: Record<string, [number, number]> };
		const inBox = (cc: string, [lon0, lat0, lon1, lat1]: number[]) => {
			const [lon, lat] = countries[cc];
			expect(lon >= lon0 && lon <= lon1 && lat >= lat0 && lat <= lat1, cc).toBe(true);
		};
		inBox('FR', [-4.8, 42.3, 8.2, 51.1]);
		inBox('US', [-125, 24.5, -66.9, 49.4]);
		inBox('NO', [4.6, 57.9, 31.2, 71.2]);
		inBox('PS', [34.8, 31.3, 35.6, 32.6]);
		expect(Object.keys(countries).length).toBeGreaterThan(240);
	});

	it('gazetteer keys are normKey fixed points and every override row cites a public source', () => {
		const lines = readAsset(GAZETTEER_FILES.places).split('\n');
		let checked = 0;
		for (let i = 0; i < lines.length; i += 97) {
			const c = lines[i].split('\t');
			if (c.length < 6) continue;
			for (const k of [c[4], ...c[5].split('|')].filter(Boolean)) expect(normKey(k)).toBe(k);
			const [lat, lon] = decodeLatLon(c[1]);
			expect(Math.abs(lat) <= 90 && Math.abs(lon) <= 180).toBe(true);
			checked++;
		}
		expect(checked).toBeGreaterThan(1000);
		const overrides = Papa.parse<Record<string, string>>(readFileSync(path.join(REPO, 'data/places-overrides.csv'), 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		for (const o of overrides) {
			expect(o.source_url).toMatch(/^https:\/\//);
			expect(geocodePartner(gaz, o.name, o.country)).toMatchObject({ precision: 'city', matchedPlace: o.name });
		}
	});
});

// The caller's country resolver is tested elsewhere; here a minimal English-name lookup for the twin-towns file.
countriesIso.registerLocale(enLocale);
const UK_NATIONS = /^(England|Scotland|Wales|Northern Ireland)\b/;
const ALIASES: Record<string, string> = {
	'Republic of Ireland': 'IE',
	Palestine: 'PS',
	'Ivory Coast': 'CI',
	Russia: 'RU',
	'South Korea': 'KR',
	'Czech Republic': 'CZ',
	Kosovo: 'XK',
	Moldova: 'MD',
	Syria: 'SY',
	Vietnam: 'VN',
	Laos: 'LA',
	'Cape Verde': 'CV',
	'Democratic Republic of the Congo': 'CD',
	'Republic of the Congo': 'CG',
	'North Macedonia': 'MK',
	'United States': 'US',
	'United Kingdom': 'GB',
	Réunion: 'RE',
	Martinique: 'MQ',
	Guadeloupe: 'GP',
	'French Guiana': 'GF',
	'French Polynesia': 'PF',
	'New Caledonia': 'NC'
};
function twinCountry(name: string): string | null {
	if (UK_NATIONS.test(name)) return 'GB';
	const first = name.split(',')[0].trim();
	return ALIASES[first] ?? countriesIso.getAlpha2Code(first, 'en') ?? null;
}

describe('scoring on the foreign side of twin-towns-france.csv (given coordinates used only as truth)', () => {
	it('places most partners at their town, the whole file scored', () => {
		const rows = Papa.parse<Record<string, string>>(readText(FILES.twinTowns), { header: true, skipEmptyLines: true }).data;
		const byPrecision: Record<string, number> = {};
		let within30 = 0;
		let anyWithin30 = 0;
		for (const r of rows) {
			const s = r.country1 === 'France' ? '2' : '1';
			const res = geocodePartner(gaz, r[`city${s}`], twinCountry(r[`country${s}`]));
			byPrecision[res.precision] = (byPrecision[res.precision] ?? 0) + 1;
			if (res.lat === null || res.lon === null) continue;
			const d = km(+r[`lat${s}`], +r[`lng${s}`], res.lat, res.lon);
			if (d <= 30) {
				anyWithin30++;
				if (res.precision === 'city') within30++;
			}
		}
		const share = within30 / rows.length;
		console.log(
			`twin-towns foreign side: ${rows.length} rows, city within 30 km ${(share * 100).toFixed(1)} %, ` +
				`any precision within 30 km ${((anyWithin30 / rows.length) * 100).toFixed(1)} %, by precision ${JSON.stringify(byPrecision)}`
		);
		expect(rows.length).toBe(3782);
		expect(byPrecision.unresolved ?? 0).toBe(0);
		// Measured 91.1 % (STACK-NOTES: 76 % for a plain name lookup). Some "misses" are the file's own wrong
		// coordinates (Christchurch, England placed in New Zealand), so 100 % is out of reach.
		expect(share).toBeGreaterThanOrEqual(0.9);
	});
});
