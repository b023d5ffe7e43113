/**
 * Build-time access to the embedded atlas for prerendered pages (Node only: reads
 * static/data/atlas.json from disk once). The browser never imports this: it fetches the atlas.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Atlas } from '$lib/data/model';
import { emptyAtlas } from '$lib/data/places';

const ATLAS_PATH = path.resolve('static/data/atlas.json');

let cached: Atlas | null = null;

/** The embedded atlas; an empty one (with a warning) when `npm run data:build` has not run yet. */
export function embeddedAtlas(): Atlas {
	if (cached) return cached;
	if (!existsSync(ATLAS_PATH)) {
		console.warn(`[pages] ${ATLAS_PATH} is missing: run \`npm run data:build\`. Place pages are built empty.`);
		return (cached = emptyAtlas());
	}
	return (cached = JSON.parse(readFileSync(ATLAS_PATH, 'utf8')) as Atlas);
}
