/**
 * static/data/localities.tsv ← the GeoNames postal-code dump's place names (villages, municipalities,
 * hamlets: "Bikal", "Rödermark", "Lázně Libverda"), for the names no place, admin-1 region or admin-2
 * area of the gazetteer assets goes by. The geocoder looks there only once every other name source
 * failed, just before a country's centroid (src/lib/data/geocode/partner.ts).
 *
 * Usage: npx tsx scripts/build-localities.ts --postal <dir>
 * <dir> holds GeoNames postal files (https://download.geonames.org/export/zip/, CC BY 4.0): per country
 * `XX.txt` or `allCountries.txt` (tab-separated, no header), or the same columns as CSV with a header
 * (`zipcodes.xx.csv` of github.com/zauberware/postal-codes-json-xml-csv, which republishes the dump).
 * Run it after scripts/build-gazetteer.ts: it reads the built gazetteer.tsv and admin1.json to leave out
 * every name they already know. Without --postal, the committed localities.tsv stays as it is.
 */
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { normKey } from '../src/lib/data/text';
import { PLACES_FORMAT, eachPlaceLine, encodePopulation, type Admin1Asset } from '../src/lib/data/geocode/asset';
import { admin1CodeFinder, encodeLatLon, isLatinName } from './lib/gazetteer-lines';
import { greatCircleKm } from '../src/lib/data/geo/distance';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'static', 'data');
/** Partners are foreign: France and the territories the French-side resolver covers are left out. */
const FRENCH = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'PF', 'NC', 'WF']);
/** Postal points of one name closer than this are one locality (a town with several postal codes). */
const SAME_PLACE_KM = 15;

export interface PostalRow {
	cc: string;
	place: string;
	lat: number;
	lon: number;
}

/** Rows of one GeoNames postal file, in either layout. */
export function readPostal(text: string): PostalRow[] {
	const csv = text.startsWith('country_code,');
	const rows = csv
		? Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1)
		: text.split('\n').filter(Boolean).map((l) => l.split('\t'));
	// Columns: country, postal code, place, admin1 name/code, admin2 name/code, admin3 name/code, lat, lon.
	return rows
		.filter((c) => c.length >= 11)
		.map((c) => ({ cc: c[0], place: c[2].trim(), lat: +c[9], lon: +c[10] }))
		.filter((r) => r.place && Number.isFinite(r.lat) && Number.isFinite(r.lon) && !(r.lat === 0 && r.lon === 0));
}

/**
 * The name a postal place is looked up by: "Sabrexo (Santa Maria)" → "Sabrexo" (Spanish parishes
 * carry their patron), null for names no partner is written as (numbered districts, other scripts).
 */
export function localityName(place: string): string | null {
	const name = place.replace(/\s*\(.*\)\s*$/, '').trim();
	if (!isLatinName(name) || /\d/.test(name) || name.includes(',')) return null;
	return normKey(name).length >= 3 ? name : null;
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => greatCircleKm(a.lon, a.lat, b.lon, b.lat);

interface Locality {
	cc: string;
	name: string;
	lat: number;
	lon: number;
	/** Postal points merged into it: ranks namesakes (a town has more codes than a hamlet). */
	n: number;
}

/** One locality per name and place: postal points of one name within SAME_PLACE_KM are merged. */
export function localities(rows: PostalRow[], known: (cc: string, key: string) => boolean): Locality[] {
	const byKey = new Map<string, Locality[]>();
	for (const r of rows) {
		if (FRENCH.has(r.cc)) continue;
		const name = localityName(r.place);
		if (!name) continue;
		const key = normKey(name);
		if (known(r.cc, key)) continue;
		const k = `${r.cc}|${key}`;
		const list = byKey.get(k) ?? byKey.set(k, []).get(k)!;
		const same = list.find((l) => km(l, r) <= SAME_PLACE_KM);
		if (same) {
			same.lat = (same.lat * same.n + r.lat) / (same.n + 1);
			same.lon = (same.lon * same.n + r.lon) / (same.n + 1);
			same.n++;
		} else list.push({ cc: r.cc, name, lat: r.lat, lon: r.lon, n: 1 });
	}
	return [...byKey.values()].flat();
}

/** Every key the built gazetteer assets already answer, per country: places, admin-1 regions, admin-2 areas. */
function knownKeys(places: string, admin1: Admin1Asset): Set<string> {
	const keys = new Set<string>();
	eachPlaceLine(places, (cc, [name, , , , ascii, alts]) => {
		keys.add(`${cc}|${normKey(name)}`);
		if (ascii) keys.add(`${cc}|${ascii}`);
		if (alts) for (const a of alts.split('|')) keys.add(`${cc}|${a}`);
	});
	for (const group of [admin1.regions, admin1.admin2 ?? {}])
		for (const [cc, rows] of Object.entries(group)) for (const row of rows) for (const k of String(row[4]).split('|')) keys.add(`${cc}|${k}`);
	return keys;
}


function main(): void {
	const i = process.argv.indexOf('--postal');
	const dir = i >= 0 ? process.argv[i + 1] : undefined;
	if (!dir) {
		console.warn('--postal <dir> not given: static/data/localities.tsv stays as it is');
		return;
	}
	const places = readFileSync(join(outDir, 'gazetteer.tsv'), 'utf8');
	const admin1 = JSON.parse(readFileSync(join(outDir, 'admin1.json'), 'utf8')) as Admin1Asset;
	const known = knownKeys(places, admin1);
	const files = readdirSync(dir).filter((f) => /^(?:zipcodes\.[a-z]{2}\.csv|[A-Z]{2}\.txt|allCountries\.txt)$/.test(f));
	const rows = files.flatMap((f) => readPostal(readFileSync(join(dir, f), 'utf8')));
	const locs = localities(rows, (cc, key) => known.has(`${cc}|${key}`));
	const admin1At = admin1CodeFinder(places);
	locs.sort((a, b) => (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : b.n - a.n || (a.name < b.name ? -1 : 1)));
	const lines = [
		`# format: ${PLACES_FORMAT} (see src/lib/data/geocode/asset.ts); population class = number of postal codes`,
		'# source: GeoNames postal codes (https://download.geonames.org/export/zip/), place names no place, admin-1 region or admin-2 area of gazetteer.tsv/admin1.json goes by; France left out',
		'# licence: CC BY 4.0 — GeoNames (https://www.geonames.org)',
		`# built: ${new Date().toISOString().slice(0, 10)} by scripts/build-localities.ts from ${files.length} files, ${rows.length} postal rows`
	];
	let cc = '';
	for (const l of locs) {
		if (l.cc !== cc) lines.push('=' + (cc = l.cc));
		lines.push([l.name, encodeLatLon(l.lat, l.lon), admin1At(l.cc, l.lat, l.lon), encodePopulation(l.n)].join('\t'));
	}
	const file = join(outDir, 'localities.tsv');
	writeFileSync(file, lines.join('\n') + '\n');
	console.log(`localities.tsv: ${locs.length} localities, ${(statSync(file).size / 1e6).toFixed(2)} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
