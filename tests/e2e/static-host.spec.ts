/**
 * The built site on a plain static file server with no rewrite rules (Python's http.server, on
 * every machine of ours and most developers'): a région page answers at /region/76/ and at the old
 * address /region/76, rendered with its records, and its dashboard loads the atlas from the same host.
 * Needs `npm run build` first, like every e2e spec.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';

const BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build');
// Its own port, next to the suite's server (E2E_PORT keeps side-by-side checkouts apart).
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
const ORIGIN = `http://127.0.0.1:${PORT}`;

let server: ChildProcess | null = null;

test.beforeAll(async () => {
	server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', BUILD], { stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(ORIGIN + '/')).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`python3 -m http.server did not answer on ${ORIGIN}`);
});

test.afterAll(() => {
	server?.kill();
});

/** Page errors, console errors and requests that leave the static host. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
	page.on('request', (r) => !r.url().startsWith(ORIGIN + '/') && !/^(data|blob):/.test(r.url()) && problems.push(`request outside ${ORIGIN}: ${r.url()}`));
	return problems;
}

for (const address of ['/region/76/', '/region/76']) {
	test(`a région page at ${address} on a plain static server`, async ({ page }) => {
		const problems = watch(page);
		const res = await page.goto(ORIGIN + address);
		expect(res?.status()).toBe(200);
		await expect(page).toHaveURL(`${ORIGIN}/region/76/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Occitanie');
		await expect(page.locator('article[data-place="region"]')).toBeVisible();
		const castres = page.locator('section.records tbody tr').filter({ hasText: 'Castres' }).filter({ hasText: 'District de Huyé' });
		await expect(castres).toHaveCount(1);
		// the dashboard below the heading loaded the atlas from this host
		await expect(page.locator('[data-testid="explorer"]')).toHaveAttribute('data-status', 'ready');
		await expect(page.locator('[data-testid="figure-records"]')).toContainText(/\d/);
		// a place link goes to a page of the same host, not to a folder listing
		await page.locator('section.records td.french a', { hasText: 'Castres' }).first().click();
		await expect(page).toHaveURL(`${ORIGIN}/collectivite/81065/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Castres');
		expect(problems).toEqual([]);
	});
}

test('the dashboard and a country page on a plain static server', async ({ page }) => {
	const problems = watch(page);
	await page.goto(ORIGIN + '/pays/SN');
	await expect(page).toHaveURL(`${ORIGIN}/pays/SN/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sénégal');
	await page.goto(ORIGIN + '/');
	await expect(page.locator('[data-testid="explorer"]')).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('[data-testid="figure-records"]')).toContainText(/\d/);
	expect(problems).toEqual([]);
});
