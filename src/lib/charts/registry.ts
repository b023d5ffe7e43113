/**
 * Lets a page collect the chart cards drawn inside one of its parts (the région brief's ZIP): each
 * ChartCard under a registry registers its export meta and a getter of its drawn SVG.
 */
import { getContext, setContext } from 'svelte';
import type { RegisteredChart } from '$lib/export/brief-zip';

export type { RegisteredChart };

export type ChartRegistry = Map<string, RegisteredChart>;

const KEY = Symbol('chart-registry');

export function setChartRegistry(registry: ChartRegistry): ChartRegistry {
	return setContext(KEY, registry);
}

export function getChartRegistry(): ChartRegistry | undefined {
	return getContext<ChartRegistry | undefined>(KEY);
}
