import { describe, expect, it } from 'vitest';
import { parseViewState, serialiseViewState, parseSelection, serialiseSelection, viewHref } from '../../src/lib/state/url';
import { defaultViewState, emptyFilters, sameFilters, type Selection, type ViewState } from '../../src/lib/state/filters';

const at = (href: string) => parseViewState(new URL(href, 'http://localhost:4173').searchParams);
const roundTrip = (s: ViewState) => parseViewState(new URL(`http://localhost:4173/?${serialiseViewState(s)}`).searchParams);

describe('URL → view state', () => {
	it('no parameters is the default view', () => {
		expect(at('/')).toEqual(defaultViewState());
	});

	it.each([
		['/?country=SN&country=ps', { countries: ['SN', 'PS'] }],
		['/?continent=AF&continent=xx', { continents: ['AF'] }],
		['/?theme=eau%20et%20assainissement&theme=culture', { themes: ['eau et assainissement', 'culture'] }],
		['/?region=76&region=none', { regions: ['76', 'none'] }],
		['/?dept=34&dept=2A', { departements: ['34', '2A'] }],
		['/?kind=epci&kind=planet', { kinds: ['epci'] }],
		['/?link=laureat_aap&link=bogus', { linkTypes: ['laureat_aap'] }],
		['/?call=Franco-palestinien%202025', { calls: ['Franco-palestinien 2025'] }],
		['/?call=A%2C%20B', { calls: ['A, B'] }],
		['/?from=2016&to=2025', { yearMin: 2016, yearMax: 2025 }],
		['/?from=abc&to=20255', { yearMin: null, yearMax: null }],
		['/?dataset=laureats&dataset=laureats', { datasets: ['laureats'] }],
		['/?fr=34172', { french: ['34172'] }],
		['/?q=B%C3%A9thl%C3%A9em', { q: 'Béthléem' }]
	])('%s', (href, filters) => {
		expect(at(href).filters).toEqual({ ...emptyFilters(), ...filters });
	});

	it.each([
		['/?sel=country:SN', { kind: 'country', iso: 'SN' }],
		['/?sel=french:243400017', { kind: 'french', code: '243400017' }],
		['/?sel=partner:PS:bethleem', { kind: 'partner', key: 'PS:bethleem' }],
		['/?sel=link:34172%3EPS:bethlehem', { kind: 'link', from: '34172', to: 'PS:bethlehem' }],
		['/?sel=record:laureats:8', { kind: 'record', id: 'laureats:8' }],
		['/?sel=link:34172', null],
		['/?sel=planet:mars', null],
		['/?sel=country:', null]
	])('selection %s', (href, sel) => {
		expect(at(href).selection).toEqual(sel);
	});

	it.each([
		['/?map=3.88,43.61,6', { lon: 3.88, lat: 43.61, zoom: 6 }],
		['/?map=190,10,2', { lon: -170, lat: 10, zoom: 2 }],
		['/?map=1,95,2', null],
		['/?map=1,2', null],
		['/?map=a,b,c', null]
	])('map view %s', (href, map) => {
		expect(at(href).map).toEqual(map);
	});

	it.each([
		['/?tab=table&lang=en&mode=choropleth', { tab: 'table', lang: 'en', mapMode: 'choropleth' }],
		['/?tab=nope&lang=de&mode=3d', { tab: 'map', lang: 'fr', mapMode: 'links' }]
	])('tab, language and map mode %s', (href, expected) => {
		expect(at(href)).toMatchObject(expected);
	});
});

describe('same filters', () => {
	it('a map move keeps the filters; another value, order or year changes them', () => {
		const base = at('/?country=SN&theme=culture&from=2016');
		expect(sameFilters(base.filters, at('/?country=SN&theme=culture&from=2016&map=5.2,45.1,4.5').filters)).toBe(true);
		expect(sameFilters(base.filters, at('/?country=SN&country=ML&theme=culture&from=2016').filters)).toBe(false);
		expect(sameFilters(base.filters, at('/?country=SN&theme=culture&from=2017').filters)).toBe(false);
		expect(sameFilters(base.filters, at('/?country=SN&theme=culture&from=2016&q=eau').filters)).toBe(false);
		expect(sameFilters(at('/?country=SN&country=ML').filters, at('/?country=ML&country=SN').filters)).toBe(false);
	});
});

