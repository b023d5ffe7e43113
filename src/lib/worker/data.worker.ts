/// <reference lib="webworker" />
/** The data worker: fetches the static resources from its own origin and runs the import pipeline off the main thread. */
import { buildCogIndex, type CogIndex } from '../data/resolve/french';
import { buildGazetteer, type Gazetteer } from '../data/geocode/partner';
import { GAZETTEER_FILES } from '../data/geocode/asset';
import { buildCountryShapes, type CountryShapes } from '../data/geo/in-country';
import { importFile } from '../data/pipeline';
import { isImportError } from '../data/csv/errors';
import { unmappedColumns } from '../data/formats/mapping';
import type { WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let cog: Promise<CogIndex> | null = null;
let gazetteer: Promise<Gazetteer> | null = null;
let countries: Promise<CountryShapes> | null = null;

/** A static asset from the site's own origin: parsed when .json, as text otherwise (the gazetteer is a TSV). */
async function fetchAsset(base: string, file: string): Promise<unknown> {
	const url = `${base}/${file}`;
	const res = await fetch(url);
	if (!res.ok) throw new Error(`Cannot load ${url} (HTTP ${res.status}).`);
	return file.endsWith('.json') ? res.json() : res.text();
}

function loadCog(base: string) {
	cog ??= fetchAsset(base, 'data/cog.json').then((a) => buildCogIndex(a as Parameters<typeof buildCogIndex>[0]));
	cog.catch(() => (cog = null));
	return cog;
}

function loadGazetteer(base: string) {
	gazetteer ??= Promise.all([
		fetchAsset(base, GAZETTEER_FILES.places),
		fetchAsset(base, GAZETTEER_FILES.admin1),
		fetchAsset(base, GAZETTEER_FILES.countries),
		fetchAsset(base, GAZETTEER_FILES.localities)
	]).then(([places, admin1, countries, localities]) =>
		buildGazetteer({ places, admin1, countries, localities } as Parameters<typeof buildGazetteer>[0])
	);
	gazetteer.catch(() => (gazetteer = null));
	return gazetteer;
}

/** The basemap's country polygons, fetched only when a file gives partner coordinates. */
function loadCountries(base: string) {
	countries ??= fetchAsset(base, 'basemap/world.topo.json').then(buildCountryShapes);
	countries.catch(() => (countries = null));
	return countries;
}

function post(message: WorkerResponse) {
	self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const { id, bytes, options, assetBase } = event.data;
	try {
		const resources = {
			cog: () => loadCog(assetBase),
			gazetteer: () => loadGazetteer(assetBase),
			countries: () => loadCountries(assetBase)
		};
		const result = await importFile(new Uint8Array(bytes), options, resources, (progress) =>
			post({ id, type: 'progress', progress })
		);
		post({ id, type: 'result', result });
	} catch (e) {
		if (isImportError(e)) post({ id, type: 'error', code: e.code, message: e.message, columns: unmappedColumns(e) ?? undefined, sheets: e.sheets });
		else if (e instanceof Error && e.message.startsWith('Cannot load')) post({ id, type: 'error', code: 'asset', message: e.message });
		else post({ id, type: 'error', code: 'internal', message: `Import failed: ${(e as Error)?.message ?? e}` });
	}
};
