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
import { parseUrl } from './values';

const COLUMNS = {
	indicator: ['indicateur', 'indicator'],
	year: ['annee', 'year'],
	value: ['valeur', 'value'],
	unit: ['unite', 'unit'],
	url: ['source_url', 'source', 'url']
};

export function isFiguresTable(headers: readonly string[]): boolean {
	return findColumn(headers, COLUMNS.indicator) >= 0 && findColumn(headers, COLUMNS.value) >= 0;
}

export function readFigures(table: Table): FormatOutput {
	if (!isFiguresTable(table.headers)) {
		throw new ImportError('no-columns', 'Not a figures table: expected "indicateur" and "valeur" columns.');
	}
	const col = Object.fromEntries(
		Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(table.headers, aliases)])
	) as Record<keyof typeof COLUMNS, number>;
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
		figures.push({
			indicator,
			year: parseYear(cell(row.cells, 'year')),
			value,
			unit: cell(row.cells, 'unit'),
			sourceUrl: parseUrl(cell(row.cells, 'url')),
			line: row.line
		});
	}
	return out;
}
