/**
 * Writes tests/fixtures/geocode/twin-towns-world.csv, the geocoder's second held-out set: foreign
 * places of the world-wide twin-town list (github.com/Hekman/twincities, app/public/twin_cities.csv,
 * 25,917 pairs, coordinates from Wikipedia articles or Nominatim — not from GeoNames) that appear
 * nowhere in the project's shared data.
 *   npx tsx bench/make-world-holdout.ts <path to twin_cities.csv>
 * Kept: each distinct (name, country) with coordinates whose country is not France or a French
 * overseas territory, and whose normalised name is no city of twin-towns-france.csv (either side)
 * and no partner of laureats.csv or partenariats.csv. Rows are sorted; nothing else is changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { normKey } from '../src/lib/data/text';
import { resolveCountry } from '../src/lib/data/resolve/countries';
import { ROOT } from '../scripts/lib/resources';

const FRENCH = new Set(['FR', 'RE', 'GP', 'MQ', 'GF', 'YT', 'PM', 'BL', 'MF', 'PF', 'NC', 'WF']);
const parse = (file: string) =>
	Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

const input = process.argv[2];
if (!input) throw new Error('usage: npx tsx bench/make-world-holdout.ts <twin_cities.csv>');
const sources = path.join(ROOT, 'data/sources');
const seen = new Set<string>();
for (const r of parse(path.join(sources, 'twin-towns-france.csv'))) for (const s of ['1', '2']) seen.add(normKey(r[`city${s}`]));
for (const r of parse(path.join(sources, 'laureats.csv'))) for (const n of r.collectivites_partenaires.split('|')) seen.add(normKey(n));
for (const r of parse(path.join(sources, 'partenariats.csv'))) seen.add(normKey(r.collectivite_partenaire));

const out = new Map<string, string[]>();
for (const r of parse(input)) {
	for (const s of ['1', '2']) {
		const [name, country, lat, lng] = [r[`city${s}`], r[`country${s}`], r[`lat${s}`], r[`lng${s}`]];
		if (!name || !Number.isFinite(parseFloat(lat)) || !Number.isFinite(parseFloat(lng))) continue;
		if (FRENCH.has(resolveCountry(country)?.iso2 ?? '') || seen.has(normKey(name))) continue;
		out.set(`${name}\t${country}`, [name, country, lat, lng]);
	}
}
const rows = [...out.values()].sort((a, b) => (a[1] + '\t' + a[0] < b[1] + '\t' + b[0] ? -1 : 1));
const file = path.join(ROOT, 'tests/fixtures/geocode/twin-towns-world.csv');
writeFileSync(file, Papa.unparse({ fields: ['city', 'country', 'lat', 'lng'], data: rows }, { newline: '\n' }) + '\n');
console.log(`${rows.length} places → ${path.relative(ROOT, file)}`);
