/**
 * The user's imported datasets kept in the browser's IndexedDB (via idb-keyval), one entry per
 * dataset id. Nothing leaves the browser. Browser-only: call from onMount / event handlers.
 */
import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import type { CoopRecord, Dataset, ImportReport } from '$lib/data/model';
import { isStoredImport, sortImports, toStoredImport, type StoredImport } from './stored';

let idb: UseStore | null = null;
const db = () => (idb ??= createStore('atlas-cooperation', 'imports'));

/** Saves (or replaces) an imported dataset with its records and report. */
export async function saveImport(dataset: Dataset, records: CoopRecord[], report: ImportReport): Promise<StoredImport> {
	const item = toStoredImport(dataset, records, report);
	// $state proxies cannot be cloned into IndexedDB: store plain data
	await set(item.dataset.id, JSON.parse(JSON.stringify(item)), db());
	return item;
}

/** Every stored import that can be restored, newest first (malformed entries are skipped). */
export async function listImports(): Promise<StoredImport[]> {
	const all = await values<unknown>(db());
	const ok = all.filter(isStoredImport);
	if (ok.length < all.length) console.warn(`[imports] ${all.length - ok.length} stored import(s) could not be read and were skipped`);
	return sortImports(ok);
}

export async function deleteImport(id: string): Promise<void> {
	await del(id, db());
}

/** What the import store needs of the AtlasStore (src/lib/state/atlas.svelte.ts). */
export interface DatasetSink {
	readonly datasets: readonly Dataset[];
	addDataset(dataset: Dataset, records: CoopRecord[], report: ImportReport): void;
	removeDataset(id: string): void;
}

/** Puts the stored imports back into the atlas after a reload; skips those already there. Returns them. */
export async function restoreImports(sink: DatasetSink): Promise<StoredImport[]> {
	const items = await listImports();
	const present = new Set(sink.datasets.map((d) => d.id));
	for (const item of items) if (!present.has(item.dataset.id)) sink.addDataset(item.dataset, item.records, item.report);
	return items;
}
