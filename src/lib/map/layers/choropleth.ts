/**
 * The land fill: plain land in links mode, links per partner country in choropleth mode (classes of
 * sizes.ts choroplethBreaks). A click on a country selects its records (choropleth mode only).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapMode } from '$lib/state/filters';
import { CHOROPLETH_COLORS, COLORS } from '$lib/palette';
import { plural } from '$lib/i18n/translate';
import { countryName } from '$lib/i18n/labels';
import { COUNTRIES_SOURCE } from './basemap';
import { str, type MapLayer, type MapSurface } from './types';

export const CHOROPLETH_IDS = ['countries-fill'] as const;
export type ChoroplethLayerId = (typeof CHOROPLETH_IDS)[number];

/** fill-color for countries: a lookup of links by ISO code, stepped into the classes. */
export function choroplethFill(byCountry: ReadonlyMap<string, number>, breaks: number[]): ExpressionSpecification | string {
	if (!breaks.length) return COLORS.land;
	const counts = Object.fromEntries([...byCountry].filter(([iso]) => /^[A-Z]{2}$/.test(iso)));
	const value: ExpressionSpecification = ['coalesce', ['get', ['get', 'iso'], ['literal', counts]], 0];
	const steps: (string | number)[] = [];
	breaks.forEach((b, i) => steps.push(b, CHOROPLETH_COLORS[i + CHOROPLETH_COLORS.length - breaks.length]));
	return ['step', value, COLORS.land, ...steps] as ExpressionSpecification;
}

export function choroplethSpecs(): LayerSpecification[] {
	return [{ id: 'countries-fill', type: 'fill', source: COUNTRIES_SOURCE, paint: { 'fill-color': COLORS.land } }];
}

export interface ChoroplethData {
	mode: MapMode;
	byCountry: ReadonlyMap<string, number>;
	breaks: number[];
}

export function updateChoropleth(map: MapSurface, { mode, byCountry, breaks }: ChoroplethData): void {
	map.setPaintProperty('countries-fill', 'fill-color', mode === 'choropleth' ? choroplethFill(byCountry, breaks) : COLORS.land);
}

export const choroplethLayer: MapLayer<ChoroplethLayerId> = {
	ids: CHOROPLETH_IDS,
	// In links mode the land is background: nothing to hit.
	interactive: (mode) => (mode === 'choropleth' ? CHOROPLETH_IDS : []),
	linkOnly: [],
	click: (f) => ({ select: f.properties.iso ? { kind: 'country', iso: str(f.properties.iso) } : null }),
	tooltip: (f, { lang, countryLinks }) => {
		const iso = str(f.properties.iso);
		return { title: countryName(iso, lang), lines: [plural(lang, 'map.tooltip.links', countryLinks?.(iso) ?? 0)] };
	}
};
