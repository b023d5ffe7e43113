/**
 * Writes a released data version: `<data>/versions/<id>/atlas.columns.json` (id: the content hash
 * of that file) and the manifest `<data>/versions/index.json`. Versions already on disk are never
 * deleted or rewritten; versions found on disk but missing from the manifest are listed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Atlas } from '../../src/lib/data/model';
import { addVersion, VERSION_ID, versionEntry, type DataVersion, type VersionsManifest } from '../../src/lib/data/versions';
import { decodeAtlas } from '../../src/lib/data/wire';

/** The version id of a columns file's text: 12 hex digits of its SHA-256. */
export function versionId(columnsJson: string): string {
	return createHash('sha256').update(columnsJson).digest('hex').slice(0, 12);
}

function readManifest(file: string): VersionsManifest | null {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as VersionsManifest) : null;
}

/**
 * Releases the atlas whose compact columns text is `columnsJson` into `dataDir/versions/`;
 * returns its manifest entry and whether it was new.
 */
export function publishVersion(dataDir: string, atlas: Atlas, columnsJson: string): { version: DataVersion; added: boolean; manifest: VersionsManifest } {
	const dir = path.join(dataDir, 'versions');
	const indexFile = path.join(dir, 'index.json');
	const id = versionId(columnsJson);
	let manifest = readManifest(indexFile);
	// Versions copied in by hand (or from another checkout) but not listed: list them, oldest first by date.
	const found = existsSync(dir)
		? readdirSync(dir).filter((d) => VERSION_ID.test(d) && d !== id && existsSync(path.join(dir, d, 'atlas.columns.json')))
		: [];
	const unlisted = found
		.filter((d) => !manifest?.versions.some((v) => v.id === d))
		.map((d) => versionEntry(d, decodeAtlas(JSON.parse(readFileSync(path.join(dir, d, 'atlas.columns.json'), 'utf8')))))
		.sort((a, b) => a.date.localeCompare(b.date));
	if (unlisted.length && manifest) manifest = { ...manifest, versions: [...manifest.versions, ...unlisted] };
	else if (unlisted.length) manifest = { current: unlisted[unlisted.length - 1].id, versions: unlisted };
	const file = path.join(dir, id, 'atlas.columns.json');
	const added = !existsSync(file);
	if (added) {
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, columnsJson);
	}
	const version = versionEntry(id, atlas);
	manifest = addVersion(manifest, version);
	writeFileSync(indexFile, JSON.stringify(manifest, null, '\t') + '\n');
	return { version, added, manifest };
}
