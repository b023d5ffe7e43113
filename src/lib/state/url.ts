/**
 * The view state ⇄ URL query string, pure. Defaults are left out so links stay short; anything
 * malformed in a hand-edited link is dropped rather than thrown. Lists are repeated parameters
 * (`country=SN&country=ML`) so values may hold commas.
 *
 * @example serialiseViewState(parseViewState(new URL(href).searchParams)) // same parameters back
 */
import { FRENCH_KINDS, LINK_TYPES, type FrenchKind, type LinkType } from '$lib/data/model';
import { PLAY_MODES, type Play } from '$lib/data/player';
import { langOf } from '$lib/i18n/translate';
import { defaultViewState, emptyFilters, type Filters, type Lang, type MapMode, type MapView, type Selection, type Tab, type ViewState } from './filters';

/** URL parameter of each list filter. */
const LIST_PARAMS = {
	countries: 'country',
	continents: 'continent',
	themes: 'theme',
	regions: 'region',
	departements: 'dept',
	kinds: 'kind',
	linkTypes: 'link',
	calls: 'call',
	datasets: 'dataset',
	french: 'fr'
} as const satisfies Partial<Record<keyof Filters, string>>;

type ListKey = keyof typeof LIST_PARAMS;
const LIST_KEYS = Object.keys(LIST_PARAMS) as ListKey[];

const TABS: readonly Tab[] = ['map', 'charts', 'table'];
const MODES: readonly MapMode[] = ['links', 'choropleth'];
const CONTINENTS = ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA', 'none'];

/** Every parameter name this module reads or writes (others in the URL are left alone by callers). */
export const VIEW_PARAMS = [...Object.values(LIST_PARAMS), 'q', 'from', 'to', 'sel', 'map', 'mode', 'tab', 'lang', 'year', 'yearmode'];

/**
 * The pinned data version of a permalink or embed (`v=<id>`, see $lib/data/versions). Read once
 * when the page loads the data; not a view parameter, so viewHref keeps it through every view change.
 */
export const VERSION_PARAM = 'v';

/** The version a URL pins, as written (checked against the manifest by the loader), or null for the live data. */
export function parseVersion(params: URLSearchParams): string | null {
	const v = params.get(VERSION_PARAM)?.trim().slice(0, MAX_TEXT);
	return v ? v : null;
}

/** `href` (absolute or path) pinned to data version `id`, or back to the live data when `id` is null. */
export function withVersion(href: string, id: string | null): string {
	const url = new URL(href, 'http://x');
	if (id) url.searchParams.set(VERSION_PARAM, id);
	else url.searchParams.delete(VERSION_PARAM);
	const abs = /^[a-z][a-z0-9+.-]*:/i.test(href);
	return abs ? url.href : `${url.pathname}${url.search}${url.hash}`;
}

const MAX_VALUES = 200;
const MAX_TEXT = 200;

function list(params: URLSearchParams, name: string): string[] {
	const out: string[] = [];
	for (const v of params.getAll(name)) {
		const s = v.trim().slice(0, MAX_TEXT);
		if (s && !out.includes(s) && out.length < MAX_VALUES) out.push(s);
	}
	return out;
}

function year(v: string | null): number | null {
	if (v === null || !/^-?\d{1,4}$/.test(v.trim())) return null;
	return Number(v);
}

