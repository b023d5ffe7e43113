import { base } from '$app/paths';
import { overviewPicture } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

/** The map's prerendered first picture (all records, default view), and its first data as files (map-start/). */
export const load: PageServerLoad = () => ({ overview: overviewPicture(base, {}, { start: true }) });
