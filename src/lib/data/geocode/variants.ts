/**
 * Turns a partner name as written ("Région de l’Oriental", "Izumi, Kagoshima", "Neukölln (Berlin)",
 * "St Dogmaels") into the matching keys worth looking up, most literal first, plus the qualifiers
 * that can pick between homonyms. Shared by the geocoder and the gazetteer build (admin-1 keys).
 */
import { clean, normKey } from '../text';

export interface NameQuery {
	/** Keys to look up, most literal first. */
	forms: string[];
	/** The main part's own key, kind words kept ("Washington County (Oregon)" → "washington county"). */
	mainKey: string;
	/** Keys of places named beside the main one ("Kagoshima", "Berlin"): they pick between homonyms. */
	qualifiers: string[];
	/** The name says it is a region, province, district…: try admin-1 regions before towns. */
	adminHint: boolean;
	/** Last resort: the qualifiers themselves ("Neukölln (Berlin)" → Berlin). */
	fallbacks: string[];
	/** A qualifier says it is an area ("… (région de Dosso)"): try its admin-1 region before towns. */
	fallbackAdminHint: boolean;
	/** ISO codes of the qualifiers that name a country ("Lagoa (Algarve, Portugal)" → PT), left out of `qualifiers`. */
	countries: string[];
}

/** Tells whether a text names a country, and which (ISO alpha-2): the caller's country resolver. */
export type CountryOf = (text: string) => string | null;

// Key-level prefixes (normKey'd, longest first) naming an administrative area rather than a town.
const ADMIN_PREFIXES = [
	'departements', 'departement', 'department of', 'region', 'regione', 'province', 'provincia',
	'provincie', 'district', 'gouvernorat', 'governorate of', 'governorate', 'prefecture', 'cercle',
	'land', 'etat libre', 'etat', 'state of', 'voivodie', 'voivodeship', 'comte', 'county of', 'county',
	'canton', 'wilaya', 'oblast', 'generalite', 'communaute autonome', 'comunidad autonoma', 'landkreis',
	'kreis', 'powiat', 'okres', 'raion', 'rayon', 'daira'
];
// Prefixes naming a municipality: dropped, no hint.
const TOWN_PREFIXES = [
	'commune d arrondissement', 'commune rurale', 'commune urbaine', 'commune', 'ville', 'municipalite',
	'municipality of', 'municipio', 'city of', 'town of', 'london borough of', 'royal borough of',
	'metropolitan borough of', 'borough of', 'city and county of', 'cite'
];
const LINKS = ['de la', 'de l', 'des', 'du', 'de', 'd', 'of'];
// Trailing words naming the kind of area ("Pest County", "East Java Province", "Haute Matsiatra Region").
const ADMIN_SUFFIXES = [
	'county', 'province', 'region', 'regionen', 'district', 'oblast', 'prefecture', 'governorate',
	'voivodeship', 'department', 'state', 'megye', 'kraj', 'municipality', 'cercle', 'city', 'ville',
	'raion', 'rayon', 'kreis', 'landkreis', 'wilaya'
];
/**
 * A qualifier that only says what kind of place the name is ("Märkisch-Oderland (district)",
 * "Kluczbork (urban-rural gmina)"): not a place to look for. True for an area, false for a town.
 */
const KIND_QUALIFIERS = new Map<string, boolean>([
	...['district', 'county', 'region', 'province', 'prefecture', 'raion', 'rayon', 'oblast', 'state', 'kreis', 'landkreis', 'governorate', 'department', 'departement', 'wilaya', 'parish', 'borough', 'municipal district', 'district municipality', 'region de', 'area', 'island', 'islands', 'valley']
		.map((k) => [k, true] as const),
	...['town', 'city', 'village', 'commune', 'municipality', 'gmina', 'rural gmina', 'urban gmina', 'urban rural gmina', 'township', 'ville', 'municipio', 'comune', 'gemeinde', 'stadt', 'town council', 'city council', 'hamlet']
		.map((k) => [k, false] as const)
]);
const ARTICLES = ['l', 'la', 'le', 'les', 'el', 'al'];
const ROMAN = /^(?:[ivx]+|\d+)$/;

function startsWithWords(key: string, words: string): boolean {
	return key === words || key.startsWith(words + ' ');
}

/** Removes one leading word sequence from the list, with the linking "de/du/of" after it. */
function stripPrefix(key: string, list: readonly string[]): string | null {
	for (const p of list) {
		if (!startsWithWords(key, p)) continue;
		let rest = key.slice(p.length).trim();
		for (const l of LINKS) {
			if (startsWithWords(rest, l)) {
				rest = rest.slice(l.length).trim();
				break;
			}
		}
		return rest || null;
	}
	return null;
}

function stripArticle(key: string): string | null {
	for (const a of ARTICLES) if (key.startsWith(a + ' ') && key.length > a.length + 2) return key.slice(a.length + 1);
	return null;
}

