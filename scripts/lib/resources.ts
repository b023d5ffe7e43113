/** Node side of the pipeline's resources: the static assets read from static/data with fs (the browser worker fetches the same files). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCogIndex, type CogIndex } from '../../src/lib/data/resolve/french';
import { buildGazetteer, type Gazetteer } from '../../src/lib/data/geocode/partner';
import { GAZETTEER_FILES } from '../../src/lib/data/geocode/asset';
import { buildCountryShapes, type CountryShapes } from '../../src/lib/data/geo/in-country';
import type { PipelineResources } from '../../src/lib/data/pipeline';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STATIC_DIR = path.join(ROOT, 'static');
export const COG_FILE = 'data/cog.json';
/** The basemap's country polygons, also used to check given partner points. */
export const WORLD_FILE = 'basemap/world.topo.json';

/** A static asset: parsed when it is .json, as text otherwise (the gazetteer is a TSV). */
function readAsset(rel: string): unknown {
	const file = path.join(STATIC_DIR, rel);
	if (!existsSync(file)) {
		throw new Error(`${file} is missing: run "npm run data:build" (it builds the COG and gazetteer assets first).`);
	}
	const text = readFileSync(file, 'utf8');
	return rel.endsWith('.json') ? JSON.parse(text) : text;
}

/** Paths of every asset the pipeline reads, relative to static/. */
export const ASSET_FILES = [COG_FILE, ...Object.values(GAZETTEER_FILES)];

export function assetsPresent(): boolean {
	return ASSET_FILES.every((f) => existsSync(path.join(STATIC_DIR, f)));
}

let cog: CogIndex | null = null;
let gazetteer: Gazetteer | null = null;
let countries: CountryShapes | null = null;

export function loadCountryShapes(): CountryShapes {
	countries ??= buildCountryShapes(readAsset(WORLD_FILE));
	return countries;
}

export function loadCog(): CogIndex {
	cog ??= buildCogIndex(readAsset(COG_FILE) as Parameters<typeof buildCogIndex>[0]);
	return cog;
}

export function loadGazetteer(): Gazetteer {
	gazetteer ??= buildGazetteer({
		places: readAsset(GAZETTEER_FILES.places),
		admin1: readAsset(GAZETTEER_FILES.admin1),
		countries: readAsset(GAZETTEER_FILES.countries),
		localities: readAsset(GAZETTEER_FILES.localities)
	} as Parameters<typeof buildGazetteer>[0]);
	return gazetteer;
}

/** Resources for importFile: the COG once the file has been read, the gazetteer only if a partner needs geocoding. */
export function nodeResources(): PipelineResources {
	return { cog: loadCog, gazetteer: async () => loadGazetteer(), countries: loadCountryShapes };
}
