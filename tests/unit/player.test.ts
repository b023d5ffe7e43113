import { beforeAll, describe, expect, it } from 'vitest';
import type { CoopRecord } from '../../src/lib/data/model';
import { buildIndex, DIMS, filterFaceted, filterPositions, keyFiguresAt, type Query, type RecordIndex } from '../../src/lib/data/query';
import { createStepper, nextYear, playerSpan, playQuery, prevYear, type Play } from '../../src/lib/data/player';
import { syntheticAtlas, syntheticContinent } from './helpers/synthetic';
import { laureateAndPartnershipRecords } from './helpers/real-data';

let records: CoopRecord[];
let index: RecordIndex;
/** The distinct years of the real records, counted the obvious way. */
let years: number[];

beforeAll(async () => {
	records = await laureateAndPartnershipRecords();
	index = buildIndex(records);
	years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
});

const dated = (rs: CoopRecord[]) => rs.filter((r) => r.year !== null);
const stepCount = (query: Query, play: Play) => filterPositions(index, playQuery(query, play)).length;

describe('the years the player steps through (real laureates and partnerships)', () => {
	it('has both dated and undated records to work with', () => {
		expect(years.length).toBeGreaterThan(10);
		expect(records.some((r) => r.year === null)).toBe(true);
	});

	it('are the years the records have, ascending; records without a year are counted apart', () => {
		const span = playerSpan(index, {});
		expect(span.years).toEqual(years);
		expect(span.undated).toBe(records.filter((r) => r.year === null).length);
	});

	it('follow the other filters', () => {
		const twinnings = records.filter((r) => r.linkType === 'jumelage');
		const span = playerSpan(index, { linkTypes: ['jumelage'] });
		expect(span.years).toEqual([...new Set(dated(twinnings).map((r) => r.year!))].sort((a, b) => a - b));
		expect(span.undated).toBe(twinnings.length - dated(twinnings).length);
		expect(span.years).not.toEqual(years);
	});

	it('stay within the year range, which does not hide the undated count', () => {
		const span = playerSpan(index, { yearMin: 2016, yearMax: 2022 });
		expect(span.years).toEqual(years.filter((y) => y >= 2016 && y <= 2022));
		expect(span.undated).toBe(records.filter((r) => r.year === null).length);
	});
});

describe('next / previous year', () => {
	it('start at the first (next) or the last (previous) year', () => {
		expect(nextYear(years, null)).toBe(years[0]);
		expect(prevYear(years, null)).toBe(years.at(-1));
	});

	it('step over the years that exist only, and stop at either end', () => {
		expect(nextYear(years, years[0])).toBe(years[1]);
		expect(prevYear(years, years[1])).toBe(years[0]);
		expect(nextYear(years, years.at(-1)!)).toBeNull();
		expect(prevYear(years, years[0])).toBeNull();
		// a year no record has (from a hand-edited link): the nearest existing one on that side
		const gap = years.findIndex((y, k) => k > 0 && y - years[k - 1] > 1);
		expect(gap).toBeGreaterThan(0);
		const missing = years[gap] - 1;
		expect(years).not.toContain(missing);
		expect(nextYear(years, missing)).toBe(years[gap]);
		expect(prevYear(years, missing)).toBe(years[gap - 1]);
		expect(nextYear([], null)).toBeNull();
	});

	it('walk every year once, forwards and backwards', () => {
		const forward: number[] = [];
		for (let y = nextYear(years, null); y !== null; y = nextYear(years, y)) forward.push(y);
		expect(forward).toEqual(years);
		const backward: number[] = [];
		for (let y = prevYear(years, null); y !== null; y = prevYear(years, y)) backward.push(y);
		expect(backward).toEqual([...years].reverse());
	});
});

