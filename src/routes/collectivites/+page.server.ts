import { embeddedAtlas } from '$lib/server/atlas';
import { collectiviteList } from '$lib/data/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ collectivites: collectiviteList(embeddedAtlas().records) });
