/**
 * Writes the embedded atlas twice: static/data/atlas.json (the readable open-data file, validated by
 * docs/record.schema.json, read by the prerender and the tests) and static/data/atlas.columns.json
 * (the same atlas in the compact wire format of src/lib/data/wire.ts, what the browser loads);
 * then releases the columns file as a data version (scripts/lib/versions.ts) for pinned embeds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Atlas } from '../../src/lib/data/model';
import type { DataVersion } from '../../src/lib/data/versions';
import { encodeAtlas } from '../../src/lib/data/wire';
import { publishVersion } from './versions';

/** static/data (not read from ./resources, which loads the resolvers: the e2e tests import this file). */
export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../static/data');
export const ATLAS_JSON = path.join(DATA_DIR, 'atlas.json');
export const ATLAS_COLUMNS = path.join(DATA_DIR, 'atlas.columns.json');

/** Writes both files into `dataDir` and releases the version; returns their sizes in bytes and the version. */
export function writeAtlas(atlas: Atlas, dataDir = DATA_DIR): { json: number; columns: number; version: DataVersion; added: boolean } {
	mkdirSync(dataDir, { recursive: true });
	const json = JSON.stringify(atlas);
	const columns = JSON.stringify(encodeAtlas(atlas));
	writeFileSync(path.join(dataDir, 'atlas.json'), json);
	writeFileSync(path.join(dataDir, 'atlas.columns.json'), columns);
	const { version, added } = publishVersion(dataDir, atlas, columns);
	return { json: Buffer.byteLength(json), columns: Buffer.byteLength(columns), version, added };
}
