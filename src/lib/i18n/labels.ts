/**
 * The one place where a code becomes a name: countries (ISO alpha-2), continents, French régions
 * and départements (COG), collectivités (INSEE/SIREN or "region-76"), datasets, calls, themes,
 * kinds and link types, in an explicit language. Pure (no runes): titles, subtitles, export
 * footers and metadata, embeds, the table, the panels, the filters and the map tooltips all call it.
 *
 * Names come, in order, from fixed tables (i18n-iso-countries through resolve/countries, the 18
 * régions, the messages), then from the names the records carry (a `NameBook`, e.g. built from the
 * filter index), then from the platform's CLDR data for countries; the bare code only when nothing
 * names it.
 */
import { NONE, type Dim, type RecordIndex } from '$lib/data/query';
import { REGION_NAMES as REGIONS } from '$lib/data/regions';
import { countryByIso } from '$lib/data/resolve/countries';
import type { Dataset } from '$lib/data/model';
import { isMessageKey, translate, type Lang } from './translate';

export type CodeKind = 'country' | 'continent' | 'region' | 'departement' | 'french' | 'dataset' | 'call' | 'theme' | 'kind' | 'linkType';

/** Names the data carries for its codes (collectivité and département names, dataset titles…). */
export interface NameBook {
	name(kind: CodeKind, code: string, lang: Lang): string | null;
}

/** No names from data: fixed tables only. */
export const NO_NAMES: NameBook = { name: () => null };

/** The kind of code each filter dimension holds. */
export const DIM_KIND: Readonly<Record<Dim, CodeKind>> = {
	countries: 'country',
	continents: 'continent',
	themes: 'theme',
	regions: 'region',
	departements: 'departement',
	kinds: 'kind',
	linkTypes: 'linkType',
	calls: 'call',
	datasets: 'dataset',
	french: 'french'
};

const KIND_DIM: Readonly<Partial<Record<CodeKind, Dim>>> = Object.fromEntries(Object.entries(DIM_KIND).map(([d, k]) => [k, d]));

const books = new WeakMap<RecordIndex, WeakMap<readonly Dataset[], NameBook>>();
const NO_DATASETS: readonly Dataset[] = [];

/** The names carried by the records of an index (and the titles of `datasets`), cached per index. */
export function namesOf(index: RecordIndex, datasets: readonly Dataset[] = NO_DATASETS): NameBook {
	let byDatasets = books.get(index);
	if (!byDatasets) books.set(index, (byDatasets = new WeakMap()));
	let book = byDatasets.get(datasets);
	if (!book) {
		const titles = new Map(datasets.map((d) => [d.id, d.title]));
		book = {
			name(kind, code, lang) {
				if (kind === 'dataset' && titles.has(code)) return titles.get(code)!;
				const dim = KIND_DIM[kind];
				const d = dim && index.dims[dim];
				const id = d ? d.idOf.get(code) : undefined;
				if (!d || id === undefined) return null;
				const label = d.labels[id][lang];
				return label && label !== code ? label : null;
			}
		};
		byDatasets.set(datasets, book);
	}
	return book;
}

/** A name book over some datasets' titles only (pages without an index). */
export function datasetNames(datasets: readonly Pick<Dataset, 'id' | 'title'>[]): NameBook {
	const titles = new Map(datasets.map((d) => [d.id, d.title]));
	return { name: (kind, code) => (kind === 'dataset' ? (titles.get(code) ?? null) : null) };
}

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

function cldrCountry(iso: string, lang: Lang): string | null {
	let dn = displayNames.get(lang);
	if (dn === undefined) {
		try {
			dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
		} catch {
			dn = null;
		}
		displayNames.set(lang, dn);
	}
	try {
		const name = dn?.of(iso);
		return name && name !== iso ? name : null;
	} catch {
		return null;
	}
}

/** A partner's country names as its record carries them. */
export interface CarriedCountry {
	countryFr?: string | null;
	countryEn?: string | null;
}

/**
 * The name of a partner country. `carried`: the names a record gives, used only for a code the
 * tables do not know. Unknown (null / "none") → "Inconnu / non renseigné".
 */
export function countryName(iso: string | null | undefined, lang: Lang, carried?: CarriedCountry | null, names: NameBook = NO_NAMES): string {
	if (!iso || iso === NONE) return translate(lang, 'filters.none');
	// The map names every partner on each filter change: the table's names are looked up once per code.
	const cached = tableNames[lang].get(iso);
	if (cached) return cached;
	const tabled = countryByIso(iso)?.[lang];
	if (tabled) {
		tableNames[lang].set(iso, tabled);
		return tabled;
	}
	return knownCountryName(iso, lang, carried, names) ?? iso.toUpperCase();
}

const tableNames: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };

/** `countryName` without the fallbacks: null when nothing names `iso`. */
export function knownCountryName(iso: string, lang: Lang, carried?: CarriedCountry | null, names: NameBook = NO_NAMES): string | null {
	const code = iso.toUpperCase();
	if (code === 'ZZ' || !/^[A-Z]{2}$/.test(code)) return null;
	return (
		countryByIso(code)?.[lang] ??
		(lang === 'fr' ? (carried?.countryFr ?? carried?.countryEn) : (carried?.countryEn ?? carried?.countryFr)) ??
		names.name('country', code, lang) ??
		cldrCountry(code, lang)
	);
}

/** The name of a French région by COG code ("76" → "Occitanie"). */
export function regionName(code: string, names: NameBook = NO_NAMES, lang: Lang = 'fr'): string {
	return REGIONS[code] ?? names.name('region', code, lang) ?? code;
}

/** The display name of any code, in `lang`. */
export function codeLabel(kind: CodeKind, code: string, lang: Lang, names: NameBook = NO_NAMES): string {
	if (code === NONE || code === '') return translate(lang, 'filters.none');
	switch (kind) {
		case 'country':
			return countryName(code, lang, null, names);
		case 'continent':
			return message(lang, `continent.${code}`) ?? code;
		case 'kind':
			return message(lang, `kind.${code}`) ?? code;
		case 'linkType':
			return message(lang, `linkType.${code}`) ?? code;
		case 'region':
			return regionName(code, names, lang);
		case 'french': {
			const region = /^region-(\d{2})$/.exec(code);
			if (region && REGIONS[region[1]]) return names.name('french', code, lang) ?? REGIONS[region[1]];
			return names.name('french', code, lang) ?? (code.startsWith('name:') ? code.slice(5) : code);
		}
		case 'departement':
		case 'dataset':
			return names.name(kind, code, lang) ?? code;
		case 'call':
		case 'theme':
			return names.name(kind, code, lang) ?? code;
	}
}

/** The label of a filter value ("countries", "SN" → "Sénégal"). */
export function dimValueLabel(dim: Dim, value: string, lang: Lang, names: NameBook = NO_NAMES): string {
	return codeLabel(DIM_KIND[dim], value, lang, names);
}

function message(lang: Lang, key: string): string | null {
	return isMessageKey(key) ? translate(lang, key) : null;
}
