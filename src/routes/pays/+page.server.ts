import { embeddedAtlas } from '$lib/server/atlas';
import { countryList } from '$lib/data/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	countries: { fr: countryList(embeddedAtlas().records, 'fr'), en: countryList(embeddedAtlas().records, 'en') }
});
