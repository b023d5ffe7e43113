/**
 * The product's address printed in every export footer: the site's origin and base path in the
 * browser; the base path alone while prerendering (no origin is known then). Reactive when read
 * inside `$derived` (it reads `page.url`).
 */
import { page } from '$app/state';
import { base } from '$app/paths';
import { browser } from '$app/environment';

export function productUrl(): string {
	return browser ? page.url.origin + base : base || '/';
}
