/**
 * The one import pipeline, shared by the browser worker, the data build and the CLI:
 * bytes (text or .xlsx) or text → table → format → drafts → resolved records + figures + report.
 * Nothing is dropped silently: every data row is accepted or listed in report.rejected.
 */
import { decodeBytes, openRows, readTableText, type RowStream, type Table, type TextEncodingName } from './csv';
import { checkSize } from './csv/decode';
import type { Delimiter } from './csv/delimiter';
import {
	ColumnsError,
	coordinateColumns,
	rememberedMapping,
	lacksCoordinates,
	needsGeocoding,
	planColumns,
	readFormat,
	readFormatRows,
	type ColumnPlan,
	type ConcreteFormat,
	type RowSink
} from './formats';
import type { TableRow } from './csv/table';
import { readWorkbook, workbookKind } from './workbook';
import { makeDraftResolver } from './import/resolve-draft';
import { loadGeocoder, makeResolvers, type PipelineResources } from './import/resolvers';
import { importedDataset } from './import/dataset';
import type { RecordCounts } from './import/tally';
import { rowCorrector, type RowCorrection } from './import/corrections';
import type { FormatOutput } from './formats/types';
import type { CoopRecord, Dataset, Field, Figure, ImportFormat, ImportReport, ReportWarning } from './model';

export { rejectedToCsv } from './import/report';
export { importedDataset } from './import/dataset';
export type { RowCorrection } from './import/corrections';
export type { PipelineResources, Resolvers } from './import/resolvers';

export interface ImportOptions {
	/** File name, recorded in each record's source and in the report. */
	fileName: string;
	format?: ImportFormat;
	/** Field → header overrides for generic files. */
	mapping?: Partial<Record<Field, string>>;
	/** Mappings the user chose before, by header set (headerSetKey): used when the file's headers match one and no mapping is given. */
	savedMappings?: Record<string, Partial<Record<Field, string>>>;
	/** Dataset the records belong to; defaults to one named after the file. */
	dataset?: Dataset;
	delimiter?: Delimiter;
	/** Corrections of given rows of this file (data/row-overrides.csv for the embedded sources). */
	corrections?: RowCorrection[];
	/** Workbooks: the sheet to import (by name), needed when several sheets hold data. */
	sheet?: string;
}

export type ImportPhase = 'read' | 'geocode' | 'resolve' | 'done';
export interface ImportProgress {
	phase: ImportPhase;
	/** 0..1 within the whole import. */
	fraction: number;
}

