import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';

// E2E_PORT lets several checkouts run their suites side by side without reusing each other's server.
const port = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests in Debian's Chromium against the built static site (see scripts/ensure-chromium.sh). */
export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	webServer: {
		command: `npx tsx scripts/serve.ts --port ${port}`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 900 },
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	}
});
