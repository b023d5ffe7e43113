/** The pinned data version in a URL (`v=<id>`): read as written, set or removed without touching the rest. */
import { describe, expect, it } from 'vitest';
import { parseVersion, viewHref, withVersion, parseViewState } from '../../src/lib/state/url';

describe('v= in permalinks', () => {
	it('is read as written (the loader checks it against the manifest), absent or blank → live data', () => {
		expect(parseVersion(new URLSearchParams('v=a9f36de1e90f&region=76'))).toBe('a9f36de1e90f');
		expect(parseVersion(new URLSearchParams('v=%20typo%20'))).toBe('typo');
		expect(parseVersion(new URLSearchParams('region=76'))).toBeNull();
		expect(parseVersion(new URLSearchParams('v='))).toBeNull();
	});

	it('withVersion pins or unpins a link, keeping its other parameters and its hash', () => {
		expect(withVersion('https://atlas.example.org/embed/map/?country=SN', 'a9f36de1e90f')).toBe('https://atlas.example.org/embed/map/?country=SN&v=a9f36de1e90f');
		expect(withVersion('/embed/map/?country=SN&v=a9f36de1e90f#x', null)).toBe('/embed/map/?country=SN#x');
		expect(withVersion('/?v=old', 'new000000000')).toBe('/?v=new000000000');
		expect(withVersion('/region/76/', null)).toBe('/region/76/');
	});

	it('view changes keep the pinned version in the URL', () => {
		const url = new URL('https://atlas.example.org/?v=a9f36de1e90f&country=SN');
		const state = parseViewState(url.searchParams);
		const next = viewHref(url, { ...state, filters: { ...state.filters, countries: ['ML'] } });
		expect(new URL(next, url).searchParams.get('v')).toBe('a9f36de1e90f');
		expect(new URL(next, url).searchParams.getAll('country')).toEqual(['ML']);
	});
});
