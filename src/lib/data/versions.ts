/**
 * Released data versions (static/data/versions/): each version of the embedded atlas is written
 * once under its content hash, `versions/<id>/atlas.columns.json`, and listed in
 * `versions/index.json`. A pinned embed or permalink names its version (`v=<id>`) and keeps
 * showing that data after later updates. Pure: the hashing and the files are in scripts/lib/versions.ts.
 */
import type { Atlas } from './model';

/** Folder of the versions and their manifest, under the site's base. */
export const VERSIONS_DIR = 'data/versions';
export const VERSIONS_INDEX = `${VERSIONS_DIR}/index.json`;
/** A version id: the first 12 hex digits of the SHA-256 of its columns file. */
export const VERSION_ID = /^[0-9a-f]{12}$/;

export interface DataVersion {
	id: string;
	/** Date of the data (ISO): the newest dataset date of the version. */
	date: string;
	records: number;
	figures: number;
	datasets: number;
}

export interface VersionsManifest {
	/** The version the live data (data/atlas.columns.json) is. */
	current: string;
	/** Every version ever released, oldest first. */
	versions: DataVersion[];
}

/** The columns file of a version, under the site's base. */
export const versionFile = (id: string): string => `${VERSIONS_DIR}/${id}/atlas.columns.json`;

/** The manifest entry of an atlas whose columns file hashes to `id`. */
export function versionEntry(id: string, atlas: Atlas): DataVersion {
	const date = atlas.datasets.map((d) => d.date).reduce((a, b) => (b > a ? b : a), '');
	return { id, date, records: atlas.records.length, figures: atlas.figures.length, datasets: atlas.datasets.length };
}

/**
 * The manifest after releasing `entry`: earlier versions are kept as they are (never removed or
 * rewritten), a version already listed is not listed twice, and `current` names the new one.
 */
export function addVersion(manifest: VersionsManifest | null, entry: DataVersion): VersionsManifest {
	const versions = manifest?.versions ?? [];
	return {
		current: entry.id,
		versions: versions.some((v) => v.id === entry.id) ? versions : [...versions, entry]
	};
}

/** The listed version with this id, or null (malformed ids included). */
export function findVersion(manifest: VersionsManifest | null, id: string): DataVersion | null {
	if (!VERSION_ID.test(id)) return null;
	return manifest?.versions.find((v) => v.id === id) ?? null;
}
