/** The interface language, shared reactive state (set from the URL's `lang` parameter). */
import type { Lang } from './translate';

export const locale = $state<{ lang: Lang }>({ lang: 'fr' });

export function setLang(lang: Lang): void {
	locale.lang = lang;
}
