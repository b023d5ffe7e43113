/**
 * The records the app shows: the embedded atlas (fetched once on the client from
 * `${base}/data/atlas.json`, never inlined into prerendered pages) plus datasets the user imported.
 * Data lives in $state.raw: it is replaced, never mutated, so Svelte does not proxy 100k records.
 */
import { base } from '$app/paths';
import type { Atlas, CoopRecord, Dataset, Figure, ImportReport } from '$lib/data/model';
import { buildIndex, type RecordIndex } from '$lib/data/query';
import { markCrossDuplicates } from '$lib/data/import/reconcile';

export interface ImportedDataset {
	dataset: Dataset;
	records: CoopRecord[];
	report: ImportReport;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class AtlasStore {
	embedded = $state.raw<Atlas | null>(null);
	imported = $state.raw<ImportedDataset[]>([]);
	status = $state<LoadStatus>('idle');
	error = $state<string | null>(null);

	/** The embedded records (reconciled at build time), then the imported ones; a link an imported file repeats is marked `duplicateOf`. */
	readonly records: CoopRecord[] = $derived(
		this.imported.length
			? markCrossDuplicates([...(this.embedded?.records ?? []), ...this.imported.flatMap((d) => d.records)])
			: (this.embedded?.records ?? [])
	);
	readonly datasets: Dataset[] = $derived([...(this.embedded?.datasets ?? []), ...this.imported.map((d) => d.dataset)]);
	readonly figures: Figure[] = $derived(this.embedded?.figures ?? []);
	/** Filter and search index over `records`, rebuilt only when the records change. */
	readonly index: RecordIndex = $derived(buildIndex(this.records));

	/** Fetches the embedded atlas once; later calls return the same promise. */
	load(fetcher: typeof fetch = fetch): Promise<void> {
		return (this.#loading ??= this.#load(fetcher));
	}
	#loading: Promise<void> | null = null;

	async #load(fetcher: typeof fetch): Promise<void> {
		this.status = 'loading';
		try {
			const res = await fetcher(`${base}/data/atlas.json`);
			if (!res.ok) throw new Error(`${res.status} ${res.statusText} — ${base}/data/atlas.json (run \`npm run data:build\`)`);
			this.embedded = (await res.json()) as Atlas;
			this.status = 'ready';
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
	}

	/** Adds (or replaces, same id) a user-imported dataset. */
	addDataset(dataset: Dataset, records: CoopRecord[], report: ImportReport): void {
		this.imported = [...this.imported.filter((d) => d.dataset.id !== dataset.id), { dataset: { ...dataset, imported: true }, records, report }];
	}

	removeDataset(id: string): void {
		this.imported = this.imported.filter((d) => d.dataset.id !== id);
	}
}
