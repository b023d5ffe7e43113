/**
 * The year player on the dashboard: steps, URL, the player's year and the key figures in step; the
 * cumulative and per-year modes; a permalink opening on its year; keyboard play / pause. Expected
 * counts are computed here from the served atlas (/data/atlas.json), not by the app's query code.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

interface AtlasRecord {
	year: number | null;
	partners: { country: string | null; domestic?: boolean }[];
}

let records: AtlasRecord[] = [];

test.beforeAll(async ({ request }) => {
	const res = await request.get('/data/atlas.json');
	expect(res.ok()).toBe(true);
	records = ((await res.json()) as { records: AtlasRecord[] }).records;
	expect(records.filter((r) => r.year !== null).length).toBeGreaterThan(20);
});

/** What the key figures must say for a step: records with a year in [from, year] (cumulative) or equal to year. */
function expected(year: number, mode: 'cumulative' | 'single', from: number | null = null) {
	const shown = records.filter((r) => r.year !== null && (mode === 'single' ? r.year === year : r.year <= year && (from === null || r.year >= from)));
	const countries = new Set(shown.flatMap((r) => r.partners.filter((p) => !p.domestic && p.country).map((p) => p.country)));
	return { records: shown.length, countries: countries.size };
}

const figure = async (page: Page, key: 'records' | 'countries') => Number((await page.getByTestId(`figure-${key}`).innerText()).replace(/\D/g, ''));

async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByTestId('explorer')).toHaveAttribute('data-status', 'ready');
	await expect(page.getByTestId('year-player')).toBeVisible();
}

/** The URL, the player and the key figures all say `year` in `mode`. */
async function inStep(page: Page, year: number, mode: 'cumulative' | 'single', from: number | null = null) {
	await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(String(year));
	expect(new URL(page.url()).searchParams.get('yearmode')).toBe(mode === 'single' ? 'single' : null);
	await expect(page.getByTestId('player-year')).toHaveAttribute('data-year', String(year));
	await expect(page.getByTestId('player-year')).toHaveText(String(year));
	const want = expected(year, mode, from);
	await expect.poll(async () => [await figure(page, 'records'), await figure(page, 'countries')]).toEqual([want.records, want.countries]);
	await expect(page.getByTestId('player-mode-' + mode)).toBeChecked();
}

test('the player steps through three years with the URL and the counts in step, in both modes', async ({ page, context }) => {
	await open(page, '/?from=2015');
	const years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null && y >= 2015))].sort((a, b) => a - b);
	// Records without a year are counted apart and said.
	const undated = records.filter((r) => r.year === null).length;
	await expect(page.getByTestId('player-undated')).toHaveAttribute('data-count', String(undated));
	await expect(page.getByTestId('player-undated')).toContainText('sans année, non animés');
	await expect(page.getByTestId('player-year')).toHaveText('toutes les années');
	await expect(page.getByTestId('player-prev')).toHaveAccessibleName('Année précédente');

	// Three steps forward, cumulative (the default): partnerships active by that year, within the year range.
	const counts: number[] = [];
	for (const year of years.slice(0, 3)) {
		await page.getByRole('button', { name: 'Année suivante' }).click();
		await inStep(page, year, 'cumulative', 2015);
		expect(new URL(page.url()).searchParams.get('from')).toBe('2015');
		counts.push(await figure(page, 'records'));
	}
	expect(counts[2]).toBeGreaterThan(counts[0]); // cumulative: grows

	// Per year: the third year alone, fewer records than up to it.
	await page.getByTestId('player-mode-single').check();
	await inStep(page, years[2], 'single');
	expect(await figure(page, 'records')).toBeLessThan(counts[2]);
	await page.getByRole('button', { name: 'Année précédente' }).click();
	await inStep(page, years[1], 'single');
	expect(await figure(page, 'records')).toBe(counts[1] - counts[0]); // one year alone = up to it less up to the year before

	// The permalink opens on that year and mode, in English too.
	const link = page.url();
	const other = await context.newPage();
	await open(other, link);
	await inStep(other, years[1], 'single');
	await open(other, `${link}&lang=en`);
	await inStep(other, years[1], 'single');
	await expect(other.getByTestId('player-undated')).toContainText('records without a year, not animated');
	await expect(other.getByRole('button', { name: 'Next year' })).toBeVisible();
	await other.close();

	// "All years" leaves the player: every record of the range again.
	await page.getByTestId('player-all').click();
	await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBeNull();
	await expect.poll(() => figure(page, 'records')).toBe(records.filter((r) => r.year !== null && r.year >= 2015).length);
});

test('Space on the player plays and pauses, and playing stops at the last year', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' }); // steps, nothing animated between them
	const years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
	const last = years.at(-1)!;
	const before = years.at(-3)!;
	await open(page, `/?year=${before}`);
	await inStep(page, before, 'cumulative');
	await page.getByTestId('year-player').focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('year-player')).toHaveAttribute('data-playing', 'true');
	await expect(page.getByTestId('player-toggle')).toHaveAccessibleName('Mettre en pause');
	// It moves on by itself, then stops at the last year.
	await expect(page.getByTestId('player-year')).toHaveAttribute('data-year', String(last), { timeout: 20_000 });
	await expect(page.getByTestId('year-player')).toHaveAttribute('data-playing', 'false', { timeout: 10_000 });
	await inStep(page, last, 'cumulative');
	await expect(page.getByTestId('player-next')).toBeDisabled();

	// Playing again from the last year starts over at the first; Space pauses it.
	await page.getByTestId('year-player').focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('player-year')).toHaveAttribute('data-year', String(years[0]));
	await page.keyboard.press('Space');
	await expect(page.getByTestId('year-player')).toHaveAttribute('data-playing', 'false');
	const paused = Number(await page.getByTestId('player-year').getAttribute('data-year'));
	await page.waitForTimeout(2500); // paused: no further step
	await inStep(page, paused, 'cumulative');
});
