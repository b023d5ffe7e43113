/** Format dispatch: a table and a format (or 'auto') → drafts, rejections, warnings, figures. */
import type { Table } from '../csv/table';
import type { ImportFormat } from '../model';
import { detectFormat, type ConcreteFormat } from './detect';
import { findColumn } from './columns';
import { resolveMapping } from './mapping';
import { readFigures } from './figures';
import { readGeneric } from './generic';
import { readLaureates } from './laureates';
import { readPartnerships } from './partnerships';
import { readTwinTowns } from './twin-towns';
import type { FormatOptions, FormatOutput } from './types';

export { detectFormat, type ConcreteFormat } from './detect';
export { detectMapping, resolveMapping, FIELD_ALIASES } from './mapping';
export { countryFromCall, parseCall, callKind } from './call';
export { splitPartnerCell } from './partner-cell';
export type { DraftFrench, DraftPartner, DraftRecord, FormatOutput, FormatOptions, Warning } from './types';

export interface ReadFormatOptions extends FormatOptions {
	format?: ImportFormat;
	/** ISO alpha-2 for a country name, or null: the pipeline passes the country resolver. */
	countryIso: (text: string) => string | null;
}

/**
 * Whether some partner of the table will lack coordinates (so the gazetteer must be loaded):
 * true unless every row gives the partner's latitude and longitude. Figures need none.
 */
export function needsGeocoding(table: Table, format: ConcreteFormat, mapping?: FormatOptions['mapping']): boolean {
	if (format === 'figures') return false;
	let columns: number[];
	if (format === 'twin-towns') {
		columns = ['lat1', 'lng1', 'lat2', 'lng2'].map((h) => findColumn(table.headers, [h, h.replace('lng', 'lon')]));
	} else {
		const m = resolveMapping(table.headers, mapping).mapping;
		if (!m.french) return false; // the format will refuse the file: fail fast, without loading the gazetteer
		columns = [m.partnerLat, m.partnerLon].map((h) => (h === undefined ? -1 : table.headers.indexOf(h)));
	}
	if (columns.some((i) => i < 0)) return true;
	return table.rows.some((r) => columns.some((i) => (r.cells[i] ?? '').trim() === ''));
}

export function readFormat(table: Table, options: ReadFormatOptions): { format: ConcreteFormat; output: FormatOutput } {
	const format = !options.format || options.format === 'auto' ? detectFormat(table) : options.format;
	const isCountry = (t: string) => options.countryIso(t) !== null;
	const common = { mapping: options.mapping, isCountry, emit: options.emit };
	switch (format) {
		case 'twin-towns':
			return { format, output: readTwinTowns(table, { countryIso: options.countryIso, emit: options.emit }) };
		case 'figures':
			return { format, output: readFigures(table) };
		case 'laureates':
			return { format, output: readLaureates(table, common) };
		case 'partnerships':
			return { format, output: readPartnerships(table, common) };
		case 'generic':
			return { format, output: readGeneric(table, common) };
	}
}
