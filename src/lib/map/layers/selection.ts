/**
 * The highlight of the selection at every zoom: its country outlined, its arcs and its points ringed,
 * as filters on the other layers' sources. Hitting a highlighted arc or ring means what hitting the
 * arc or point under it means.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { RecordSelector } from '$lib/data/query';
import type { MapMode } from '$lib/state/filters';
import { COLORS } from '$lib/palette';
import { pointRadiusExpression } from '../sizes';
import { COUNTRIES_SOURCE } from './basemap';
import { ARCS_SOURCE, arcClick, arcTooltip } from './arcs';
import { POINT_SOURCE, pointSelector, pointTooltip, type Side } from './points';
import { NOTHING, type MapLayer, type MapSurface } from './types';

export const SELECTION_IDS = ['countries-selected', 'arcs-selected', 'partner-selected', 'french-selected'] as const;
export type SelectionLayerId = (typeof SELECTION_IDS)[number];

const nothing = NOTHING as unknown as FilterSpecification;

/** Filter of the arcs behind a selection (drawn highlighted at every zoom). */
export function selectedArcsFilter(sel: RecordSelector | null): FilterSpecification {
	if (!sel) return nothing;
	switch (sel.kind) {
		case 'french':
			return ['==', ['get', 'from'], sel.code];
		case 'partner':
			return ['==', ['get', 'to'], sel.key];
		case 'country':
			return ['==', ['get', 'country'], sel.iso];
		case 'link':
			return ['all', ['==', ['get', 'from'], sel.from], ['==', ['get', 'to'], sel.to]];
		default:
			return nothing;
	}
}

/** Filter of the selected point on the French or partner point layer. */
export function selectedPointFilter(sel: RecordSelector | null, side: Side): FilterSpecification {
	if (sel?.kind === 'french' && side === 'french') return ['==', ['get', 'key'], sel.code];
	if (sel?.kind === 'partner' && side === 'partner') return ['==', ['get', 'key'], sel.key];
	if (sel?.kind === 'link') return ['==', ['get', 'key'], side === 'french' ? sel.from : sel.to];
	return nothing;
}

export function selectedCountryFilter(sel: RecordSelector | null): FilterSpecification {
	return sel?.kind === 'country' ? ['==', ['get', 'iso'], sel.iso] : nothing;
}

/** The selected country's outline (above the borders). */
export function countrySelectionSpecs(sel: RecordSelector | null): LayerSpecification[] {
	return [{ id: 'countries-selected', type: 'line', source: COUNTRIES_SOURCE, filter: selectedCountryFilter(sel), paint: { 'line-color': COLORS.selected, 'line-width': 2.5 } }];
}

/** The selected arcs (above the arcs, at every zoom). */
export function arcSelectionSpecs(sel: RecordSelector | null): LayerSpecification[] {
	return [{ id: 'arcs-selected', type: 'line', source: ARCS_SOURCE, filter: selectedArcsFilter(sel), paint: { 'line-color': COLORS.selected, 'line-width': 2.2 } }];
}

/** Rings around the selected points (above the points). */
export function pointSelectionSpecs(sel: RecordSelector | null, mode: MapMode): LayerSpecification[] {
	return (['partner', 'french'] as const).map((side) => ({
		id: `${side}-selected` as const,
		type: 'circle' as const,
		source: POINT_SOURCE[side],
		filter: selectedPointFilter(sel, side),
		layout: { visibility: side === 'partner' && mode === 'choropleth' ? ('none' as const) : ('visible' as const) },
		paint: {
			'circle-color': 'rgba(0,0,0,0)',
			'circle-radius': ['+', 3, pointRadiusExpression],
			'circle-stroke-color': COLORS.selected,
			'circle-stroke-width': 3
		}
	}));
}

export function updateSelection(map: MapSurface, sel: RecordSelector | null): void {
	map.setFilter('arcs-selected', selectedArcsFilter(sel));
	map.setFilter('french-selected', selectedPointFilter(sel, 'french'));
	map.setFilter('partner-selected', selectedPointFilter(sel, 'partner'));
	map.setFilter('countries-selected', selectedCountryFilter(sel));
}

const ringSide = (id: SelectionLayerId): Side => (id === 'french-selected' ? 'french' : 'partner');

export const selectionLayer: MapLayer<SelectionLayerId> = {
	ids: SELECTION_IDS,
	interactive: () => ['arcs-selected', 'partner-selected', 'french-selected'],
	linkOnly: ['partner-selected'],
	click: (f) => (f.layer === 'arcs-selected' ? arcClick(f) : f.layer === 'countries-selected' ? { select: null } : { select: pointSelector(ringSide(f.layer), f) }),
	tooltip: (f, { lang }) => (f.layer === 'arcs-selected' ? arcTooltip(f, lang) : f.layer === 'countries-selected' ? { title: '', lines: [] } : pointTooltip(ringSide(f.layer), f, lang))
};
