/**
 * Every UI string goes through `t()`. French first, English available.
 * Messages live in one file per area (messages/*.ts), each `{ key: { fr, en } }`; keys are namespaced
 * by area ("map.legend.title") so areas never collide.
 */
import { locale } from './lang.svelte';
import type { Lang } from '$lib/state/filters';
import { common } from './messages/common';
import { map } from './messages/map';
import { charts } from './messages/charts';
import { pages } from './messages/pages';
import { imports } from './messages/imports';

export type Messages = Record<string, { fr: string; en: string }>;

const all: Messages = { ...common, ...map, ...charts, ...pages, ...imports };

/** Translates `key` in the current language, replacing `{name}` placeholders with `vars`. */
export function t(key: string, vars?: Record<string, string | number>): string {
	return translate(locale.lang, key, vars);
}

/** Same as t() for an explicit language (exports, tests). Unknown keys come back as the key itself. */
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
	const entry = all[key];
	let s = entry ? entry[lang] : key;
	if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, formatVar(lang, v));
	return s;
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

export function formatNumber(n: number, lang: Lang = locale.lang, digits?: number): string {
	return numberFormat(lang, 'decimal', digits ?? 1).format(n);
}

export function formatPercent(ratio: number, lang: Lang = locale.lang, digits = 1): string {
	return numberFormat(lang, 'percent', digits).format(ratio);
}

export { locale };
export { setLang } from './lang.svelte';
