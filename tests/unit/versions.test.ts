/** Released data versions: the id is the content hash of the columns file; versions are written once and never lost. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import type { Atlas } from '../../src/lib/data/model';
import { addVersion, findVersion, type VersionsManifest } from '../../src/lib/data/versions';
import { decodeAtlas } from '../../src/lib/data/wire';
import { writeAtlas } from '../../scripts/lib/write-atlas';
import { FILES, readBytes, realResources } from './helpers/real-data';

const laureats = { id: 'laureats', title: 'Lauréats', licence: 'sourcés', sourceUrl: null, date: '2026-11-23', description: '' };

/** The atlas of laureats.csv, optionally without its last rows (a "data update"). */
async function atlasOf(dropLast = 0): Promise<Atlas> {
	const { records, figures } = await importFile(readBytes(FILES.laureats), { fileName: 'laureats.csv', dataset: laureats }, realResources());
	return { datasets: [laureats], records: records.slice(0, records.length - dropLast), figures };
}

const dirs: string[] = [];
const tempData = () => {
	const d = mkdtempSync(path.join(tmpdir(), 'atlas-versions-'));
	dirs.push(d);
	return d;
};
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'versions/index.json'), 'utf8')) as VersionsManifest;

describe('data versions (npm run data:build)', () => {
	it('same data → same id, written once; the live file and the version hold the same atlas', async () => {
		const dir = tempData();
		const atlas = await atlasOf();
		const first = writeAtlas(atlas, dir);
		const again = writeAtlas(await atlasOf(), tempData());
		expect(first.version.id).toMatch(/^[0-9a-f]{12}$/);
		expect(again.version.id).toBe(first.version.id);
		expect(first.added).toBe(true);
		const rerun = writeAtlas(atlas, dir);
		expect(rerun.added).toBe(false);
		expect(manifestOf(dir).versions).toHaveLength(1);
		const pinned = readFileSync(path.join(dir, `versions/${first.version.id}/atlas.columns.json`), 'utf8');
		expect(pinned).toBe(readFileSync(path.join(dir, 'atlas.columns.json'), 'utf8'));
		expect(decodeAtlas(JSON.parse(pinned)).records).toHaveLength(39);
		expect(first.version).toEqual({ id: first.version.id, date: '2026-11-23', records: 39, figures: 0, datasets: 1 });
	});

	it('changed data → a new id; the earlier version stays on disk and in the manifest, unchanged', async () => {
		const dir = tempData();
		const v1 = writeAtlas(await atlasOf(), dir).version;
		const before = readFileSync(path.join(dir, `versions/${v1.id}/atlas.columns.json`), 'utf8');
		const v2 = writeAtlas(await atlasOf(5), dir).version;
		expect(v2.id).not.toBe(v1.id);
		expect(v2.records).toBe(34);
		const m = manifestOf(dir);
		expect(m.current).toBe(v2.id);
		expect(m.versions.map((v) => v.id)).toEqual([v1.id, v2.id]);
		expect(readFileSync(path.join(dir, `versions/${v1.id}/atlas.columns.json`), 'utf8')).toBe(before);
		expect(decodeAtlas(JSON.parse(before)).records).toHaveLength(39);
		// Back to the first data: the same version again, nothing duplicated, nothing removed.
		expect(writeAtlas(await atlasOf(), dir).version.id).toBe(v1.id);
		expect(manifestOf(dir)).toEqual({ current: v1.id, versions: m.versions });
		expect(readdirSync(path.join(dir, 'versions')).sort()).toEqual([v1.id, v2.id, 'index.json'].sort());
	});

	it('a version folder found on disk but missing from the manifest is listed again, not dropped', async () => {
		const dir = tempData();
		const v1 = writeAtlas(await atlasOf(), dir).version;
		rmSync(path.join(dir, 'versions/index.json'));
		const v2 = writeAtlas(await atlasOf(1), dir).version;
		expect(manifestOf(dir).versions.map((v) => v.id)).toEqual([v1.id, v2.id]);
		expect(existsSync(path.join(dir, `versions/${v1.id}/atlas.columns.json`))).toBe(true);
	});

	it('findVersion knows only listed, well-formed ids; addVersion never removes one', () => {
		const a = { id: 'aaaaaaaaaaaa', date: '2026-01-01', records: 1, figures: 0, datasets: 1 };
		const b = { ...a, id: 'bbbbbbbbbbbb', date: '2026-02-01' };
		const m = addVersion(addVersion(null, a), b);
		expect(m).toEqual({ current: b.id, versions: [a, b] });
		expect(addVersion(m, a)).toEqual({ current: a.id, versions: [a, b] });
		expect(findVersion(m, a.id)).toEqual(a);
		expect(findVersion(m, 'cccccccccccc')).toBeNull();
		expect(findVersion(m, '../../etc')).toBeNull();
		expect(findVersion(null, a.id)).toBeNull();
	});
});
