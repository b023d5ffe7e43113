/** Where names link to, and which source URLs may be linked at all (untrusted files: http(s) only). */
import { base } from '$app/paths';
import type { FrenchEntity } from '$lib/data/model';

/** `${base}/collectivite/<code>` for a resolved collectivité, else null (shown as plain text). */
export function frenchHref(f: FrenchEntity): string | null {
	return f.code ? `${base}/collectivite/${encodeURIComponent(f.code)}` : null;
}

/** `${base}/pays/<iso>` for a known country, else null. */
export function countryHref(iso: string | null): string | null {
	return iso && /^[A-Z]{2}$/.test(iso) ? `${base}/pays/${iso}` : null;
}

/** The URL itself when it is an absolute http(s) URL, else null (javascript:, data:, relative… are never linked). */
export function safeHttpUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const u = new URL(url.trim());
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}
