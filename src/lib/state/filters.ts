/**
 * The view state of every page, as pure data: filters, selection, map view, tab, language.
 * The URL is its only source of truth; parse and serialise are pure and round-trip.
 * (Types are the contract shared by dashboard, map, charts, exports and pages.)
 */
import type { FrenchKind, LinkType } from '$lib/data/model';
import { DIMS, type Query, type RecordSelector } from '$lib/data/query';
import type { Lang } from '$lib/i18n/translate';
import type { Play } from '$lib/data/player';

export interface Filters {
	/** Free text (accent/case-insensitive, typo-tolerant) over collectivités, partners, titles. */
	q: string;
	/** ISO alpha-2 partner countries. */
	countries: string[];
	/** Continent codes: AF, AN, AS, EU, NA, OC, SA. */
	continents: string[];
	themes: string[];
	/** French région COG codes ("76"); "none" = unknown. */
	regions: string[];
	/** French département COG codes ("34"). */
	departements: string[];
	kinds: FrenchKind[];
	linkTypes: LinkType[];
	/** Call-for-projects names as given. */
	calls: string[];
	yearMin: number | null;
	yearMax: number | null;
	/** Dataset ids. Empty = all. */
	datasets: string[];
	/** Restrict to one French collectivité (official code) — used by /collectivite pages. */
	french: string[];
}

/** What is selected on the map or in a chart: its records open in the side panel. */
export type Selection = RecordSelector;

/** Filters fixed by a page, from the data core's query (place-pages.ts `scope`). */
export function fromQuery(q: Query): Partial<Filters> {
	const f: Partial<Filters> = {};
	if (q.q) f.q = q.q;
	if (q.yearMin != null) f.yearMin = q.yearMin;
	if (q.yearMax != null) f.yearMax = q.yearMax;
	for (const d of DIMS) if (q[d]?.length) (f[d] as string[]) = [...q[d]];
	return f;
}

/** The data core's query for these filters (the page scope included by the caller). */
export function toQuery(f: Partial<Filters>): Query {
	const q: Query = { q: f.q ?? '', yearMin: f.yearMin ?? null, yearMax: f.yearMax ?? null };
	for (const d of DIMS) if (f[d]?.length) q[d] = f[d];
	return q;
}

/** Whether two filter sets select the same records (same values in the same order). */
export function sameFilters(a: Filters, b: Filters): boolean {
	if (a === b) return true;
	if (a.q !== b.q || a.yearMin !== b.yearMin || a.yearMax !== b.yearMax) return false;
	for (const d of DIMS) {
		const x = a[d] ?? [];
		const y = b[d] ?? [];
		if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
	}
	return true;
}

export interface MapView {
	lon: number;
	lat: number;
	zoom: number;
}

export type Tab = 'map' | 'charts' | 'table';
export type { Lang };
export type MapMode = 'links' | 'choropleth';
export type { Play };

export interface ViewState {
	filters: Filters;
	selection: Selection | null;
	map: MapView | null;
	mapMode: MapMode;
	tab: Tab;
	lang: Lang;
	/** The year player's year and mode (data/player.ts); null = all years. */
	play: Play | null;
}

export function emptyFilters(): Filters {
	return {
		q: '',
		countries: [],
		continents: [],
		themes: [],
		regions: [],
		departements: [],
		kinds: [],
		linkTypes: [],
		calls: [],
		yearMin: null,
		yearMax: null,
		datasets: [],
		french: []
	};
}

export function defaultViewState(): ViewState {
	return { filters: emptyFilters(), selection: null, map: null, mapMode: 'links', tab: 'map', lang: 'fr', play: null };
}
