/** What clicking a chart bar does to the filters (UI state: kept out of the data core). */
import { OTHERS, UNKNOWN } from '$lib/data/aggregate';
import type { LinkType } from '$lib/data/model';
import type { Filters } from '$lib/state/filters';

/** Which chart a bar belongs to. */
export type Dimension = 'country' | 'theme' | 'region' | 'departement' | 'year' | 'linkType';

/**
 * The filter change that clicking a bar applies, or null when the bar cannot filter
 * ("others", an unknown year). Unknown countries, themes and régions filter on "none".
 */
export function pickPatch(dim: Dimension, key: string): Partial<Filters> | null {
	if (key === OTHERS) return null;
	switch (dim) {
		case 'country':
			return { countries: [key] };
		case 'theme':
			return { themes: [key] };
		case 'region':
			return { regions: [key] };
		case 'departement':
			return { departements: [key] };
		case 'year':
			return key === UNKNOWN ? null : { yearMin: Number(key), yearMax: Number(key) };
		case 'linkType':
			return { linkTypes: [key as LinkType] };
	}
}
