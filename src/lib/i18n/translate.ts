/**
 * Pure translation: every message in both languages, `translate(lang, key)` and number formatting
 * for an explicit language. No runes: data-side helpers (labels, export footers, chart words, map
 * tooltips) import this module; components use `t()` from `$lib/i18n`, which adds the current language.
 */
import { common } from './messages/common';
import { map } from './messages/map';
import { charts } from './messages/charts';
import { pages } from './messages/pages';
import { imports } from './messages/imports';
import { player } from './messages/player';
import { data } from './messages/data';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

export type Messages = Record<string, { fr: string; en: string }>;

const all: Messages = { ...common, ...map, ...charts, ...pages, ...imports, ...player, ...data };

/** Translates `key` in `lang`, replacing `{name}` placeholders with `vars`. Unknown keys come back as the key itself. */
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
	const entry = all[key];
	let s = entry ? entry[lang] : key;
	if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, formatVar(lang, v));
	return s;
}

/** True when `key` is a message (so that callers can fall back on something else). */
export function hasMessage(key: string): boolean {
	return key in all;
}

function formatVar(lang: Lang, v: string | number): string {
	return typeof v === 'number' ? formatNumber(v, lang) : v;
}

/** One Intl.NumberFormat per language and style: creating one costs far more than formatting (thousands of counts at start-up). */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
	const key = `${lang}|${style}|${digits}`;
	let f = formats.get(key);
	if (!f) formats.set(key, (f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style, maximumFractionDigits: digits })));
	return f;
}

export function formatNumber(n: number, lang: Lang, digits?: number): string {
	return numberFormat(lang, 'decimal', digits ?? 1).format(n);
}

export function formatPercent(ratio: number, lang: Lang, digits = 1): string {
	return numberFormat(lang, 'percent', digits).format(ratio);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * A message whose wording depends on a count: `key.one` or `key.other` as the language's plural rules
 * say for `n` (French: 0 and 1 are singular), with `{n}` and `vars` filled in.
 */
export function plural(lang: Lang, key: string, n: number, vars: Record<string, string | number> = {}): string {
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB')));
	return translate(lang, `${key}.${rules.select(n) === 'one' ? 'one' : 'other'}`, { ...vars, n });
}