/** "Pest County" → "pest"; "Yaoundé VI" → "yaounde"; null when nothing was stripped. */
function stripSuffix(key: string): string | null {
	const words = key.split(' ');
	if (words.length < 2) return null;
	const last = words[words.length - 1];
	if (!ADMIN_SUFFIXES.includes(last) && !ROMAN.test(last)) return null;
	const rest = words.slice(0, -1).join(' ');
	// "Klaipėda District Municipality": both kind words go.
	return words.length > 2 && ADMIN_SUFFIXES.includes(words[words.length - 2]) ? words.slice(0, -2).join(' ') : rest;
}

/** Whether a key whose last word stripSuffix drops names an area ("… district"), not "… II" or "… City". */
function suffixIsArea(key: string): boolean {
	return !ROMAN.test(key.split(' ').pop()!) && !/ (?:city|ville|municipality)$/.test(key);
}

/** Keys in the order first added, each once. (A class, not a closure per call: this runs for every name geocoded.) */
class KeyList {
	readonly keys: string[] = [];
	private readonly seen = new Set<string>();
	add(k: string | null | undefined): void {
		if (k && !this.seen.has(k)) {
			this.seen.add(k);
			this.keys.push(k);
		}
	}
	addAll(keys: readonly string[]): void {
		for (const k of keys) this.add(k);
	}
	has(k: string): boolean {
		return this.seen.has(k);
	}
}

const SAINT_SWAPS: readonly (readonly [string, string])[] = [
	['st', 'saint'],
	['ste', 'sainte'],
	['saint', 'st'],
	['sainte', 'ste'],
	['sankt', 'st'],
	['san', 'saint']
];

/** "st"/"ste"/"sankt" ↔ "saint"/"sainte" as whole words. */
function saintVariants(key: string): string[] {
	const out: string[] = [];
	const w = key.split(' ');
	for (const [from, to] of SAINT_SWAPS) if (w.includes(from)) out.push(w.map((x) => (x === from ? to : x)).join(' '));
	return out;
}

/**
 * Every key an admin-area or place name could be written as, without its kind words:
 * "Provincia de Entre Ríos" → ["provincia de entre rios", "entre rios"].
 */
export function areaKeys(name: string): string[] {
	const out = new Set<string>();
	const add = (k: string | null) => {
		if (!k || out.has(k)) return;
		out.add(k);
		add(stripPrefix(k, ADMIN_PREFIXES));
		add(stripPrefix(k, TOWN_PREFIXES));
		add(stripSuffix(k));
		add(stripArticle(k));
	};
	add(normKey(name));
	return [...out];
}

/** Splits "A (B)", "A, B", "A – B", "A / B" into the main text and its qualifiers. */
function splitQualifiers(raw: string): { main: string; rest: string[]; alternatives: string[] } {
	const rest: string[] = [];
	let main = raw.replace(/\(([^)]*)\)?/g, (_m, inner: string) => {
		// "Lagoa (Algarve, Portugal)": each part on its own.
		rest.push(...inner.split(/\s*[,;]\s*/));
		return ' ';
	});
	const alternatives: string[] = [];
	const slash = main.split(/\s*\/\s*/);
	if (slash.length > 1) {
		main = slash[0];
		alternatives.push(...slash.slice(1));
	}
	const comma = main.split(/\s*[,;]\s*/);
	if (comma.length > 1) {
		main = comma[0];
		rest.push(...comma.slice(1));
	}
	const dash = main.split(/\s+[-–—]\s+|[–—]/);
	if (dash.length > 1) {
		main = dash[0];
		alternatives.push(...dash.slice(1));
	}
	return { main: clean(main), rest: rest.map(clean).filter(Boolean), alternatives: alternatives.map(clean).filter(Boolean) };
}

/** Keys a main part can be looked up as, with whether any of them drops an admin-kind word. */
function expand(text: string): { keys: string[]; adminHint: boolean } {
	const list = new KeyList();
	const keys = list.keys;
	let adminHint = false;
	const key = normKey(text);
	list.add(key);
	let core = key;
	const admin = stripPrefix(key, ADMIN_PREFIXES);
	const town = admin ? null : stripPrefix(key, TOWN_PREFIXES);
	if (admin) adminHint = true;
	if (admin || town) {
		core = (admin ?? town)!;
		list.add(core);
		const noArticle = stripArticle(core);
		if (noArticle) list.add(noArticle);
		// "Départements du Borgou et de l'Alibori": each area on its own, the first first.
		const parts = core.split(/ (?:et|and) /);
		if (parts.length > 1) {
			list.add(parts[0]);
			for (const part of parts.slice(1)) {
				const p = stripPrefix(part, ADMIN_PREFIXES) ?? part;
				const link = LINKS.find((l) => startsWithWords(p, l));
				const linkless = link ? p.slice(link.length).trim() : p;
				list.add(linkless);
				list.add(stripArticle(linkless));
			}
		}
	}
	const suffixLess = stripSuffix(core);
	if (suffixLess) {
		if (suffixIsArea(core)) adminHint = true;
		list.add(suffixLess);
	}
	for (const k of [...keys]) for (const v of saintVariants(k)) list.add(v);
	// "M'Bour", "N'Djamena": the apostrophe's letter belongs to the next word.
	for (const k of [...keys]) if (/(?:^| )[a-z] /.test(k)) list.add(k.replace(/(^| )([a-z]) /g, '$1$2'));
	return { keys, adminHint };
}

