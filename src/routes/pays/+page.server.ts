import { embeddedAtlas } from '$lib/server/atlas';
import { countryList } from '$lib/data/places';
import { countryName } from '$lib/i18n/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	countries: {
		fr: countryList(embeddedAtlas().records, (iso, p) => countryName(iso, 'fr', p), 'fr'),
		en: countryList(embeddedAtlas().records, (iso, p) => countryName(iso, 'en', p), 'en')
	}
});
