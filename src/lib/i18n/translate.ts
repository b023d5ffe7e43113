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
export const DEFAULT_LANG: Lang = 'fr';

/** The language a URL's query asks for (`lang`), or the default. */
export function langOf(params: URLSearchParams): Lang {
	const v = params.get('lang');
	return (LANGS as readonly string[]).includes(v ?? '') ? (v as Lang) : DEFAULT_LANG;
}

export type Messages = Record<string, { fr: string; en: string }>;

const all = { ...common, ...map, ...charts, ...pages, ...imports, ...player, ...data } as const satisfies Messages;
/** Every message, for the checks of tests/unit/i18n.test.ts. */
export const MESSAGES: Messages = all;

/** Every message key: a typo in a key fails the type check. */
export type MessageKey = keyof typeof all;

/** Keys `k` worded by a count: `k.one` and `k.other` both exist (see `plural`). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never }[MessageKey];

type Vars = Record<string, string | number>;

/** Translates `key` in `lang`, replacing `{name}` placeholders with `vars`. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
	let s: string = all[key][lang];
	if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, formatVar(lang, v));
	return s;
}

/** True when `key` is a message: for keys made from data (a link type, a warning code), which may have none. */
export function isMessageKey(key: string): key is MessageKey {
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
export function plural(lang: Lang, key: PluralKey, n: number, vars: Vars = {}): string {
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB')));
	const form = rules.select(n) === 'one' ? 'one' : 'other';
	return translate(lang, `${key}.${form}` as MessageKey, { ...vars, n });
}
