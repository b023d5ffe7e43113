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
/** Brotli's best qualities take seconds per MB: 9 for what a first visit loads, 5 for the big lazy assets. */
const BIG = 1_500_000;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && TEXT.test(d.name))
		.map((d) => path.join(d.parentPath, d.name));
}

async function compress(file: string): Promise<number> {
	const raw = readFileSync(file);
	if (raw.length < MIN_BYTES) return 0;
	const quality = raw.length > BIG ? 5 : 9;
	const [b, g] = await Promise.all([
		br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
		gz(raw, { level: 9 })
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
	for (let i = 0; i < list.length; i += 8) saved += (await Promise.all(list.slice(i, i + 8).map(compress))).reduce((a, b) => a + b, 0);
	console.log(`precompressed ${list.length} files in ${path.relative(process.cwd(), root)} (.br saves ${(saved / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
	console.error(`precompress failed: ${(e as Error).message}`);
	process.exit(1);
});
