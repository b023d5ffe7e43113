/** Where names link to, and which source URLs may be linked at all (untrusted files: http(s) only). */
import { base } from '$app/paths';
import type { FrenchEntity } from '$lib/data/model';
import { collectivitePath, paysPath } from '$lib/data/places';

/** The collectivité's page (a région gets `region-<code>`, as département and région codes clash), else null. */
export function frenchHref(f: FrenchEntity): string | null {
	const path = collectivitePath(f);
	return path ? `${base}${path}` : null;
}

/** `${base}/pays/<ISO>` for a known country, else null. */
export function countryHref(iso: string | null): string | null {
	const path = paysPath(iso);
	return path ? `${base}${path}` : null;
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
