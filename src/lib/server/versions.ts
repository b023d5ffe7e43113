/** Build-time reading of the released data versions' manifest (static/data/versions/index.json). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findVersion, type DataVersion, type VersionsManifest } from '$lib/data/versions';

/** The version the live data is, or null before the first `npm run data:build`. */
export function currentVersion(): DataVersion | null {
	const file = path.resolve('static/data/versions/index.json');
	if (!existsSync(file)) return null;
	const m = JSON.parse(readFileSync(file, 'utf8')) as VersionsManifest;
	return findVersion(m, m.current);
}
