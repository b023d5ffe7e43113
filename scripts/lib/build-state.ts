/**
 * Is build/ there and newer than what it is built from? (Node only.) Scripts that drive the built
 * site (npm run briefs) build it first when it is missing or older than its sources.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the site is built from, relative to the project root. */
export const BUILD_INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

/** Newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
export function newestMtime(p: string): number {
	if (!existsSync(p)) return 0;
	const st = statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const e of readdirSync(p, { withFileTypes: true })) newest = Math.max(newest, newestMtime(path.join(p, e.name)));
	return newest;
}

export type BuildState = { state: 'fresh' } | { state: 'missing' } | { state: 'stale'; newer: string };

export function buildState(root: string, buildDir = path.join(root, 'build')): BuildState {
	const marker = path.join(buildDir, 'index.html');
	if (!existsSync(marker)) return { state: 'missing' };
	const built = statSync(marker).mtimeMs;
	for (const input of BUILD_INPUTS) if (newestMtime(path.join(root, input)) > built) return { state: 'stale', newer: input };
	return { state: 'fresh' };
}
