import { error, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { embeddedAtlas } from '$lib/server/atlas';
import { overviewPicture } from '$lib/server/overview';
import { regionPage } from '$lib/data/place-pages';
import { REGIONS, regionByCode } from '$lib/data/regions';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => REGIONS.map((r) => ({ code: r.code }));

export const load: PageServerLoad = ({ params }) => {
	const region = regionByCode(params.code);
	if (region && region.code !== params.code) redirect(308, `${base}/region/${region.code}/`);
	const page = regionPage(embeddedAtlas(), params.code);
	if (!page) error(404, `Unknown région code "${params.code}": use one of ${REGIONS.map((r) => r.code).join(', ')}.`);
	return { page, overview: overviewPicture(base, page.scope) };
};
