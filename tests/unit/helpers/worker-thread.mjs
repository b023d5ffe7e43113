/**
 * Runs the real data worker module (src/lib/worker/data.worker.ts) in a Node worker thread, as a
 * browser runs it in a dedicated Worker: `self` is the thread's global, `self.postMessage` and
 * `self.onmessage` are wired to the parent port, and `fetch` serves the site's static files
 * (static/ under workerData.base) — any other path answers 404, and workerData.brokenBase answers
 * 200 with a body that is not JSON. Test-only: loaded by tests/unit/worker-client.test.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();

globalThis.self = globalThis;
globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);
// A browser queues messages until the worker's script has run: so does this.
const early = [];
parentPort.on('message', (data) => (globalThis.onmessage ? globalThis.onmessage({ data }) : early.push(data)));

globalThis.fetch = async (url) => {
	const u = String(url);
	if (workerData.brokenBase && u.startsWith(`${workerData.brokenBase}/`)) return new Response('{"cut off', { status: 200 });
	if (!u.startsWith(`${workerData.base}/`)) return new Response('', { status: 404, statusText: 'Not Found' });
	try {
		return new Response(await readFile(path.join(workerData.staticDir, u.slice(workerData.base.length + 1))), { status: 200 });
	} catch {
		return new Response('', { status: 404, statusText: 'Not Found' });
	}
};

await import(workerData.module);
for (const data of early.splice(0)) globalThis.onmessage({ data });
