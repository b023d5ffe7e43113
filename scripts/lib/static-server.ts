/**
 * The plain static server behind `npm start` and the e2e tests: serves the built site (`build/`)
 * as any static host would, with the precompressed `.br` / `.gz` files written by
 * scripts/precompress.ts (sirv picks the best the browser accepts and sets Content-Encoding).
 * A folder asked for without its trailing slash is redirected to it (`/region/76` → `/region/76/`,
 * as most static hosts do); an unknown path gets the site's 404 page with status 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticServerOptions {
	/** Folder to serve (the adapter-static output). */
	root: string;
	/** Page sent with status 404 for unknown paths, relative to root. */
	notFound?: string;
}

/** The folder's path relative to root when `pathname` names a folder of root, else null. */
function folderOf(root: string, pathname: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const abs = path.join(root, decoded);
	if (abs !== root && !abs.startsWith(root + path.sep)) return null;
	try {
		return statSync(abs).isDirectory() ? abs : null;
	} catch {
		return null;
	}
}

export function staticHandler({ root, notFound = '404.html' }: StaticServerOptions) {
	const dir = path.resolve(root);
	const notFoundPage = path.join(dir, notFound);
	const serve = sirv(dir, {
		brotli: true,
		gzip: true,
		etag: true,
		// A folder's index.html (folders without their slash were redirected above).
		extensions: ['html'],
		setHeaders: (res, pathname) => {
			if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public,max-age=31536000,immutable');
		}
	});
	return (req: IncomingMessage, res: ServerResponse) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.endsWith('/') && folderOf(dir, url.pathname)) {
			res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		serve(req, res, () => {
			const body = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
			res.writeHead(404, { 'Content-Type': existsSync(notFoundPage) ? 'text/html;charset=utf-8' : 'text/plain', 'Content-Length': body.length });
			res.end(req.method === 'HEAD' ? undefined : body);
		});
	};
}

export function createStaticServer(options: StaticServerOptions): Server {
	return createServer(staticHandler(options));
}
