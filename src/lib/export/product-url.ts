/**
 * The product's address printed in every export footer: the configured public address
 * (config/site.ts) when there is one, else the site's origin and base path in the browser; the base
 * path alone while prerendering (no origin is known then). Reactive when read inside `$derived`
 * (it reads `page.url`).
 */
import { page } from '$app/state';
import { base } from '$app/paths';
import { browser } from '$app/environment';
import { SITE_URL } from '../config/site';

export function productUrl(): string {
	return SITE_URL ?? (browser ? page.url.origin + base : base || '/');
}
