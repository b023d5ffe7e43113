/**
 * Writes the embedded atlas twice: static/data/atlas.json (the readable open-data file, validated by
 * docs/record.schema.json, read by the prerender and the tests) and static/data/atlas.columns.json
 * (the same atlas in the compact wire format of src/lib/data/wire.ts, what the browser loads).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Atlas } from '../../src/lib/data/model';
import { encodeAtlas } from '../../src/lib/data/wire';
import { STATIC_DIR } from './resources';

export const ATLAS_JSON = path.join(STATIC_DIR, 'data/atlas.json');
export const ATLAS_COLUMNS = path.join(STATIC_DIR, 'data/atlas.columns.json');

/** Writes both files; returns their sizes in bytes. */
export function writeAtlas(atlas: Atlas): { json: number; columns: number } {
	mkdirSync(path.dirname(ATLAS_JSON), { recursive: true });
	const json = JSON.stringify(atlas);
	const columns = JSON.stringify(encodeAtlas(atlas));
	writeFileSync(ATLAS_JSON, json);
	writeFileSync(ATLAS_COLUMNS, columns);
	return { json: Buffer.byteLength(json), columns: Buffer.byteLength(columns) };
}
