import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';
const port = 4391;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--root', 'build'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 2500));
for (let i = 0; i < 4; i++) {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await ctx.newPage();
	await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' });
	await page.waitForSelector('.atlas-map[data-state="idle"]', { timeout: 60000 });
	const out = await page.evaluate(() => {
		const r: Record<string, number> = {};
		for (const m of performance.getEntriesByType('mark')) r[m.name] = Math.round(m.startTime);
		for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
			const n = e.name.split('/').slice(-1)[0].split('?')[0];
			if (/atlas|world|json|mjs|worker/.test(n) || e.initiatorType === 'script') r['res ' + n.slice(0, 28)] = Math.round(e.responseEnd);
		}
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		r.domInteractive = Math.round(nav.domInteractive);
		r.domContentLoaded = Math.round(nav.domContentLoadedEventEnd);
		return r;
	});
	console.log(JSON.stringify(Object.entries(out).sort((a, b) => a[1] - b[1])));
	await browser.close();
}
process.kill(-server.pid!);
