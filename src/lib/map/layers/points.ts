/**
 * Individual places from the detail zoom: French collectivités and foreign partners, sized by their
 * links; approximate partners are hollow rings. A click selects the place's records.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { COLORS } from '$lib/palette';
import { plural, translate, type MessageKey } from '$lib/i18n/translate';
import type { MapMode } from '$lib/state/filters';
import type { MapData } from '../geojson';
import { pointRadiusExpression } from '../sizes';
import type { ZoomRange } from './flows';
import { dataSource, setSources, str, num, type HitFeature, type MapLayer, type MapSurface, type TooltipContent } from './types';
import type { Lang } from '$lib/i18n/translate';
import type { RecordSelector } from '$lib/data/query';

export const POINT_IDS = ['partner-points', 'french-points'] as const;
export type PointLayerId = (typeof POINT_IDS)[number];
export type Side = 'french' | 'partner';
export const POINT_SOURCE: Record<Side, PointLayerId> = { french: 'french-points', partner: 'partner-points' };

export function pointSources() {
	return Object.fromEntries(POINT_IDS.map((id) => [id, dataSource()]));
}

export function pointSpecs(zoom: ZoomRange, mode: MapMode): LayerSpecification[] {
	return [
		{
			id: 'partner-points',
			type: 'circle',
			source: 'partner-points',
			...zoom,
			layout: { visibility: mode === 'choropleth' ? 'none' : 'visible' },
			paint: {
				// Approximate partners (country/admin-1 centroid) are hollow rings.
				// Partners in France (overseas) take the French colour: a link inside France.
				'circle-color': ['case', ['==', ['get', 'approx'], 1], COLORS.halo, ['==', ['get', 'domestic'], 1], COLORS.french, COLORS.partner],
				'circle-opacity': ['case', ['==', ['get', 'approx'], 1], 0.35, 0.85],
				'circle-radius': pointRadiusExpression,
				'circle-stroke-color': ['case', ['==', ['get', 'approx'], 1], ['case', ['==', ['get', 'domestic'], 1], COLORS.french, COLORS.partner], COLORS.halo],
				'circle-stroke-width': ['case', ['==', ['get', 'approx'], 1], 1.6, 0.8]
			}
		},
		{
			id: 'french-points',
			type: 'circle',
			source: 'french-points',
			...zoom,
			paint: {
				'circle-color': COLORS.french,
				'circle-opacity': 0.85,
				'circle-radius': pointRadiusExpression,
				'circle-stroke-color': COLORS.halo,
				'circle-stroke-width': 0.8
			}
		}
	];
}

/** The data of each point source. */
export function pointData(data: MapData): Record<PointLayerId, GeoJSON.FeatureCollection> {
	return { 'french-points': data.french, 'partner-points': data.partners };
}

/** New points; true when a source received new data. */
export function updatePoints(map: MapSurface, data: MapData): boolean {
	return setSources(map, pointData(data));
}

/** The records behind a point of `side` (also the selected rings' hit-test). */
export function pointSelector(side: Side, f: HitFeature): RecordSelector {
	const key = str(f.properties.key);
	return side === 'french' ? { kind: 'french', code: key } : { kind: 'partner', key };
}

export function pointTooltip(side: Side, f: HitFeature, lang: Lang): TooltipContent {
	const p = f.properties;
	const tr = (k: MessageKey) => translate(lang, k);
	if (side === 'french')
		return { title: str(p.name), lines: [str(p.regionName), plural(lang, 'map.tooltip.links', num(p.links)), plural(lang, 'map.tooltip.records', num(p.records))].filter(Boolean) };
	const note = p.precision === 'country' ? tr('map.tooltip.approxCountry') : p.precision === 'region' ? tr('map.tooltip.approxRegion') : undefined;
	return { title: str(p.name), lines: [str(p.countryName) || tr('map.tooltip.unknownCountry'), plural(lang, 'map.tooltip.links', num(p.links))], note };
}

const sideOf = (id: PointLayerId): Side => (id === 'french-points' ? 'french' : 'partner');

export const pointsLayer: MapLayer<PointLayerId> = {
	ids: POINT_IDS,
	interactive: () => POINT_IDS,
	linkOnly: ['partner-points'],
	click: (f) => ({ select: pointSelector(sideOf(f.layer), f) }),
	tooltip: (f, { lang }) => pointTooltip(sideOf(f.layer), f, lang)
};
