/**
 * The records the app shows: the embedded atlas (fetched once on the client from
 * `${base}/data/atlas.columns.json`, the compact wire format of $lib/data/wire, never inlined into
 * prerendered pages) plus datasets the user imported.
 * Data lives in $state.raw: it is replaced, never mutated, so Svelte does not proxy 100k records.
 */
import { base } from '$app/paths';
import type { Atlas, CoopRecord, Dataset, Figure, ImportReport } from '$lib/data/model';
import { buildIndex, type RecordIndex } from '$lib/data/query';
import { reconcileDatasets } from '$lib/data/import/reconcile';
import { decodeAtlas } from '$lib/data/wire';
import { findVersion, versionFile, VERSIONS_INDEX, type DataVersion, type VersionsManifest } from '$lib/data/versions';

/** The embedded atlas's file, under `base` (written by `npm run data:build`). */
export const ATLAS_FILE = 'data/atlas.columns.json';

/** Lets the browser paint and handle input between two pieces of start-up work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface ImportedDataset {
	dataset: Dataset;
	records: CoopRecord[];
	report: ImportReport;
}

/** `unknown-version`: the URL pins a data version (`v=`) that was never released here. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error' | 'unknown-version';

export class AtlasStore {
	embedded = $state.raw<Atlas | null>(null);
	imported = $state.raw<ImportedDataset[]>([]);
	status = $state<LoadStatus>('idle');
	error = $state<string | null>(null);
	/** The pinned data version shown (from `v=` in the URL); null for the live data. */
	version = $state.raw<DataVersion | null>(null);

	/**
	 * The embedded records (reconciled at build time), then the imported ones, reconciled together as
	 * the build does: a partner an imported file names otherwise ("Frankfurt" for "Frankfurt am Main")
	 * is one partner, and a link the file repeats is marked `duplicateOf` (≈ 0.1 s more than the
	 * duplicates alone with 100k imported links, once per import).
	 */
	readonly records: CoopRecord[] = $derived(
		this.imported.length
			? reconcileDatasets([...(this.embedded?.records ?? []), ...this.imported.flatMap((d) => d.records)]).records
			: (this.embedded?.records ?? [])
	);
	readonly datasets: Dataset[] = $derived([...(this.embedded?.datasets ?? []), ...this.imported.map((d) => d.dataset)]);
	readonly figures: Figure[] = $derived(this.embedded?.figures ?? []);
	/** Filter and search index over `records`, rebuilt only when the records change. */
	readonly index: RecordIndex = $derived(buildIndex(this.records));

	/**
	 * Fetches the embedded atlas once; later calls return the same promise. With a `version` (a
	 * pinned link's `v=`), that released version instead, after checking the versions manifest
	 * (an unknown id is never requested). The live path makes one request, as it always did.
	 */
	load(fetcher: typeof fetch = fetch, version: string | null = null): Promise<void> {
		return (this.#loading ??= this.#load(fetcher, version));
	}
	#loading: Promise<void> | null = null;

	async #load(fetcher: typeof fetch, version: string | null): Promise<void> {
		this.status = 'loading';
		performance.mark('atlas:load');
		try {
			let file = ATLAS_FILE;
			if (version !== null) {
				const index = await fetcher(`${base}/${VERSIONS_INDEX}`);
				const manifest = index.ok ? ((await index.json()) as VersionsManifest) : null;
				const pinned = findVersion(manifest, version);
				if (!pinned) {
					this.status = 'unknown-version';
					return;
				}
				this.version = pinned;
				file = versionFile(pinned.id);
			}
			const res = await fetcher(`${base}/${file}`);
			if (!res.ok) throw new Error(`${res.status} ${res.statusText} — ${base}/${file} (run \`npm run data:build\`)`);
			const wire: unknown = await res.json();
			performance.mark('atlas:json');
			// parsing, decoding and the first render each get their own task: none blocks input for long
			await nextTask();
			const atlas = decodeAtlas(wire);
			performance.mark('atlas:decoded');
			await nextTask();
			performance.mark('atlas:set');
			this.embedded = atlas;
			this.status = 'ready';
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
	}

	/**
	 * The released version of the data shown: the pinned one, or (fetched on demand, e.g. when the
	 * embed dialog offers a pinned embed, never at start-up) the manifest's current version.
	 */
	shownVersion(fetcher: typeof fetch = fetch): Promise<DataVersion | null> {
		if (this.version) return Promise.resolve(this.version);
		return (this.#current ??= fetcher(`${base}/${VERSIONS_INDEX}`)
			.then((r) => (r.ok ? (r.json() as Promise<VersionsManifest>) : null))
			.then((m) => (m ? findVersion(m, m.current) : null))
			.catch(() => null));
	}
	#current: Promise<DataVersion | null> | null = null;

	/** Adds (or replaces, same id) a user-imported dataset. */
	addDataset(dataset: Dataset, records: CoopRecord[], report: ImportReport): void {
		this.imported = [...this.imported.filter((d) => d.dataset.id !== dataset.id), { dataset: { ...dataset, imported: true }, records, report }];
	}

	removeDataset(id: string): void {
		this.imported = this.imported.filter((d) => d.dataset.id !== id);
	}
}
