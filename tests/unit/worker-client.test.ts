import { describe, expect, it } from 'vitest';
import { Worker as ThreadWorker } from 'node:worker_threads';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataClient, ImportFailure } from '../../src/lib/worker/client';
import type { WorkerRequest } from '../../src/lib/worker/protocol';
import { FILES, REPO, readBytes } from './helpers/real-data';
import { NETWORK_XLSX } from './helpers/workbooks';

/** The site is served under this base in these tests; the static files are the repository's. */
const BASE = '/atlas';

/**
 * The real data worker (src/lib/worker/data.worker.ts, unchanged) in a Node worker thread, behind
 * the Worker interface the client uses: messages are structured-cloned and transferred as in a
 * browser, terminate() stops the thread. See helpers/worker-thread.mjs.
 */
function realWorker(log: WorkerRequest[] = [], brokenBase?: string) {
	const thread = new ThreadWorker(new URL('./helpers/worker-thread.mjs', import.meta.url), {
		workerData: { module: pathToFileURL(path.join(REPO, 'src/lib/worker/data.worker.ts')).href, staticDir: path.join(REPO, 'static'), base: BASE, brokenBase }
	});
	const w = {
		onmessage: null as ((e: { data: unknown }) => void) | null,
		onerror: null as ((e: { message: string }) => void) | null,
		terminated: false,
		postMessage(msg: WorkerRequest, transfer?: ArrayBuffer[]) {
			log.push({ ...msg, bytes: new ArrayBuffer(0) });
			thread.postMessage(msg, transfer ?? []);
		},
		terminate() {
			w.terminated = true;
			void thread.terminate();
		}
	};
	thread.on('message', (data) => w.onmessage?.({ data }));
	thread.on('error', (e) => w.onerror?.({ message: e.message }));
	return w as unknown as Worker & { terminated: boolean };
}

describe('DataClient', () => {
	it('imports a file, reports progress and resolves with records and report', async () => {
		const log: WorkerRequest[] = [];
		const client = new DataClient({ assetBase: `${BASE}/`, createWorker: () => realWorker(log) });
		const phases: string[] = [];
		const file = new Blob([readBytes(FILES.seed003)]);
		const { promise } = client.importFile(file, { fileName: 'seed.txt' }, (p) => phases.push(p.phase));
		const { records, report } = await promise;
		expect(report.accepted).toBe(6);
		expect(records).toHaveLength(6);
		expect(phases[0]).toBe('read');
		expect(phases.at(-1)).toBe('done');
		expect(log[0]).toMatchObject({ type: 'import', assetBase: '/atlas', options: { fileName: 'seed.txt' } });
		client.dispose();
	});

	it('rejects bad input with the ImportError code and message', async () => {
		const client = new DataClient({ assetBase: BASE, createWorker: () => realWorker() });
		const err = await client.importFile(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])]), { fileName: 'a.xlsx' }).promise.catch((e) => e);
		expect(err).toBeInstanceOf(ImportFailure);
		expect(err.code).toBe('corrupt');
		expect(err.message).toMatch(/damaged or incomplete/);
		client.dispose();
	});

	it('a file whose columns need the user: the failure carries its headers, first rows and guesses', async () => {
		const client = new DataClient({ createWorker: () => realWorker() });
		const text = 'Qui;Avec qui;Pays\nGrenoble;Sévan;Arménie\nNancy;Kanazawa;Japon\n';
		const err = await client.importFile(new Blob([text]), { fileName: 'x.csv' }).promise.catch((e) => e);
		expect(err).toBeInstanceOf(ImportFailure);
		expect(err.code).toBe('no-columns');
		expect(err.columns).toEqual({
			headers: ['Qui', 'Avec qui', 'Pays'],
			preview: [['Grenoble', 'Sévan', 'Arménie'], ['Nancy', 'Kanazawa', 'Japon']],
			suggested: { country: 'Pays' },
			missing: ['french']
		});
		client.dispose();
	});

	it('a static file the worker cannot load is an "asset" failure naming it', async () => {
		const client = new DataClient({ assetBase: '/elsewhere', createWorker: () => realWorker() });
		const err = await client.importFile(readBytes(FILES.seed003).buffer as ArrayBuffer, { fileName: 'seed.txt' }).promise.catch((e) => e);
		expect(err).toBeInstanceOf(ImportFailure);
		expect(err.code).toBe('asset');
		expect(err.message).toBe('Cannot load /elsewhere/data/cog.json (HTTP 404).');
		client.dispose();
	});

	it('any other failure in the worker is "internal", with its cause', async () => {
		const client = new DataClient({ assetBase: '/broken', createWorker: () => realWorker([], '/broken') });
		const err = await client.importFile(readBytes(FILES.seed003).buffer as ArrayBuffer, { fileName: 'seed.txt' }).promise.catch((e) => e);
		expect(err).toBeInstanceOf(ImportFailure);
		expect(err.code).toBe('internal');
		expect(err.message).toMatch(/^Import failed: .*JSON/);
		client.dispose();
	});

	it('a workbook with several sheets: the failure lists them, the chosen sheet imports', async () => {
		const client = new DataClient({ assetBase: BASE, createWorker: () => realWorker() });
		const bytes = readBytes(NETWORK_XLSX);
		const err = await client.importFile(new Blob([bytes]), { fileName: 'reseau.xlsx' }).promise.catch((e) => e);
		expect(err).toBeInstanceOf(ImportFailure);
		expect(err).toMatchObject({ code: 'choose-sheet', sheets: ['Lisez-moi', 'Coopérations'] });
		const { report } = await client.importFile(new Blob([bytes]), { fileName: 'reseau.xlsx', sheet: 'Coopérations' }).promise;
		expect(report).toMatchObject({ rows: 45, accepted: 45, sheet: 'Coopérations', countries: 21 });
		client.dispose();
	});

	it('refuses a file above the limit without reading it or starting the worker', async () => {
		let started = false;
		const client = new DataClient({ createWorker: () => ((started = true), realWorker()) });
		const huge = { size: 100 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
		Object.setPrototypeOf(huge, Blob.prototype);
		const err = await client.importFile(huge as unknown as Blob, { fileName: 'huge.csv' }).promise.catch((e) => e);
		expect(err.code).toBe('too-large');
		expect(err.message).toMatch(/100 MB.*limit is 50 MB/);
		expect(started).toBe(false);
	});

	it('cancel rejects the import and stops the worker; the next import uses a new one', async () => {
		const workers: (Worker & { terminated: boolean })[] = [];
		const client = new DataClient({ assetBase: BASE, createWorker: () => (workers.push(realWorker()), workers.at(-1)!) });
		const first = client.importFile(readBytes(FILES.laureats).buffer as ArrayBuffer, { fileName: 'laureats.csv' });
		first.cancel(); // before the worker replies
		expect((await first.promise.catch((e) => e)).code).toBe('cancelled');
		expect(workers[0].terminated).toBe(true);
		const second = await client.importFile(readBytes(FILES.seed003).buffer as ArrayBuffer, { fileName: 'seed.txt' }).promise;
		expect(second.report.accepted).toBe(6);
		expect(workers).toHaveLength(2);
		client.dispose();
	});
});
