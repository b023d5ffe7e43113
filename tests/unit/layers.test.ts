/**
 * The domain core (src/lib/data) runs in the browser worker, the data build and the CLI: it must
 * not import the screen (state, i18n, Svelte, SvelteKit). Scans every file under src/lib/data.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const DATA = path.resolve(__dirname, '../../src/lib/data');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = path.join(dir, name);
		return statSync(p).isDirectory() ? files(p) : /\.(ts|js)$/.test(name) ? [p] : [];
	});
}

/** Every module specifier of a file: static and dynamic imports, re-exports. */
function specifiers(source: string): string[] {
	const out: string[] = [];
	const re = /(?:\bimport\s*(?:type\s+)?(?:[^'"`;]*?\bfrom\s*)?|\bexport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;
	for (const m of source.matchAll(re)) out.push(m[1]);
	return out;
}

/** What a specifier points to, as a path under src/lib when it is one ("$lib/state/x" or "../state/x"), else the package. */
function target(file: string, spec: string): string {
	if (spec.startsWith('$lib/')) return spec.slice(5);
	if (spec.startsWith('.')) return path.relative(path.resolve(__dirname, '../../src/lib'), path.resolve(path.dirname(file), spec)).split(path.sep).join('/');
	return spec;
}

const FORBIDDEN = [/^state(\/|$)/, /^i18n(\/|$)/, /^svelte(\/|$)/, /^\$app(\/|$)/, /^@sveltejs\//, /\.svelte(\.ts)?$/];

describe('src/lib/data imports nothing from the screen', () => {
	const all = files(DATA);
	it('finds the core modules', () => {
		expect(all.length).toBeGreaterThan(30);
		expect(specifiers("import type { X } from '$lib/state/filters';\nimport('../i18n/labels');\nexport { y } from 'svelte/store';")).toEqual([
			'$lib/state/filters',
			'../i18n/labels',
			'svelte/store'
		]);
	});
	it.each(all.map((f) => [path.relative(DATA, f), f]))('%s', (_name, file) => {
		const bad = specifiers(readFileSync(file, 'utf8'))
			.map((s) => [s, target(file, s)] as const)
			.filter(([, t]) => FORBIDDEN.some((re) => re.test(t)))
			.map(([s]) => s);
		expect(bad).toEqual([]);
	});
});

/**
 * The stack above the core, bottom to top: data → i18n → state → export → the views (map, charts,
 * pages, components, imports). A module imports only from its own layer or below.
 */
const LIB = path.resolve(__dirname, '../../src/lib');
const VIEWS = ['map', 'charts', 'pages', 'components', 'imports', 'server'];
const ABOVE: Record<string, string[]> = {
	i18n: ['state', 'export', 'worker', ...VIEWS],
	state: ['export', 'worker', ...VIEWS],
	export: ['state', ...VIEWS]
};

describe.each(Object.entries(ABOVE))('src/lib/%s imports nothing above it', (dir, above) => {
	const all = files(path.join(LIB, dir)).concat(
		readdirSync(path.join(LIB, dir), { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.svelte'))
			.map((f) => path.join(LIB, dir, f))
	);
	it('has modules', () => expect(all.length).toBeGreaterThan(2));
	it.each(all.map((f) => [path.relative(LIB, f), f]))('%s', (_name, file) => {
		const bad = specifiers(readFileSync(file, 'utf8')).filter((s) => above.some((a) => target(file, s).startsWith(`${a}/`)));
		expect(bad).toEqual([]);
	});
});
