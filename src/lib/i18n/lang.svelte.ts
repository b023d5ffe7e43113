/**
 * The interface language: read from the page URL's `lang` parameter, the one source (no copy to keep
 * in step). Prerendering never reads the query string, so every prerendered page is French and the
 * browser shows `?lang=en` from its first render on.
 */
import { browser } from '$app/environment';
import { page } from '$app/state';
import { DEFAULT_LANG, langOf, type Lang } from './translate';

export const locale: { readonly lang: Lang } = {
	get lang(): Lang {
		return browser ? langOf(page.url.searchParams) : DEFAULT_LANG;
	}
};
