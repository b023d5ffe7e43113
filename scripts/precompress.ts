/**
 * After `vite build`: writes `<file>.br` and `<file>.gz` beside every text asset of the static
 * build that compression makes noticeably smaller, for hosts (and scripts/serve.ts) that serve
 * precompressed files.   tsx scripts/precompress.ts [build]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT = /\.(html|js|mjs|css|json|svg|tsv|csv|txt|xml|webmanifest|map)$/;
const MIN_BYTES = 1024;
/**
 * Brotli's high qualities take a second per MB: 9 for the app's code and the atlas (what every
 * visit loads), 5 for the ~2,000 prerendered pages and the big assets loaded only for an import.
 */
const BIG = 1_500_000;
const qualityOf = (rel: string, size: number) => (/^(_app|data)\//.test(rel) && size < BIG ? 9 : 5);

const br = promisify(brotliCompress);
const gz = promisify(gzip);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && TEXT.test(d.name))
		.map((d) => path.join(d.parentPath, d.name));
}

async function compress(root: string, file: string): Promise<number> {
	const raw = readFileSync(file);
	if (raw.length < MIN_BYTES) return 0;
	const quality = qualityOf(path.relative(root, file).split(path.sep).join('/'), raw.length);
	const [b, g] = await Promise.all([
		br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
		gz(raw, { level: 6 })
	]);
	let saved = 0;
	// Not worth a second request path when it saves under 10 %.
	if (b.length < raw.length * 0.9) (writeFileSync(file + '.br', b), (saved += raw.length - b.length));
	if (g.length < raw.length * 0.9) writeFileSync(file + '.gz', g);
	return saved;
}

async function main() {
	const root = path.resolve(process.argv[2] ?? 'build');
	const list = files(root);
	const t = performance.now();
	let saved = 0;
	// A few at a time: zlib runs on libuv's thread pool.
	for (let i = 0; i < list.length; i += 8) saved += (await Promise.all(list.slice(i, i + 8).map((f) => compress(root, f)))).reduce((a, b) => a + b, 0);
	console.log(`precompressed ${list.length} files in ${path.relative(process.cwd(), root)} (.br saves ${(saved / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
	console.error(`precompress failed: ${(e as Error).message}`);
	process.exit(1);
});
