/** Where names link to (the place pages under the site's base path). */
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
