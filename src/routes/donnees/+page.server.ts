import { embeddedAtlas } from '$lib/server/atlas';
import { placeOverrides, rowOverrides } from '$lib/server/corrections';
import { currentVersion } from '$lib/server/versions';
import { datasetCoverage } from '$lib/data/coverage';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => ({
	datasets: datasetCoverage(embeddedAtlas(), rowOverrides(), placeOverrides()),
	version: currentVersion()
});
