import { error } from '@sveltejs/kit';
import { CHART_NAMES, type ChartName } from '$lib/charts/meta';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

export const load: PageLoad = ({ params }) => {
	if (!(CHART_NAMES as readonly string[]).includes(params.chart)) error(404, `Unknown chart "${params.chart}" (country, theme, region or year)`);
	return { chart: params.chart as ChartName };
};
