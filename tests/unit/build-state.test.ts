import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildState } from '../../scripts/lib/build-state';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
	root = mkdtempSync(path.join(tmpdir(), 'build-state-'));
	mkdirSync(path.join(root, 'src/lib'), { recursive: true });
	writeFileSync(path.join(root, 'src/lib/a.ts'), '');
	writeFileSync(path.join(root, 'package.json'), '{}');
	return root;
}
const at = (p: string, seconds: number) => utimesSync(p, seconds, seconds);

describe('buildState (npm run briefs builds the site when it must)', () => {
	it('missing without build/index.html', () => {
		expect(buildState(project())).toEqual({ state: 'missing' });
	});

	it('fresh when build/ is newer than every input, stale when a source file changed after', () => {
		const r = project();
		mkdirSync(path.join(r, 'build'));
		writeFileSync(path.join(r, 'build/index.html'), '');
		for (const p of ['src/lib/a.ts', 'src/lib', 'src', 'package.json']) at(path.join(r, p), 1000);
		at(path.join(r, 'build/index.html'), 2000);
		expect(buildState(r)).toEqual({ state: 'fresh' });
		at(path.join(r, 'src/lib/a.ts'), 3000);
		expect(buildState(r)).toEqual({ state: 'stale', newer: 'src' });
	});
});
