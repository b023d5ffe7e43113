/**
 * The view state of every page, as pure data: filters, selection, map view, tab, language.
 * The URL is its only source of truth; parse and serialise are pure and round-trip.
 * (Types are the contract shared by dashboard, map, charts, exports and pages.)
 */
import type { FrenchKind, LinkType } from '$lib/data/model';

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
export type Selection =
	| { kind: 'french'; code: string }
	| { kind: 'partner'; key: string }
	| { kind: 'country'; iso: string }
	| { kind: 'link'; from: string; to: string }
	| { kind: 'record'; id: string };

export interface MapView {
	lon: number;
	lat: number;
	zoom: number;
}

export type Tab = 'map' | 'charts' | 'table';
export type Lang = 'fr' | 'en';
export type MapMode = 'links' | 'choropleth';

export interface ViewState {
	filters: Filters;
	selection: Selection | null;
	map: MapView | null;
	mapMode: MapMode;
	tab: Tab;
	lang: Lang;
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
	return { filters: emptyFilters(), selection: null, map: null, mapMode: 'links', tab: 'map', lang: 'fr' };
}
