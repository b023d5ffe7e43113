/** Country resolution: French, English, native and ISO names with their common variants → ISO 3166-1 alpha-2. */
import countriesIso from 'i18n-iso-countries';
import enLocale from 'i18n-iso-countries/langs/en.json';
import frLocale from 'i18n-iso-countries/langs/fr.json';
import { countries as countriesList } from 'countries-list';
import { clean, normKey } from '../text';
import { COUNTRY_ALIASES, COUNTRY_DISPLAY } from './country-aliases';

export type Continent = 'AF' | 'AN' | 'AS' | 'EU' | 'NA' | 'OC' | 'SA';
export const CONTINENTS: readonly Continent[] = ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA'];

export interface Country {
	iso2: string;
	fr: string;
	en: string;
	/** AF, AN, AS, EU, NA, OC, SA */
	continent: Continent;
}

/**
 * countries-list gives transcontinental countries their larger part; the UN M49 grouping that French
 * and international statistics use puts Russia in Europe.
 */
const CONTINENT_OVERRIDES: Readonly<Record<string, Continent>> = { RU: 'EU' };

countriesIso.registerLocale(frLocale);
countriesIso.registerLocale(enLocale);

interface Tables {
	byIso: Map<string, Country>;
	byKey: Map<string, string>;
	list: Country[];
}
let tables: Tables | null = null;

function first(names: string | string[] | undefined): string | undefined {
	return Array.isArray(names) ? names[0] : names;
}

function build(): Tables {
	const byIso = new Map<string, Country>();
	const byKey = new Map<string, string>();
	const add = (name: string | undefined, iso2: string): void => {
		const key = name ? normKey(name) : '';
		if (key && !byKey.has(key)) byKey.set(key, iso2);
	};
	// The alias table is registered first: it settles the names the libraries share ("Congo").
	for (const [name, iso2] of Object.entries(COUNTRY_ALIASES)) add(name, iso2);
	const frAll = countriesIso.getNames('fr', { select: 'all' });
	const enAll = countriesIso.getNames('en', { select: 'all' });
	const listData = countriesList as Record<string, { name: string; native: string; continent: Continent } | undefined>;
	for (const iso2 of Object.keys(countriesIso.getAlpha2Codes())) {
		const lib = listData[iso2];
		const display = COUNTRY_DISPLAY[iso2] ?? {};
		const country: Country = {
			iso2,
			fr: display.fr ?? first(frAll[iso2]) ?? lib?.name ?? iso2,
			en: display.en ?? lib?.name ?? first(enAll[iso2]) ?? iso2,
			continent: CONTINENT_OVERRIDES[iso2] ?? lib?.continent ?? 'AN'
		};
		byIso.set(iso2, country);
	}
	for (const c of byIso.values()) {
		add(c.fr, c.iso2);
		add(c.en, c.iso2);
	}
	for (const [iso2, names] of Object.entries(frAll)) for (const n of names) add(n, iso2);
	for (const [iso2, names] of Object.entries(enAll)) for (const n of names) add(n, iso2);
	for (const iso2 of byIso.keys()) add(listData[iso2]?.native, iso2);
	const list = [...byIso.values()];
	return { byIso, byKey, list };
}

function getTables(): Tables {
	tables ??= build();
	return tables;
}

const memo = new Map<string, Country | null>();
const LEADING_ARTICLE = /^(?:la|le|les|l|the)\s+/;

function lookupKey(key: string): Country | null {
	const t = getTables();
	const iso = t.byKey.get(key) ?? t.byKey.get(key.replace(LEADING_ARTICLE, ''));
	return iso ? (t.byIso.get(iso) ?? null) : null;
}

function resolveUncached(text: string): Country | null {
	const t = getTables();
	if (/^[A-Z]{2}$/.test(text)) return t.byIso.get(text === 'UK' ? 'GB' : text) ?? null;
	if (/^[A-Z]{3}$/.test(text)) {
		const iso = countriesIso.alpha3ToAlpha2(text);
		if (iso) return t.byIso.get(iso) ?? null;
	}
	const whole = lookupKey(normKey(text));
	if (whole) return whole;
	// "Georgia (country)", "Guinée (Conakry)": the name outside the parentheses, then inside.
	const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
	if (paren) return resolveUncached(paren[1]) ?? resolveUncached(paren[2]);
	// "England, United Kingdom", "Réunion, France": the most specific part first.
	const parts = text.split(/\s*[,;/]\s*/).filter(Boolean);
	if (parts.length > 1) {
		for (const part of parts) {
			const c = resolveUncached(part);
			if (c) return c;
		}
	}
	return null;
}

/** The country a free-text cell names (French, English, native or ISO alpha-2/alpha-3), or null. */
export function resolveCountry(text: string | null | undefined): Country | null {
	const s = clean(text);
	if (!s) return null;
	let hit = memo.get(s);
	if (hit === undefined) {
		hit = resolveUncached(s);
		if (memo.size >= 50_000) memo.clear();
		memo.set(s, hit);
	}
	return hit;
}

export function countryByIso(iso2: string): Country | null {
	return getTables().byIso.get(iso2.toUpperCase()) ?? null;
}

/** Every country with its name in the locale, sorted for a select list. */
export function countryNames(locale: 'fr' | 'en'): { iso2: string; name: string; continent: Continent }[] {
	return getTables()
		.list.map((c) => ({ iso2: c.iso2, name: c[locale], continent: c.continent }))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** All countries (display names and continents). */
export function allCountries(): readonly Country[] {
	return getTables().list;
}
