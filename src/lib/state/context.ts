/** Typed context for the app's shared state; the getters throw when the provider is missing. */
import { getContext, setContext } from 'svelte';
import type { AtlasStore } from './atlas.svelte';
import type { ViewStore } from './view.svelte';

const ATLAS = Symbol('atlas');
const VIEW = Symbol('view');

export function setAtlas(store: AtlasStore): AtlasStore {
	return setContext(ATLAS, store);
}

export function getAtlas(): AtlasStore {
	const store = getContext<AtlasStore | undefined>(ATLAS);
	if (!store) throw new Error('getAtlas(): no AtlasStore in context — call setAtlas(new AtlasStore()) in a parent layout.');
	return store;
}

export function setView(store: ViewStore): ViewStore {
	return setContext(VIEW, store);
}

export function getView(): ViewStore {
	const store = getContext<ViewStore | undefined>(VIEW);
	if (!store) throw new Error('getView(): no ViewStore in context — call setView(new ViewStore()) in a parent layout.');
	return store;
}
