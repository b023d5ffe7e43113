import { embeddedAtlas } from '$lib/server/atlas';
import { regionList } from '$lib/data/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ regions: regionList(embeddedAtlas().records) });
