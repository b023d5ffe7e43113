import { error, redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { embeddedAtlas } from '$lib/server/atlas';
import { overviewPicture } from '$lib/server/overview';
import { paysPage } from '$lib/data/place-pages';
import { knownCountryName } from '$lib/i18n/labels';
import { canonicalIso, placeEntries } from '$lib/data/places';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => {
	const isos = placeEntries(embeddedAtlas().records).pays;
	// before the data build there is no partner: keep one (empty) page so the route builds
	return (isos.length ? isos : ['FR']).map((iso) => ({ iso }));
};

export const load: PageServerLoad = ({ params }) => {
	const iso = canonicalIso(params.iso);
	if (iso && iso !== params.iso) redirect(308, `${base}/pays/${iso}/`);
	const page = iso && paysPage(embeddedAtlas(), iso, knownCountryName);
	if (!page) error(404, `No partner country "${params.iso}" in the embedded data (use an ISO 3166-1 alpha-2 code).`);
	return { page, overview: overviewPicture(base, page.scope) };
};
