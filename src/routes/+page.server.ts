import { base } from '$app/paths';
import { overviewPicture } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

/** The map's prerendered first picture (all records, default view). */
export const load: PageServerLoad = () => ({ overview: overviewPicture(base, {}) });
