import { describe, it, expect } from 'vitest';
import { normaliseSiteUrl } from '../../src/lib/config/site';

describe('the public address given at build time (VITE_SITE_URL)', () => {
	it('keeps an http(s) origin and base path, without the trailing slash', () => {
		expect(normaliseSiteUrl('https://atlas.example.org/')).toBe('https://atlas.example.org');
		expect(normaliseSiteUrl(' https://example.org/atlas/ ')).toBe('https://example.org/atlas');
		expect(normaliseSiteUrl('http://localhost:4173')).toBe('http://localhost:4173');
	});
	it('ignores what is not an address: unset, empty, a path, another scheme', () => {
		for (const v of [undefined, '', '   ', '/atlas', 'atlas.example.org', 'javascript:alert(1)', 'ftp://example.org']) expect(normaliseSiteUrl(v), String(v)).toBeNull();
	});
});
