/**
 * The one shared view state (filters, selection, map view, tab, language). The URL is its source
 * of truth: every change is written with goto(); continuous changes (typing, map moves) replace the
 * history entry, discrete ones (a filter, a tab) push one so back/forward step through them.
 * While a navigation is in flight the pending state is shown at once, so the UI never lags the URL.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { navigating, page } from '$app/state';
import { playQuery } from '$lib/data/player';
import { defaultViewState, emptyFilters, sameFilters, type Filters, type Lang, type MapMode, type MapView, type Play, type Selection, type Tab, type ViewState } from './filters';
import { parseViewState, viewHref } from './url';
import { locale } from '$lib/i18n';

export type HistoryMode = 'push' | 'replace';

export class ViewStore {
	#pending = $state.raw<ViewState | null>(null);
	/** Never read url.searchParams while prerendering: the prerendered page shows the default view. */
	#fromUrl = $derived(browser ? parseViewState(page.url.searchParams) : defaultViewState());

	readonly state: ViewState = $derived(this.#pending ?? this.#fromUrl);
	#filters: Filters | null = null;
	#selection: Selection | null = null;
	// The URL is parsed again on every change, a map move included: the same filters (or selection) keep
	// their object, so that records, facets, charts and the map's data are not all recomputed, and the
	// map's sources not sent to its worker again, each time the map moves.
	readonly filters: Filters = $derived.by(() => {
		const f = this.state.filters;
		return (this.#filters = this.#filters && sameFilters(this.#filters, f) ? this.#filters : f);
	});
	readonly selection: Selection | null = $derived.by(() => {
		const s = this.state.selection;
		return (this.#selection = s && this.#selection && JSON.stringify(s) === JSON.stringify(this.#selection) ? this.#selection : s);
	});
	readonly map: MapView | null = $derived(this.state.map);
	readonly mapMode: MapMode = $derived(this.state.mapMode);
	readonly tab: Tab = $derived(this.state.tab);
	/** The interface language: i18n's `locale`, read from the page URL (the links of LanguageSwitch change it). */
	get lang(): Lang {
		return locale.lang;
	}
	#play: Play | null = null;
	readonly play: Play | null = $derived.by(() => {
		const p = this.state.play;
		return (this.#play = p && this.#play && p.year === this.#play.year && p.mode === this.#play.mode ? this.#play : p);
	});
	/** The filters with the year player's step applied: what the map, charts and counts show. */
	readonly shownFilters: Filters = $derived(playQuery(this.filters, this.play));

	/** Applies `patch` and writes the URL. */
	update(patch: Partial<ViewState>, mode: HistoryMode = 'push'): Promise<void> {
		// The user is leaving for another page (a link clicked while the map settles): a view change
		// written now would be a navigation of its own and cancel theirs.
		if (browser && navigating.to && navigating.to.url.pathname !== page.url.pathname) return Promise.resolve();
		const next: ViewState = { ...this.state, ...patch };
		this.#pending = next;
		if (!browser) return Promise.resolve();
		return goto(this.href(next), { replaceState: mode === 'replace', keepFocus: true, noScroll: true }).finally(() => {
			if (this.#pending === next) this.#pending = null;
		});
	}

	/**
	 * Discrete filter change (a chip, a bar click): clears the selection, which may no longer be
	 * shown, and the map view, so that the map fits the new records.
	 */
	setFilters(patch: Partial<Filters>, mode: HistoryMode = 'push'): Promise<void> {
		return this.update({ filters: { ...this.filters, ...patch }, selection: null, map: null }, mode);
	}

	/** Free text, while typing: one history entry for the whole word. */
	setQuery(q: string): Promise<void> {
		return this.update({ filters: { ...this.filters, q } }, 'replace');
	}

	resetFilters(): Promise<void> {
		return this.update({ filters: emptyFilters(), selection: null, map: null, play: null });
	}

	select(selection: Selection | null): Promise<void> {
		return this.update({ selection });
	}

	setMapView(map: MapView | null): Promise<void> {
		return this.update({ map }, 'replace');
	}

	setMapMode(mapMode: MapMode): Promise<void> {
		return this.update({ mapMode });
	}

	setTab(tab: Tab): Promise<void> {
		return this.update({ tab });
	}

	/** A year player step (or null: all years). Replaces the history entry: back does not walk through the years. */
	setPlay(play: Play | null): Promise<void> {
		return this.update({ play }, 'replace');
	}

	/** Link to the current page showing `state` (other query parameters kept). */
	href(state: ViewState = this.state): string {
		return browser ? viewHref(page.url, state) : page.url.pathname;
	}

	/** Absolute permalink of the current view. */
	permalink(): string {
		return new URL(this.href(), page.url).href;
	}
}
