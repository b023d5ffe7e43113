/**
 * Every UI string goes through `t()`. French first, English available.
 * Messages live in one file per area (messages/*.ts), each `{ key: { fr, en } }`; keys are namespaced
 * by area ("map.legend.title") so areas never collide. The pure part (explicit language) is
 * translate.ts; this module adds the current interface language (runes) for components.
 */
import { locale } from './lang.svelte';
import { formatNumber as formatNumberIn, formatPercent as formatPercentIn, plural as pluralIn, translate, type Lang, type MessageKey, type PluralKey } from './translate';

export { plural, translate, isMessageKey, langOf, type Lang, type Messages, type MessageKey, type PluralKey } from './translate';

/** Translates `key` in the current language, replacing `{name}` placeholders with `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
	return translate(locale.lang, key, vars);
}

/** `plural` in the current language: the wording `key.one` or `key.other` that fits `n`. */
export function tn(key: PluralKey, n: number, vars?: Record<string, string | number>): string {
	return pluralIn(locale.lang, key, n, vars);
}

export function formatNumber(n: number, lang: Lang = locale.lang, digits?: number): string {
	return formatNumberIn(n, lang, digits);
}

export function formatPercent(ratio: number, lang: Lang = locale.lang, digits = 1): string {
	return formatPercentIn(ratio, lang, digits);
}

export { locale };

