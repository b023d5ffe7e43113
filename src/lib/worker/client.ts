/**
 * The UI's handle on the data worker: one promise per import (replies matched by id), a progress
 * callback, and cancellation. Cancelling terminates the worker (a running parse cannot be
 * interrupted otherwise); the next import starts a fresh one.
 */
import { MAX_IMPORT_BYTES } from '../data/csv/decode';
import type { ImportOptions, ImportProgress, ImportResult } from '../data/pipeline';
import type { UnmappedColumns } from '../data/formats/mapping';
import type { WorkerRequest, WorkerResponse } from './protocol';

export class ImportFailure extends Error {
	readonly code: Extract<WorkerResponse, { type: 'error' }>['code'] | 'cancelled';
	/** What the mapping editor needs when the file's columns could not be matched. */
	readonly columns?: UnmappedColumns;
	/** A workbook's sheets with data, when the import needs one of them chosen. */
	readonly sheets?: string[];
	constructor(code: ImportFailure['code'], message: string, extra: { columns?: UnmappedColumns; sheets?: string[] } = {}) {
		super(message);
		this.name = 'ImportFailure';
		this.code = code;
		if (extra.columns) this.columns = extra.columns;
		if (extra.sheets) this.sheets = extra.sheets;
	}
}

interface Pending {
	resolve: (r: ImportResult) => void;
	reject: (e: ImportFailure) => void;
	onProgress?: (p: ImportProgress) => void;
}

export interface DataClientOptions {
	/** Site base path (SvelteKit's `base` from $app/paths), '' at the root. */
	assetBase?: string;
	/** Worker factory, replaceable in tests. */
	createWorker?: () => Worker;
}

export interface ImportHandle {
	promise: Promise<ImportResult>;
	cancel: () => void;
}

const defaultWorker = () => new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });

export class DataClient {
	private worker: Worker | null = null;
	private pending = new Map<number, Pending>();
	private nextId = 1;
	private readonly assetBase: string;
	private readonly createWorker: () => Worker;

	constructor(options: DataClientOptions = {}) {
		this.assetBase = (options.assetBase ?? '').replace(/\/$/, '');
		this.createWorker = options.createWorker ?? defaultWorker;
	}

	private getWorker(): Worker {
		if (this.worker) return this.worker;
		const w = this.createWorker();
		w.onmessage = (e: MessageEvent<WorkerResponse>) => this.onMessage(e.data);
		w.onerror = (e) => this.failAll('internal', `The data worker crashed: ${e.message ?? 'unknown error'}`);
		this.worker = w;
		return w;
	}

	private onMessage(msg: WorkerResponse) {
		const p = this.pending.get(msg.id);
		if (!p) return;
		if (msg.type === 'progress') p.onProgress?.(msg.progress);
		else {
			this.pending.delete(msg.id);
			if (msg.type === 'result') p.resolve(msg.result);
			else p.reject(new ImportFailure(msg.code, msg.message, { columns: msg.columns, sheets: msg.sheets }));
		}
	}

	private failAll(code: ImportFailure['code'], message: string) {
		for (const p of this.pending.values()) p.reject(new ImportFailure(code, message));
		this.pending.clear();
		this.worker?.terminate();
		this.worker = null;
	}

	/** Imports a File (or bytes) in the worker. Files above the size limit are refused before being read. */
	importFile(
		file: Blob | ArrayBuffer,
		options: ImportOptions,
		onProgress?: (p: ImportProgress) => void
	): ImportHandle {
		const id = this.nextId++;
		const promise = new Promise<ImportResult>((resolve, reject) => {
			const size = file instanceof Blob ? file.size : file.byteLength;
			if (size > MAX_IMPORT_BYTES) {
				const mb = Math.round(size / 1024 / 1024);
				reject(
					new ImportFailure(
						'too-large',
						`File too large (${mb} MB): the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into several files and import them one by one.`
					)
				);
				return;
			}
			this.pending.set(id, { resolve, reject, onProgress });
			const send = (bytes: ArrayBuffer) => {
				if (!this.pending.has(id)) return; // cancelled while reading
				const msg: WorkerRequest = { id, type: 'import', bytes, options, assetBase: this.assetBase };
				this.getWorker().postMessage(msg, [bytes]);
			};
			if (file instanceof Blob) file.arrayBuffer().then(send, (e) => this.rejectOne(id, 'internal', `Cannot read the file: ${e}`));
			else send(file.slice(0));
		});
		return { promise, cancel: () => this.cancel(id) };
	}

	private rejectOne(id: number, code: ImportFailure['code'], message: string) {
		const p = this.pending.get(id);
		if (!p) return;
		this.pending.delete(id);
		p.reject(new ImportFailure(code, message));
	}

	/** Cancels one import: the worker is stopped, other imports in flight are cancelled too. */
	cancel(id: number) {
		if (!this.pending.has(id)) return;
		this.rejectOne(id, 'cancelled', 'Import cancelled.');
		this.failAll('cancelled', 'Import cancelled.');
	}

	dispose() {
		this.failAll('cancelled', 'Data client closed.');
	}
}