export interface ImportResult {
	records: CoopRecord[];
	figures: Figure[];
	report: ImportReport;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The formats read row by row (each row gives its records on its own). */
const ROW_FORMATS: ConcreteFormat[] = ['generic', 'partnerships', 'laureates'];

/**
 * Imports a file given as bytes (a text table, encoding detected, or an .xlsx workbook) or text.
 * Throws ImportError when the file cannot be read at all.
 */
export async function importFile(
	input: Uint8Array | ArrayBuffer | string,
	options: ImportOptions,
	resources: PipelineResources,
	onProgress?: (p: ImportProgress) => void
): Promise<ImportResult> {
	const t0 = now();
	const progress = (phase: ImportPhase, fraction: number) => onProgress?.({ phase, fraction });
	progress('read', 0);
	const dataset = options.dataset ?? importedDataset(options.fileName);
	const warnings: ReportWarning[] = [];
	const bytes = typeof input === 'string' ? null : input instanceof Uint8Array ? input : new Uint8Array(input);
	let read: ReadOutcome;
	let encoding: TextEncodingName | 'text' | 'xlsx';
	let sheets: { sheet: string; sheets: string[] } | null = null;
	if (bytes && workbookKind(bytes)) {
		checkSize(bytes.byteLength);
		const { table, sheet, sheets: names } = await readWorkbook(bytes, { sheet: options.sheet });
		progress('read', 0.3);
		read = await importTable(table, null, options, resources, dataset, warnings, progress);
		encoding = 'xlsx';
		sheets = { sheet, sheets: names };
	} else {
		const decoded: { text: string; encoding: TextEncodingName | 'text' } =
			bytes ? decodeBytes(bytes) : { text: input as string, encoding: 'text' };
		const text = decoded.text;
		encoding = decoded.encoding;
		// Delimited files in a row-by-row format are read as a stream of rows (no whole table in memory).
		const stream = openRows(text, { delimiter: options.delimiter });
		// The headers are scored once, here: every reader works from this plan.
		const plan = stream && planOf({ headers: stream.headers, rows: [], delimiter: stream.delimiter }, options, () => stream.peek(5));
		read =
			stream && plan && ROW_FORMATS.includes(plan.format)
				? await importRows(stream, plan, options, resources, dataset, warnings, progress)
				: await importTable(
						readTableText(text, { delimiter: options.delimiter, onProgress: (f) => progress('read', f * 0.3) }),
						plan,
						options,
						resources,
						dataset,
						warnings,
						progress
					);
	}
	const { format, output, records, rows, counts } = read;
	for (const w of output.warnings) warnings.push(w);
	const figures = (output.figures ?? []).map((f) => ({ ...f, dataset: dataset.id }));
	const rejected = output.rejected.sort((a, b) => a.line - b.line);
	warnings.sort((a, b) => a.line - b.line);
	const report: ImportReport = {
		file: options.fileName,
		format,
		rows,
		accepted: format === 'figures' ? figures.length : records.length,
		rejected,
		warnings,
		...counts,
		mapping: output.mapping,
		headers: read.headers,
		durationMs: Math.round(now() - t0),
		encoding,
		delimiter: read.delimiter,
		...sheets
	};
	progress('done', 1);
	return { records, figures, report };
}

interface ReadOutcome {
	format: ConcreteFormat;
	output: FormatOutput;
	/** The records, duplicates marked. */
	records: CoopRecord[];
	counts: RecordCounts;
	rows: number;
	delimiter: string;
	headers: string[];
}

/** The table's column plan; a file whose columns need the user gets its first rows in the error, for the preview. */
function planOf(table: Table, options: ImportOptions, preview: () => TableRow[]): ColumnPlan {
	const mapping = options.mapping ?? rememberedMapping(table.headers, options.savedMappings);
	try {
		return planColumns(table, options.format, mapping);
	} catch (e) {
		if (e instanceof ColumnsError && e.columns.preview.length === 0) e.columns.preview = preview().map((r) => r.cells);
		throw e;
	}
}

/** The whole table first (pipe tables, twin towns, figures, headers whose width depends on the rows, workbooks), then its records. */
async function importTable(
	table: Table,
	known: ColumnPlan | null,
	options: ImportOptions,
	resources: PipelineResources,
	dataset: Dataset,
	warnings: ReportWarning[],
	progress: (phase: ImportPhase, fraction: number) => void
): Promise<ReadOutcome> {
	const plan = known ?? planOf(table, options, () => table.rows.slice(0, 5));
	const needGazetteer = needsGeocoding(table, plan);
	if (needGazetteer) progress('geocode', 0.35);
	const givesCoordinates = !!coordinateColumns(table.headers, plan)?.length;
	const resolvers = await makeResolvers(resources, needGazetteer, givesCoordinates);
	// Partners whose given point lies outside their country, or is in whole degrees, wait for the gazetteer when it is not loaded.
	const resolve = makeDraftResolver(resolvers, { dataset, file: options.fileName }, warnings, { deferGeocoding: true });
	const records: CoopRecord[] = [];
	const total = table.rows.length;
	const correct = rowCorrector(options.corrections, warnings);
	// Drafts are resolved as they are made, so a large file's drafts never pile up in memory.
	const output = readFormat(table, plan, {
		countryIso: (t) => resolvers.resolveCountry(t)?.iso2 ?? null,
		emit: (draft) => {
			records.push(resolve(correct(draft)));
			if (records.length % 2000 === 0) progress('resolve', 0.4 + (0.6 * records.length) / total);
		}
	});
	if (resolve.waiting() > 0) resolve.resolveWaiting(await loadGeocoder(resources));
	return { format: plan.format, output, records, counts: resolve.finish(records), rows: total, delimiter: table.delimiter, headers: table.headers };
}

/**
 * Rows straight from the parser to the format and the resolvers. Whether the gazetteer is needed is
 * known only at the end (as needsGeocoding would tell from the whole table): partners without
 * coordinates wait for it, unless the file has no partner coordinate column at all.
 */
async function importRows(
	stream: RowStream,
	plan: ColumnPlan,
	options: ImportOptions,
	resources: PipelineResources,
	dataset: Dataset,
	warnings: ReportWarning[],
	progress: (phase: ImportPhase, fraction: number) => void
): Promise<ReadOutcome> {
	const columns = coordinateColumns(stream.headers, plan);
	if (columns === null) progress('geocode', 0.05);
	const resolvers = await makeResolvers(resources, columns === null, !!columns?.length);
	const correct = rowCorrector(options.corrections, warnings);
	const resolve = makeDraftResolver(resolvers, { dataset, file: options.fileName }, warnings, { deferGeocoding: true });
	const records: CoopRecord[] = [];
	const head = { headers: stream.headers, rows: [], delimiter: stream.delimiter };
	let needGazetteer = columns === null;
	let sink: RowSink | null = null;
	const rows = stream.run((row, fraction) => {
		if (!needGazetteer && columns!.length > 0 && lacksCoordinates(row.cells, columns!)) needGazetteer = true;
		// Made at the first data row, so a file without any reports that before its columns.
		sink ??= readFormatRows(head, plan, {
			countryIso: (t) => resolvers.resolveCountry(t)?.iso2 ?? null,
			emit: (draft) => {
				records.push(resolve(correct(draft)));
				if (records.length % 2000 === 0) progress('resolve', 0.1 + 0.75 * fraction);
			}
		})!;
		sink.accept(row);
	});
	if (resolve.waiting() > 0) {
		progress('geocode', 0.9);
		resolve.resolveWaiting(needGazetteer || resolve.waitingGiven() > 0 ? await loadGeocoder(resources) : null);
	}
	return { format: plan.format, output: sink!.output, records, counts: resolve.finish(records), rows, delimiter: stream.delimiter, headers: stream.headers };
}

/** Same as importFile, for text already decoded. */
export const importText = (
	text: string,
	options: ImportOptions,
	resources: PipelineResources,
	onProgress?: (p: ImportProgress) => void
) => importFile(text, options, resources, onProgress);
