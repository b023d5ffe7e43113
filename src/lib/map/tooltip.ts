/**
 * Tooltip and selection for a hovered/clicked map feature, as data: the lines to show (rendered as
 * text, never HTML) and the Selection a click makes. Pure.
 */
import type { Selection } from '$lib/state/filters';
import { translate, formatNumber } from '$lib/i18n/translate';
import { isUnknownKey } from './aggregate-flows';

export interface HitFeature {
	layer: string;
	properties: Record<string, unknown>;
}

export interface TooltipContent {
	title: string;
	lines: string[];
	/** Shown in italics: position is approximate. */
	note?: string;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

export function tooltipFor(hit: HitFeature, lang: 'fr' | 'en'): TooltipContent {
	const tr = (k: string, v?: Record<string, string | number>) => translate(lang, k, v);
	const p = hit.properties;
	const n = (k: string, v: unknown) => tr(k, { n: formatNumber(num(v), lang) });
	switch (hit.layer) {
		case 'french-points':
			return { title: str(p.name), lines: [str(p.regionName), n('map.tooltip.links', p.links), n('map.tooltip.records', p.records)].filter(Boolean) };
		case 'partner-points': {
			const note = p.precision === 'country' ? tr('map.tooltip.approxCountry') : p.precision === 'region' ? tr('map.tooltip.approxRegion') : undefined;
			return { title: str(p.name), lines: [str(p.countryName) || tr('map.tooltip.unknownCountry'), n('map.tooltip.links', p.links)], note };
		}
		case 'region-bubbles':
		case 'country-bubbles': {
			const unknown = isUnknownKey(str(p.key)) ? tr(hit.layer === 'region-bubbles' ? 'map.tooltip.unknownRegion' : 'map.tooltip.unknownCountry') : '';
			return { title: unknown || str(p.name), lines: [n('map.tooltip.links', p.links), n('map.tooltip.places', p.places), tr('map.tooltip.zoom')] };
		}
		case 'flows':
			return {
				title: `${(!isUnknownKey(str(p.region)) && str(p.regionName)) || tr('map.tooltip.unknownRegion')} → ${str(p.countryName) || tr('map.tooltip.unknownCountry')}`,
				lines: [n('map.tooltip.links', p.count), tr('map.tooltip.click')]
			};
		case 'arcs':
		case 'arcs-approx':
		case 'arcs-selected':
			return {
				title: `${str(p.fromName)} → ${str(p.toName)}`,
				lines: [n('map.tooltip.records', p.count)],
				note: num(p.approx) === 1 ? tr('map.tooltip.approxCountry') : undefined
			};
		case 'countries-fill':
			return { title: str(p.name), lines: [n('map.tooltip.links', p.links)] };
		default:
			return { title: '', lines: [] };
	}
}

/** The Selection a click on this feature makes (bubbles zoom in instead: null). */
export function selectionFor(hit: HitFeature): Selection | null {
	const p = hit.properties;
	switch (hit.layer) {
		case 'french-points':
			return { kind: 'french', code: str(p.key) };
		case 'partner-points':
			return { kind: 'partner', key: str(p.key) };
		case 'arcs':
		case 'arcs-approx':
		case 'arcs-selected':
			return { kind: 'link', from: str(p.from), to: str(p.to) };
		case 'flows':
			return p.country && !isUnknownKey(str(p.country)) ? { kind: 'country', iso: str(p.country) } : null;
		case 'countries-fill':
			return p.iso ? { kind: 'country', iso: str(p.iso) } : null;
		default:
			return null;
	}
}
