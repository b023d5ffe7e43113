/**
 * The server behind `npm start` (scripts/lib/static-server.ts) on a small site laid out like the
 * adapter-static build: precompressed files with their Content-Encoding, folders redirected to
 * their trailing slash, the 404 page for unknown paths.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-static-'));
const atlas = JSON.stringify({ records: Array.from({ length: 200 }, (_, i) => ({ id: `x:${i}`, name: 'Montpellier' })) });
const files: Record<string, string | Buffer> = {
	'index.html': '<h1>Atlas</h1>',
	'404.html': '<h1>Introuvable</h1>',
	'region/76/index.html': '<h1>Occitanie</h1>',
	'region/76/__data.json': '{"type":"data"}',
	'data/atlas.json': atlas,
	'data/atlas.json.br': brotliCompressSync(atlas),
	'data/atlas.json.gz': gzipSync(atlas),
	'data/only-gzip.json': atlas,
	'data/only-gzip.json.gz': gzipSync(atlas)
};
let server: ReturnType<typeof createStaticServer>;
let port = 0;

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A raw GET (node's fetch would decode the body and hide Content-Encoding). */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path: pathname, headers, method }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		writeFileSync(path.join(root, name), content);
	}
	server = createStaticServer({ root });
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	port = (server.address() as AddressInfo).port;
});

afterAll(() => {
	server.close();
	rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
	it('sends the brotli file to a browser that accepts it, with its type and encoding', async () => {
		const r = await get('/data/atlas.json', { 'accept-encoding': 'gzip, deflate, br' });
		expect(r.status).toBe(200);
		expect(r.headers['content-encoding']).toBe('br');
		expect(r.headers['content-type']).toBe('application/json');
		expect(r.headers['vary']).toBe('Accept-Encoding');
		expect(brotliDecompressSync(r.body).toString()).toBe(atlas);
	});

	it('falls back to gzip, then to the plain file', async () => {
		const g = await get('/data/atlas.json', { 'accept-encoding': 'gzip' });
		expect(g.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(g.body).toString()).toBe(atlas);
		const onlyGzip = await get('/data/only-gzip.json', { 'accept-encoding': 'br, gzip' });
		expect(onlyGzip.headers['content-encoding']).toBe('gzip');
		const plain = await get('/data/atlas.json');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(atlas);
	});

	it('serves a folder at its trailing slash and redirects the old address, query kept', async () => {
		const page = await get('/region/76/');
		expect(page.status).toBe(200);
		expect(page.headers['content-type']).toContain('text/html');
		expect(page.body.toString()).toContain('Occitanie');
		const old = await get('/region/76?lang=en');
		expect(old.status).toBe(301);
		expect(old.headers.location).toBe('/region/76/?lang=en');
		expect((await get('/region/76/__data.json')).body.toString()).toBe('{"type":"data"}');
	});

	it('answers unknown paths, outside paths and other methods without leaking files', async () => {
		const missing = await get('/pays/sn');
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toContain('Introuvable');
		const outside = await get('/../../etc/passwd');
		expect(outside.status).toBe(404);
		expect(outside.body.toString()).not.toContain('root:');
		expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
		expect((await get('/', {}, 'POST')).status).toBe(405);
	});
});
