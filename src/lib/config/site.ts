/**
 * The atlas's public address (origin and base path, e.g. "https://atlas.example.org/atlas"), printed
 * in export footers and permalinks instead of the address the page happens to be served from — the
 * regional briefs are printed from a local server (`npm run briefs`), whose address means nothing to a
 * reader. Set at build time: `VITE_SITE_URL=https://… npm run build`. Unset: the page's own address.
 */
export const SITE_URL: string | null = normaliseSiteUrl(import.meta.env.VITE_SITE_URL);

/** "https://atlas.example.org/atlas/" → "https://atlas.example.org/atlas"; anything but an http(s) URL → null. */
export function normaliseSiteUrl(value: unknown): string | null {
	if (typeof value !== 'string' || !/^https?:\/\/[^/\s]+/i.test(value.trim())) return null;
	return value.trim().replace(/\/+$/, '');
}