describe('view state → URL', () => {
	it('the default view is an empty query string', () => {
		expect(serialiseViewState(defaultViewState()).toString()).toBe('');
	});

	it('writes lists as repeated parameters', () => {
		const s = defaultViewState();
		s.filters.countries = ['SN', 'PS'];
		expect(serialiseViewState(s).toString()).toBe('country=SN&country=PS');
	});

	const full: ViewState = {
		filters: {
			q: 'montpelier',
			countries: ['PS', 'SN'],
			continents: ['AF', 'AS'],
			themes: ['culture', 'eau & assainissement'],
			regions: ['76'],
			departements: ['34', '2A'],
			kinds: ['commune', 'epci'],
			linkTypes: ['laureat_aap'],
			calls: ['Franco-sénégalais 2025', 'Généraliste, 2025'],
			yearMin: 2016,
			yearMax: 2025,
			datasets: ['laureats', 'twin-towns'],
			french: ['31555']
		},
		selection: { kind: 'link', from: '243400017', to: 'PS:bethleem' },
		map: { lon: 3.8767, lat: 43.6108, zoom: 5.25 },
		mapMode: 'choropleth',
		tab: 'charts',
		lang: 'en',
		play: { year: 2019, mode: 'single' }
	};

	it('round-trips a full view', () => {
		expect(roundTrip(full)).toEqual(full);
	});

	it('keeps the year player\'s year and mode, cumulative by default', () => {
		expect(serialiseViewState({ ...defaultViewState(), play: { year: 2016, mode: 'cumulative' } }).toString()).toBe('year=2016');
		expect(serialiseViewState({ ...defaultViewState(), play: { year: 2016, mode: 'single' } }).toString()).toBe('year=2016&yearmode=single');
		expect(parseViewState(new URLSearchParams('year=2016')).play).toEqual({ year: 2016, mode: 'cumulative' });
		expect(parseViewState(new URLSearchParams('year=2016&yearmode=single')).play).toEqual({ year: 2016, mode: 'single' });
		expect(parseViewState(new URLSearchParams('year=2016&yearmode=bogus')).play).toEqual({ year: 2016, mode: 'cumulative' });
		expect(parseViewState(new URLSearchParams('year=abc&yearmode=single')).play).toBeNull();
		expect(parseViewState(new URLSearchParams('yearmode=single')).play).toBeNull();
	});

	it.each<Selection>([
		{ kind: 'french', code: '34172' },
		{ kind: 'partner', key: 'RW:huye' },
		{ kind: 'country', iso: 'none' },
		{ kind: 'record', id: 'twin-towns:1234' },
		{ kind: 'link', from: 'name:reseau rcdp', to: 'PS:bethleem' }
	])('round-trips the selection %o', (sel) => {
		expect(parseSelection(serialiseSelection(sel))).toEqual(sel);
		expect(roundTrip({ ...defaultViewState(), selection: sel }).selection).toEqual(sel);
	});

	it('the link to a view keeps the page, its other parameters and hash, and drops the old view', () => {
		// A shared link with a tracking parameter and a stale view: country, search, selection, tab.
		const current = new URL('http://localhost:4173/region/76?utm_source=lettre&country=DE&q=vieux&sel=country:DE&tab=table&embed=1#carte');
		const href = viewHref(current, full);
		const next = new URL(href, current);
		expect(href.startsWith('/region/76?')).toBe(true);
		expect(next.hash).toBe('#carte');
		expect(next.searchParams.get('utm_source')).toBe('lettre');
		expect(next.searchParams.get('embed')).toBe('1');
		expect(next.searchParams.getAll('country')).toEqual(['PS', 'SN']);
		expect(parseViewState(next.searchParams)).toEqual(full);
	});

	it('the link to the default view carries no view parameter at all', () => {
		const current = new URL('http://localhost:4173/?country=DE&from=2000&map=1,2,3&mode=choropleth&lang=en&utm_source=x');
		expect(viewHref(current, defaultViewState())).toBe('/?utm_source=x');
		expect(viewHref(new URL('http://localhost:4173/pays/SN?q=a'), defaultViewState())).toBe('/pays/SN');
	});

	it('rounds the map view', () => {
		const s = { ...defaultViewState(), map: { lon: 3.876712345, lat: 43.610812345, zoom: 5.123456 } };
		expect(serialiseViewState(s).get('map')).toBe('3.8767,43.6108,5.12');
	});
});
