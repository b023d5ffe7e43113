/** Format dispatch: a table and a format (or 'auto') → drafts, rejections, warnings, figures. */
import type { Table } from '../csv/table';
import type { ImportFormat } from '../model';
import { detectFormat, type ConcreteFormat } from './detect';
import { findColumn } from './columns';
import { resolveMapping } from './mapping';
import { readFigures } from './figures';
import { genericRules, readGeneric } from './generic';
import { laureateRules, readLaureates } from './laureates';
import { partnershipRules, readPartnerships } from './partnerships';
import { rowSink, type RowSink } from './rows';
import { readTwinTowns } from './twin-towns';
import type { FormatOptions, FormatOutput } from './types';

export { detectFormat, type ConcreteFormat } from './detect';
export { detectMapping, resolveMapping, FIELD_ALIASES } from './mapping';
export { countryFromCall, parseCall, callKind } from './call';
export { splitPartnerCell } from './partner-cell';
export type { RowSink } from './rows';
export type { DraftFrench, DraftPartner, DraftRecord, FormatOutput, FormatOptions, Warning } from './types';

export interface ReadFormatOptions extends FormatOptions {
	format?: ImportFormat;
	/** ISO alpha-2 for a country name, or null: the pipeline passes the country resolver. */
	countryIso: (text: string) => string | null;
}

/**
 * Columns whose cells give partners' coordinates (a row leaving one empty needs the gazetteer), for
 * the format's headers; null when a partner coordinate column is missing (the gazetteer is needed),
 * [] when no partner needs one (figures, or a file the format will refuse).
 */
export function coordinateColumns(headers: string[], format: ConcreteFormat, mapping?: FormatOptions['mapping']): number[] | null {
	if (format === 'figures') return [];
	let columns: number[];
	if (format === 'twin-towns') {
		columns = ['lat1', 'lng1', 'lat2', 'lng2'].map((h) => findColumn(headers, [h, h.replace('lng', 'lon')]));
	} else {
		const m = resolveMapping(headers, mapping).mapping;
		if (!m.french) return []; // the format will refuse the file: fail fast, without loading the gazetteer
		columns = [m.partnerLat, m.partnerLon].map((h) => (h === undefined ? -1 : headers.indexOf(h)));
	}
	return columns.some((i) => i < 0) ? null : columns;
}

/** Whether a row leaves one of the coordinate columns empty. */
export function lacksCoordinates(cells: string[], columns: number[]): boolean {
	for (const i of columns) if ((cells[i] ?? '').trim() === '') return true;
	return false;
}

/**
 * Whether some partner of the table will lack coordinates (so the gazetteer must be loaded):
 * true unless every row gives the partner's latitude and longitude. Figures need none.
 */
export function needsGeocoding(table: Table, format: ConcreteFormat, mapping?: FormatOptions['mapping']): boolean {
	const columns = coordinateColumns(table.headers, format, mapping);
	if (columns === null) return true;
	return columns.length > 0 && table.rows.some((r) => lacksCoordinates(r.cells, columns));
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

/**
 * A sink taking the rows of a table in the given row-by-row format one at a time, for a table known
 * by its headers only (the parser's rows are fed as they come); null for the formats that need the
 * whole table (twin towns, figures). Throws the format's ImportError when columns are missing.
 */
export function readFormatRows(
	table: Table,
	format: ConcreteFormat,
	options: ReadFormatOptions
): RowSink | null {
	const isCountry = (t: string) => options.countryIso(t) !== null;
	const common = { mapping: options.mapping, isCountry };
	const made =
		format === 'generic' ? genericRules(table, common)
		: format === 'partnerships' ? partnershipRules(table, common)
		: format === 'laureates' ? laureateRules(table, common)
		: null;
	return made && rowSink(table, made.mapping, made.rules, options.emit);
}
