/**
 * Aggregate figures (chiffres.csv): indicateur, annee, valeur (French decimal comma), unite,
 * source_url. Every row is kept, even when two sources disagree on the same indicator and year.
 */
import { ImportError } from '../csv/errors';
import { parseNumber, parseYear } from '../csv/number';
import { rowToRecord, type Table } from '../csv/table';
import type { Figure } from '../model';
import { findColumn } from './columns';
import type { FormatOutput } from './types';
import { httpUrl } from '../http-url';
import { parseIsoDate } from './values';

const COLUMNS = {
	indicator: ['indicateur', 'indicator'],
	year: ['annee', 'year'],
	value: ['valeur', 'value'],
	unit: ['unite', 'unit'],
	url: ['source_url', 'source', 'url'],
	checked: ['checked', 'vérifié le', 'verifie le']
};

export type FigureColumns = Record<keyof typeof COLUMNS, number>;

/** Index of each figures column (-1 when absent), or null without an indicator and a value column. */
export function figureColumns(headers: readonly string[]): FigureColumns | null {
	const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(headers, aliases)])) as FigureColumns;
	return col.indicator >= 0 && col.value >= 0 ? col : null;
}

export function readFigures(table: Table, col: FigureColumns | null | undefined): FormatOutput {
	if (!col) {
		throw new ImportError('no-columns', 'Not a figures table: expected "indicateur" and "valeur" columns.');
	}
	const cell = (cells: string[], k: keyof typeof COLUMNS) => (col[k] >= 0 ? (cells[col[k]] ?? '').trim() : '');
	const figures: Figure[] = [];
	const out: FormatOutput = { drafts: [], rejected: [], warnings: [], mapping: {}, figures };
	for (const row of table.rows) {
		const value = parseNumber(cell(row.cells, 'value'));
		const indicator = cell(row.cells, 'indicator').replace(/\s+/g, ' ');
		if (value === null || indicator === '') {
			out.rejected.push({
				line: row.line,
				reason: indicator === '' ? 'No indicator name.' : `Value "${cell(row.cells, 'value')}" is not a number.`,
				raw: rowToRecord(table.headers, row)
			});
			continue;
		}
		const checked = parseIsoDate(cell(row.cells, 'checked'));
		figures.push({
			indicator,
			year: parseYear(cell(row.cells, 'year')),
			value,
			unit: cell(row.cells, 'unit'),
			sourceUrl: httpUrl(cell(row.cells, 'url')),
			line: row.line,
			...(checked ? { checked } : {})
		});
	}
	return out;
}
