/**
 * Sizes and classes the map, its legend and its first picture share: point, bubble and flow sizes
 * (as functions and as their MapLibre expression twins), legend sizes, choropleth classes. Pure.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { CHOROPLETH_COLORS } from '$lib/palette';

/** Point radius (px) for a place with `links` links; mirrored by pointRadiusExpression. */
export function pointRadius(links: number): number {
	return Math.min(18, 2.5 + 1.5 * Math.sqrt(Math.max(0, links)));
}
/** Bubble radius (px) for a région or country gathering `links` links; mirrored by bubbleRadiusExpression. */
export function bubbleRadius(links: number): number {
	return Math.min(28, 2.5 + 0.9 * Math.sqrt(Math.max(0, links)));
}
/** Flow width (px) for `count` records; mirrored by flowWidthExpression. */
export function flowWidth(count: number): number {
	return Math.min(12, 0.6 + 0.5 * Math.sqrt(Math.max(0, count)));
}

const sqrtOf = (prop: string): ExpressionSpecification => ['sqrt', ['max', 0, ['get', prop]]];
export const pointRadiusExpression: ExpressionSpecification = ['min', 18, ['+', 2.5, ['*', 1.5, sqrtOf('links')]]];
export const bubbleRadiusExpression: ExpressionSpecification = ['min', 28, ['+', 2.5, ['*', 0.9, sqrtOf('links')]]];
export const flowWidthExpression: ExpressionSpecification = ['min', 12, ['+', 0.6, ['*', 0.5, sqrtOf('count')]]];

/** Three round values for the size legend, up to `max`: e.g. 1, 10, 100. */
export function legendSizes(max: number): number[] {
	if (max <= 1) return [1];
	const top = niceFloor(max);
	const mid = niceFloor(Math.sqrt(top));
	return [...new Set([1, mid, top])].filter((v) => v >= 1 && v <= max);
}

function niceFloor(v: number): number {
	const p = 10 ** Math.floor(Math.log10(v));
	for (const m of [5, 2, 1]) if (m * p <= v) return m * p;
	return p;
}

/**
 * Class lower bounds for links per country, at most 5, from the 1-2-5 series, spread geometrically
 * up to the largest value: e.g. [1, 5, 20, 100, 500].
 */
export function choroplethBreaks(values: Iterable<number>): number[] {
	let max = 0;
	for (const v of values) if (v > max) max = v;
	if (max < 1) return [];
	const series: number[] = [];
	for (let p = 1; p <= max; p *= 10) for (const m of [1, 2, 5]) if (m * p <= max) series.push(m * p);
	if (series.length <= 5) return series;
	const out: number[] = [];
	for (let i = 0; i < 5; i++) out.push(series[Math.round((i * (series.length - 1)) / 4)]);
	return [...new Set(out)];
}

/** Class index (0-based) of `value` for `breaks`, or -1 below the first class. */
export function choroplethClass(value: number, breaks: number[]): number {
	let c = -1;
	for (let i = 0; i < breaks.length; i++) if (value >= breaks[i]) c = i;
	return c;
}

/** Colour of each class for the legend, aligned with choroplethFill. */
export function choroplethColors(breaks: number[]): string[] {
	return breaks.map((_, i) => CHOROPLETH_COLORS[i + CHOROPLETH_COLORS.length - breaks.length]);
}