function oneOf<T extends string>(v: string | null, allowed: readonly T[], fallback: T): T {
	return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

export function parseFilters(params: URLSearchParams): Filters {
	const f = emptyFilters();
	for (const key of LIST_KEYS) (f[key] as string[]) = list(params, LIST_PARAMS[key]);
	f.countries = f.countries.map((c) => (c === 'none' ? c : c.toUpperCase())).filter((c) => /^([A-Z]{2}|none)$/.test(c));
	f.continents = f.continents.map((c) => (c === 'none' ? c : c.toUpperCase())).filter((c) => CONTINENTS.includes(c));
	f.kinds = f.kinds.filter((k): k is FrenchKind => (FRENCH_KINDS as readonly string[]).includes(k));
	f.linkTypes = f.linkTypes.filter((k): k is LinkType => (LINK_TYPES as readonly string[]).includes(k));
	f.q = (params.get('q') ?? '').slice(0, MAX_TEXT);
	f.yearMin = year(params.get('from'));
	f.yearMax = year(params.get('to'));
	return f;
}

/** `sel` is `kind:value`, a link being `link:from>to`. */
export function parseSelection(v: string | null): Selection | null {
	if (!v) return null;
	const colon = v.indexOf(':');
	if (colon < 1) return null;
	const kind = v.slice(0, colon);
	const value = v.slice(colon + 1);
	if (!value) return null;
	switch (kind) {
		case 'french':
			return { kind, code: value };
		case 'partner':
			return { kind, key: value };
		case 'country':
			return { kind, iso: value };
		case 'record':
			return { kind, id: value };
		case 'link': {
			const gt = value.indexOf('>');
			return gt > 0 && gt < value.length - 1 ? { kind, from: value.slice(0, gt), to: value.slice(gt + 1) } : null;
		}
	}
	return null;
}

export function serialiseSelection(s: Selection): string {
	switch (s.kind) {
		case 'french':
			return `french:${s.code}`;
		case 'partner':
			return `partner:${s.key}`;
		case 'country':
			return `country:${s.iso}`;
		case 'record':
			return `record:${s.id}`;
		case 'link':
			return `link:${s.from}>${s.to}`;
	}
}

/** `map` is `lon,lat,zoom`. */
export function parseMapView(v: string | null): MapView | null {
	if (!v) return null;
	const parts = v.split(',').map(Number);
	if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) return null;
	const [lon, lat, zoom] = parts;
	if (Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null;
	return { lon: lon >= -180 && lon <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180, lat, zoom };
}

export function serialiseMapView(m: MapView): string {
	return `${round(m.lon, 4)},${round(m.lat, 4)},${round(m.zoom, 2)}`;
}

function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

export function parseViewState(params: URLSearchParams): ViewState {
	const d = defaultViewState();
	return {
		filters: parseFilters(params),
		selection: parseSelection(params.get('sel')),
		map: parseMapView(params.get('map')),
		mapMode: oneOf(params.get('mode'), MODES, d.mapMode),
		tab: oneOf(params.get('tab'), TABS, d.tab),
		lang: langOf(params),
		play: parsePlay(params)
	};
}

/** The year player: `year=2019` (cumulative, the default) or with `yearmode=single`. */
export function parsePlay(params: URLSearchParams): Play | null {
	const y = year(params.get('year'));
	return y === null || y === 0 ? null : { year: y, mode: oneOf(params.get('yearmode'), PLAY_MODES, 'cumulative') };
}

export function serialiseFilters(f: Filters, into = new URLSearchParams()): URLSearchParams {
	if (f.q.trim()) into.set('q', f.q);
	for (const key of LIST_KEYS) for (const v of f[key]) into.append(LIST_PARAMS[key], v);
	if (f.yearMin !== null) into.set('from', String(f.yearMin));
	if (f.yearMax !== null) into.set('to', String(f.yearMax));
	return into;
}

/**
 * The address of `url`'s page showing `state`: the view's parameters replaced, any other query
 * parameter (utm_*, an embed's own) and the hash kept. Path-relative (`/region/76?…#…`).
 */
export function viewHref(url: URL, state: ViewState): string {
	const next = new URL(url);
	for (const name of VIEW_PARAMS) next.searchParams.delete(name);
	for (const [k, v] of serialiseViewState(state)) next.searchParams.append(k, v);
	const search = next.searchParams.toString();
	return `${next.pathname}${search ? `?${search}` : ''}${next.hash}`;
}

export function serialiseViewState(s: ViewState): URLSearchParams {
	const d = defaultViewState();
	const p = serialiseFilters(s.filters);
	if (s.selection) p.set('sel', serialiseSelection(s.selection));
	if (s.map) p.set('map', serialiseMapView(s.map));
	if (s.mapMode !== d.mapMode) p.set('mode', s.mapMode);
	if (s.tab !== d.tab) p.set('tab', s.tab);
	if (s.lang !== d.lang) p.set('lang', s.lang);
	if (s.play) {
		p.set('year', String(s.play.year));
		if (s.play.mode !== 'cumulative') p.set('yearmode', s.play.mode);
	}
	return p;
}
