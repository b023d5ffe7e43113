/**
 * The shared Playwright fixture of every e2e spec: a test fails on any uncaught page error, any
 * console error, and any request that leaves the site's origin (http://localhost:4173, the config's
 * baseURL) other than data:, blob: and about: URLs — such requests are also aborted. It watches the
 * whole browser context, so pages opened with context.newPage() and popups are covered too.
 *
 *   import { test, expect } from './fixtures';
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

const problemsOf = new WeakMap<BrowserContext, string[]>();

function allowed(url: string, origin: string): boolean {
	return /^(data|blob|about):/.test(url) || url === origin || url.startsWith(`${origin}/`);
}

export const test = base.extend({
	context: async ({ context, baseURL }, use) => {
		const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
		const problems: string[] = [];
		problemsOf.set(context, problems);
		context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
		context.on('console', (m) => {
			if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
		});
		context.on('request', (r) => {
			if (!allowed(r.url(), origin)) problems.push(`request outside ${origin}: ${r.url()}`);
		});
		await context.route((url) => !allowed(url.href, origin), (route) => route.abort('blockedbyclient'));
		await use(context);
		expect(problems, 'page errors, console errors or requests outside the origin').toEqual([]);
	},
	page: async ({ context }, use) => {
		await use(await context.newPage());
		expect(problemsOf.get(context) ?? [], 'page errors, console errors or requests outside the origin').toEqual([]);
	}
});

export { expect };
