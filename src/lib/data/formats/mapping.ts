/**
 * The one mapping step of a table: its headers scored once (headers.ts), the user's choices on
 * top, the format detected, and the required columns checked. Every format reader reads from the
 * resulting plan; nothing downstream looks at header names again.
 */
import { ImportError } from '../csv/errors';
import { normKey } from '../text';
import type { Table } from '../csv/table';
import type { Field, ImportFormat } from '../model';
import { CONFIDENT, FIELDS, scoreHeaders, type Mapping } from './headers';
import { figureColumns, type FigureColumns } from './figures';
import { twinTownColumns, type TwinTownColumns } from './twin-towns';

export { FIELDS, CONFIDENT, scoreHeaders, headerMeaning, scoreMeaning, type Mapping } from './headers';

export type ConcreteFormat = Exclude<ImportFormat, 'auto'>;

/** Detected field → header for the given headers. Each header serves one field at most. */
export function detectMapping(headers: readonly string[]): Mapping {
	return scoreHeaders(headers).mapping;
}

/**
 * Detected mapping with the user's overrides on top. An override to '' removes a field;
 * an override naming a header the file lacks is reported as an error string.
 */
export function resolveMapping(
	headers: readonly string[],
	overrides: Mapping = {}
): { mapping: Mapping; scores: Partial<Record<Field, number>>; errors: string[] } {
	const { mapping, scores } = scoreHeaders(headers);
	const errors: string[] = [];
	for (const [field, header] of Object.entries(overrides) as [Field, string][]) {
		if (header === '' || header == null) {
			delete mapping[field];
			delete scores[field];
			continue;
		}
		if (!headers.includes(header)) {
			errors.push(`Column "${header}" (mapped to ${field}) is not in the file; its columns are: ${headers.join(', ')}.`);
			continue;
		}
		// A header taken by the user for this field is no longer available to another field.
		for (const [f, h] of Object.entries(mapping) as [Field, string][]) {
			if (h === header && f !== field) {
				delete mapping[f];
				delete scores[f];
			}
		}
		mapping[field] = header;
		scores[field] = 1;
	}
	return { mapping, scores, errors };
}

/** The key of a header set, the same whatever the case, accents or punctuation: a remembered mapping is found by it. */
export function headerSetKey(headers: readonly string[]): string {
	return JSON.stringify(headers.map(normKey));
}

/** The mapping remembered for these headers (saved under headerSetKey), its headers spelt as in this file; undefined when none. */
export function rememberedMapping(headers: readonly string[], saved: Record<string, Mapping> | undefined): Mapping | undefined {
	const m = saved?.[headerSetKey(headers)];
	if (!m) return undefined;
	const byKey = new Map(headers.map((h) => [normKey(h), h]));
	return Object.fromEntries(Object.entries(m).map(([f, h]) => [f, byKey.get(normKey(h ?? '')) ?? h])) as Mapping;
}

/** What the mapping step decided for a table: read once, used by every reader. */
export interface ColumnPlan {
	format: ConcreteFormat;
	/** Field → header (row-by-row formats; {} for twin towns and figures, which have fixed columns). */
	mapping: Mapping;
	scores: Partial<Record<Field, number>>;
	/** The fixed columns of a twin-town or figures table (null when the forced format's columns are missing). */
	twinTowns?: TwinTownColumns | null;
	figures?: FigureColumns | null;
}

/** What a file whose columns could not be matched shows the user: its own headers, its first rows, the best guesses. */
export interface UnmappedColumns {
	headers: string[];
	preview: string[][];
	/** Best guesses (some below the confidence threshold), to pre-fill the mapping editor. */
	suggested: Mapping;
	/** Required fields not recognised with confidence. */
	missing: Field[];
}

/** The error of a file whose required columns are not recognised with confidence; carries what the mapping editor needs. */
export class ColumnsError extends ImportError {
	readonly columns: UnmappedColumns;
	constructor(message: string, columns: UnmappedColumns) {
		super('no-columns', message);
		this.columns = columns;
	}
}

/** Format of a row-by-row table from its mapping: a call column means laureates, a link-type column partnerships. */
function rowFormatOf(m: Mapping): ConcreteFormat {
	if (m.french && m.partner && m.call && !m.linkType) return 'laureates';
	if (m.french && m.partner && m.linkType) return 'partnerships';
	return 'generic';
}

/** The format asked for, or the one the headers tell, with the fixed columns found on the way. */
function formatOf(headers: readonly string[], format: ImportFormat, mapping: () => Mapping): Pick<ColumnPlan, 'format' | 'twinTowns' | 'figures'> {
	if (format === 'twin-towns') return { format, twinTowns: twinTownColumns(headers) };
	if (format === 'figures') return { format, figures: figureColumns(headers) };
	if (format !== 'auto') return { format };
	const twinTowns = twinTownColumns(headers);
	if (twinTowns) return { format: 'twin-towns', twinTowns };
	const figures = figureColumns(headers);
	if (figures) return { format: 'figures', figures };
	return { format: rowFormatOf(mapping()) };
}

/** Which format a table is in, from its headers. */
export function detectFormat(table: Pick<Table, 'headers'>): ConcreteFormat {
	return formatOf(table.headers, 'auto', () => scoreHeaders(table.headers).mapping).format;
}

/** The required fields of a row-by-row format that the mapping does not give with confidence. */
function missingFields(format: ConcreteFormat, m: Mapping, scores: Partial<Record<Field, number>>): Field[] {
	const sure = (f: Field) => m[f] !== undefined && (scores[f] ?? 0) >= CONFIDENT;
	const missing: Field[] = [];
	if (!sure('french')) missing.push('french');
	if (format === 'generic' ? !sure('partner') && !sure('country') : !sure('partner')) missing.push('partner');
	return missing;
}

/** The table's format (as asked or detected) and column mapping; throws ColumnsError when required columns are unsure. */
export function planColumns(table: Table, format: ImportFormat = 'auto', overrides: Mapping = {}): ColumnPlan {
	const { headers } = table;
	let resolved: ReturnType<typeof resolveMapping> | null = null;
	const resolve = () => (resolved ??= resolveMapping(headers, overrides));
	const fixed = formatOf(headers, format, () => resolve().mapping);
	const concrete = fixed.format;
	if (concrete === 'twin-towns' || concrete === 'figures') return { ...fixed, mapping: {}, scores: {} };
	const { mapping, scores, errors } = resolve();
	const missing = missingFields(concrete, mapping, scores);
	if (errors.length || missing.length) {
		const names = missing.map((f) => (f === 'french' ? 'French collectivité' : concrete === 'generic' ? 'partner or country' : 'partner'));
		const suggested = Object.fromEntries(FIELDS.filter((f) => mapping[f]).map((f) => [f, mapping[f]])) as Mapping;
		throw new ColumnsError(
			errors.join(' ') ||
				`No column recognised with confidence for the ${names.join(' and ')}. Columns found: ${headers.join(', ')}. ` +
					'Choose the columns by hand (or rename them, e.g. "Collectivité française", "Partenaire", "Pays").',
			{ headers: [...headers], preview: table.rows.slice(0, 5).map((r) => r.cells), suggested, missing }
		);
	}
	return { format: concrete, mapping, scores };
}

/** Whether an error is a ColumnsError, also once it has crossed a worker boundary as a plain object. */
export function unmappedColumns(e: unknown): UnmappedColumns | null {
	const c = (e as { columns?: UnmappedColumns } | null)?.columns;
	return c && Array.isArray(c.headers) && Array.isArray(c.preview) ? c : null;
}