/** Last-resort key: what follows the last spaced "de/du/of" ("Commune V de Bamako" → "bamako"). */
function tailAfterLink(raw: string): string | null {
	const m = /^.*\s(?:de la|de l['’]|des|du|de|d['’]|of)\s*([^\s'’].*)$/i.exec(raw);
	if (!m) return null;
	const k = normKey(m[1]);
	return stripArticle(k) ?? k;
}

/** Looser keys for compound names: "Nuneaton and Bedworth" → "nuneaton", "Heusden-Zolder" → "heusden". */
function compoundParts(raw: string): string[] {
	const out: string[] = [];
	const and = raw.split(/\s+(?:and|et|with|&|und|y|e)\s+/i);
	if (and.length > 1) out.push(normKey(and[0]));
	// "Rottenburg am Neckar", "Weiden in der Oberpfalz": GeoNames often has the bare town.
	const river = raw.split(/\s+(?:am|an der|an|im|in der|in|bei|ob der|upon|on)\s+/i);
	// "Zell am Mosel", "Reichenbach im Vogtland": GeoNames writes "Zell (Mosel)", "Reichenbach/Vogtland" first.
	if (river.length > 1) out.push(normKey(river.join(' ')), normKey(river[0]));
	const hyphen = raw.split('-');
	if (hyphen.length > 1 && hyphen[0].length >= 3 && !/^(?:saint|sainte|sankt|san|santa|bad)$/i.test(hyphen[0])) out.push(normKey(hyphen[0]));
	// "Bad Kötzting": GeoNames may still know the town without the spa title it gained.
	const spa = /^bad\s+(.{3,})$/i.exec(raw);
	if (spa) out.push(normKey(spa[1]));
	return out;
}

/**
 * The key of a plain name ("Heidelberg", "Bologne"): one part, no qualifier or alternative, no
 * word saying it is an area. Its analysis would give this key as its first form, no qualifiers and
 * no admin hint, so a place found under it is what the whole analysis finds; null for other names.
 */
export function plainKey(name: string): string | null {
	const raw = clean(name);
	// What splitQualifiers would cut on: parentheses, "/", ",", ";", a spaced hyphen, en and em dashes.
	if (/[()/,;–—]|\s-\s/.test(raw)) return null;
	const key = normKey(raw);
	if (!key || stripPrefix(key, ADMIN_PREFIXES)) return null;
	const core = stripPrefix(key, TOWN_PREFIXES) ?? key;
	return stripSuffix(core) !== null && suffixIsArea(core) ? null : key;
}

export function analyseName(name: string, countryOf: CountryOf = () => null): NameQuery {
	const raw = clean(name);
	const forms = new KeyList();
	forms.add(normKey(raw));
	const { main, rest, alternatives } = splitQualifiers(raw);
	const first = expand(main);
	forms.addAll(first.keys);
	for (const alt of alternatives) forms.addAll(expand(alt).keys);
	const qualifiers: string[] = [];
	const countries: string[] = [];
	let fallbackAdminHint = false;
	let adminHint = first.adminHint;
	for (const q of rest) {
		const kind = KIND_QUALIFIERS.get(normKey(q).replace(/^(?:rural|urban) /, ''));
		if (kind !== undefined) {
			adminHint ||= kind;
			continue;
		}
		const iso = countryOf(q);
		if (iso) {
			countries.push(iso);
			continue;
		}
		const e = expand(q);
		qualifiers.push(...e.keys);
		fallbackAdminHint ||= e.adminHint;
	}
	// Looser forms, tried only after every literal one; a region's name is not cut into towns.
	// ("Freyung-Grafenau (district)" still tries Freyung: the name itself is not an area's.)
	if (!first.adminHint) for (const part of compoundParts(main)) forms.addAll(expand(part).keys);
	forms.add(tailAfterLink(main));
	const fallbacks = [...new Set(qualifiers)].filter((k) => !forms.has(k));
	return { forms: forms.keys, mainKey: first.keys[0] ?? '', qualifiers: [...new Set(qualifiers)], adminHint, fallbacks, fallbackAdminHint, countries };
}