describe('what a step shows', () => {
	it('cumulative: the records with a year up to Y; per year: the records of Y', () => {
		for (const y of years) {
			expect(stepCount({}, { year: y, mode: 'cumulative' })).toBe(records.filter((r) => r.year !== null && r.year <= y).length);
			expect(stepCount({}, { year: y, mode: 'single' })).toBe(records.filter((r) => r.year === y).length);
		}
	});

	it('cumulative counts grow to every dated record; per-year counts add up to them', () => {
		const cumulative = years.map((year) => stepCount({}, { year, mode: 'cumulative' }));
		for (let k = 1; k < cumulative.length; k++) expect(cumulative[k]).toBeGreaterThanOrEqual(cumulative[k - 1]);
		expect(cumulative.at(-1)).toBe(dated(records).length);
		expect(cumulative.at(-1)).toBeLessThan(records.length); // the undated never appear
		const single = years.map((year) => stepCount({}, { year, mode: 'single' }));
		expect(single.reduce((a, b) => a + b, 0)).toBe(dated(records).length);
		expect(cumulative[1]).toBeGreaterThan(single[1]);
	});

	it('narrows the year range, never widens it', () => {
		const range: Query = { yearMin: 2016, yearMax: 2022 };
		expect(playQuery(range, { year: 2019, mode: 'cumulative' })).toEqual({ yearMin: 2016, yearMax: 2019 });
		expect(stepCount(range, { year: 2019, mode: 'cumulative' })).toBe(records.filter((r) => r.year !== null && r.year >= 2016 && r.year <= 2019).length);
		expect(stepCount(range, { year: 2025, mode: 'cumulative' })).toBe(records.filter((r) => r.year !== null && r.year >= 2016 && r.year <= 2022).length);
		expect(stepCount(range, { year: 2008, mode: 'single' })).toBe(0);
		expect(playQuery(range, null)).toBe(range);
	});

	it('keeps the other filters, and is the same query as a filter change', () => {
		const query: Query = { linkTypes: ['laureat_aap'] };
		const play: Play = { year: 2019, mode: 'cumulative' };
		const expected = records.filter((r) => r.linkType === 'laureat_aap' && r.year !== null && r.year <= 2019);
		const { positions } = filterFaceted(index, playQuery(query, play));
		expect(positions.length).toBe(expected.length);
		expect(keyFiguresAt(index, positions).records).toBe(expected.length);
		expect(positions).toEqual(filterPositions(index, { ...query, yearMax: 2019 }));
	});
});

describe('a cumulative run counted step by step (createStepper)', () => {
	const same = (index: RecordIndex, base: Query, plays: Play[], dims = DIMS.filter((d) => d !== 'french')) => {
		const stepper = createStepper();
		for (const play of plays) {
			const step = stepper(index, base, play, dims);
			const full = filterFaceted(index, playQuery(base, play), dims);
			expect(Array.from(step.positions), `${play.mode} ${play.year}`).toEqual(Array.from(full.positions));
			for (const d of dims) expect(Array.from(step.facets[d]!), `${d} at ${play.year}`).toEqual(Array.from(full.facets[d]!));
		}
	};
	const run = (ys: number[], mode: Play['mode'] = 'cumulative') => ys.map((year) => ({ year, mode }));

	it('gives the records and facet counts of the full query at every year (real records)', () => {
		same(index, {}, run(years));
		same(index, { linkTypes: ['laureat_aap'] }, run(years));
		same(index, { yearMin: 2016, themes: ['culture'] }, run(years));
	});

	it('also when stepping back, switching mode or skipping years', () => {
		same(index, {}, [...run([years[3], years[1], years[5]]), ...run([years[6]], 'single'), ...run([years[7], years.at(-1)!])]);
	});

	it('with several filters at once on 5,000 synthetic links (facets of records failing one filter)', () => {
		const atlas = syntheticAtlas(7, 5000);
		const synthetic = buildIndex(atlas.records, syntheticContinent);
		const span = playerSpan(synthetic, {});
		same(synthetic, { continents: ['AF', 'EU'], linkTypes: ['jumelage', 'cooperation_decentralisee'] }, run(span.years));
	});
});
