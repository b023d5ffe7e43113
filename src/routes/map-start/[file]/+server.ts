// The files of the home's first map data (src/lib/map/start-data.ts), written at build time: MapLibre's worker fetches them.
import { error } from '@sveltejs/kit';
import { mapStartFile } from '$lib/server/overview';
import { START_COUNTRIES_FILE, START_LABELS_FILE, startFlowsFile } from '$lib/map/start-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// A file, whatever the pages' trailing-slash policy.
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [START_COUNTRIES_FILE, START_LABELS_FILE, startFlowsFile('all')].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const body = mapStartFile(params.file);
	if (body === null) error(404, `No map file "${params.file}".`);
	return new Response(body, { headers: { 'content-type': 'application/json' } });
};
