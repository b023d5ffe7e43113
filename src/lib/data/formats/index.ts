/** Format dispatch: a table and its column plan (mapping.ts) → drafts, rejections, warnings, figures. */
import type { Table } from '../csv/table';
import type { ColumnPlan, ConcreteFormat } from './mapping';
import { readFigures } from './figures';
import { genericRules, readGeneric } from './generic';
import { laureateRules, readLaureates } from './laureates';
import { partnershipRules, readPartnerships } from './partnerships';
import { rowSink, type RowSink } from './rows';
import { readTwinTowns } from './twin-towns';
import type { FormatOptions, FormatOutput } from './types';

export { detectFormat, detectMapping, headerSetKey, rememberedMapping, resolveMapping, planColumns, unmappedColumns, ColumnsError, FIELDS, CONFIDENT, scoreHeaders } from './mapping';
export type { ColumnPlan, ConcreteFormat, Mapping, UnmappedColumns } from './mapping';
export { countryFromCall, parseCall, callKind } from './call';
export { splitPartnerCell } from './partner-cell';
export type { RowSink } from './rows';
export type { DraftFrench, DraftPartner, DraftRecord, FormatOutput, FormatOptions, Warning } from './types';

export interface ReadFormatOptions extends FormatOptions {
	/** ISO alpha-2 for a country name, or null: the pipeline passes the country resolver. */
	countryIso: (text: string) => string | null;
}

/**
 * Columns whose cells give partners' coordinates (a row leaving one empty needs the gazetteer), for
 * the format's headers; null when a partner coordinate column is missing (the gazetteer is needed),
 * [] when no partner needs one (figures, or a file the format will refuse).
 */
export function coordinateColumns(headers: string[], plan: ColumnPlan): number[] | null {
	if (plan.format === 'figures') return [];
	let columns: number[];
	if (plan.format === 'twin-towns') {
		const c = plan.twinTowns;
		if (!c) return []; // the format will refuse the file: fail fast, without loading the gazetteer
		columns = [c.lat1, c.lng1, c.lat2, c.lng2];
	} else {
		const m = plan.mapping;
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
export function needsGeocoding(table: Table, plan: ColumnPlan): boolean {
	const columns = coordinateColumns(table.headers, plan);
	if (columns === null) return true;
	return columns.length > 0 && table.rows.some((r) => lacksCoordinates(r.cells, columns));
}

/** Reads a table by its plan (planColumns): the format's reader, with the plan's columns. */
export function readFormat(table: Table, plan: ColumnPlan, options: ReadFormatOptions): FormatOutput {
	const isCountry = (t: string) => options.countryIso(t) !== null;
	const common = { isCountry, emit: options.emit };
	switch (plan.format) {
		case 'twin-towns':
			return readTwinTowns(table, plan.twinTowns, { countryIso: options.countryIso, emit: options.emit });
		case 'figures':
			return readFigures(table, plan.figures);
		case 'laureates':
			return readLaureates(table, plan, common);
		case 'partnerships':
			return readPartnerships(table, plan, common);
		case 'generic':
			return readGeneric(table, plan, common);
	}
}

/**
 * A sink taking the rows of a table in a row-by-row format one at a time, for a table known by its
 * headers only (the parser's rows are fed as they come); null for the formats that need the whole
 * table (twin towns, figures).
 */
export function readFormatRows(table: Table, plan: ColumnPlan, options: ReadFormatOptions): RowSink | null {
	const isCountry = (t: string) => options.countryIso(t) !== null;
	const rules =
		plan.format === 'generic' ? genericRules(plan, { isCountry })
		: plan.format === 'partnerships' ? partnershipRules({ isCountry })
		: plan.format === 'laureates' ? laureateRules(table, { isCountry })
		: null;
	return rules && rowSink(table, plan.mapping, rules, options.emit);
}
