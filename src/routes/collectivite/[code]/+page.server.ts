import { error, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { embeddedAtlas } from '$lib/server/atlas';
import { collectivitePage, collectiviteRedirect } from '$lib/data/place-pages';
import { placeEntries } from '$lib/data/places';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => {
	const slugs = placeEntries(embeddedAtlas().records).collectivites;
	// before the data build there is no collectivité: keep one (empty) page so the route builds
	return (slugs.length ? slugs : ['region-11']).map((code) => ({ code }));
};

export const load: PageServerLoad = ({ params }) => {
	const atlas = embeddedAtlas();
	const other = collectiviteRedirect(atlas, params.code);
	if (other) redirect(308, `${base}/collectivite/${other}/`);
	const page = collectivitePage(atlas, params.code);
	if (!page) error(404, `No collectivité with code "${params.code}" in the embedded data.`);
	if (page.slug !== params.code) redirect(308, `${base}/collectivite/${page.slug}/`);
	return { page };
};
