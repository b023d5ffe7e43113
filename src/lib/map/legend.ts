/**
 * What the legend shows, as data: shared by the on-screen legend (Legend.svelte) and the PNG export,
 * so both always say the same thing. Pure.
 */
import type { MapMode } from '$lib/state/filters';
import { formatNumber, plural, translate, type MessageKey } from '$lib/i18n/translate';
import { COLORS, bubbleRadius, choroplethColors, legendSizes, pointRadius } from './style';

export type LegendEntry =
	| { kind: 'dot'; color: string; label: string; radius: number; hollow?: boolean }
	| { kind: 'line'; color: string; label: string; width: number; dashed?: boolean }
	| { kind: 'swatch'; color: string; label: string };

export interface LegendGroup {
	title: string;
	entries: LegendEntry[];
}

export interface LegendInput {
	lang: 'fr' | 'en';
	mode: MapMode;
	/** true when individual points/arcs are shown (zoom ≥ detailZoom), false for région/country bubbles. */
	detailed: boolean;
	/** Largest number of links of a drawn point or bubble. */
	maxLinks: number;
	/** Choropleth class lower bounds (style.choroplethBreaks). */
	breaks: number[];
}

export function legendGroups(o: LegendInput): LegendGroup[] {
	const tr = (k: MessageKey, v?: Record<string, string | number>) => translate(o.lang, k, v);
	const radius = o.detailed ? pointRadius : bubbleRadius;
	const groups: LegendGroup[] = [];
	const places: LegendEntry[] = [
		{ kind: 'dot', color: COLORS.french, label: tr(o.detailed ? 'map.legend.french' : 'map.legend.frenchRegion'), radius: 6 }
	];
	if (o.mode === 'links') {
		places.push({ kind: 'dot', color: COLORS.partner, label: tr(o.detailed ? 'map.legend.partner' : 'map.legend.partnerCountry'), radius: 6 });
		if (o.detailed) places.push({ kind: 'dot', color: COLORS.partner, label: tr('map.legend.approx'), radius: 6, hollow: true });
		places.push({ kind: 'line', color: COLORS.link, label: tr(o.detailed ? 'map.legend.link' : 'map.legend.flow'), width: 2 });
	}
	groups.push({ title: tr('map.legend.title'), entries: places });
	if (o.maxLinks > 0)
		groups.push({
			title: tr('map.legend.size'),
			entries: legendSizes(o.maxLinks).map((n) => ({
				kind: 'dot' as const,
				color: COLORS.link,
				hollow: true,
				radius: radius(n),
				label: plural(o.lang, 'map.legend.links', n)
			}))
		});
	if (o.mode === 'choropleth' && o.breaks.length) {
		const colors = choroplethColors(o.breaks);
		groups.push({
			title: tr('map.legend.choropleth'),
			entries: o.breaks.map((b, i) => {
				const next = o.breaks[i + 1];
				const label = next === undefined ? `≥ ${formatNumber(b, o.lang)}` : next - 1 === b ? formatNumber(b, o.lang) : `${formatNumber(b, o.lang)}–${formatNumber(next - 1, o.lang)}`;
				return { kind: 'swatch' as const, color: colors[i], label };
			})
		});
	}
	return groups;
}
