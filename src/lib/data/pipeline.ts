/**
 * The one import pipeline, shared by the browser worker, the data build and the CLI:
 * bytes or text → table → format → drafts → resolved records + figures + report.
 * Nothing is dropped silently: every data row is accepted or listed in report.rejected.
 */
import { readTable, type ReadResult } from './csv';
import type { Delimiter } from './csv/delimiter';
import { detectFormat, needsGeocoding, readFormat } from './formats';
import type { Warning } from './formats/types';
import { makeDraftResolver } from './import/resolve-draft';
import { makeResolvers, type PipelineResources } from './import/resolvers';
import { countRecords, markDuplicates } from './import/report';
import { importedDataset } from './import/dataset';
import type { CoopRecord, Dataset, Field, Figure, ImportFormat, ImportReport } from './model';

export { rejectedToCsv } from './import/report';
export { importedDataset } from './import/dataset';
export type { PipelineResources, Resolvers } from './import/resolvers';

export interface ImportOptions {
	/** File name, recorded in each record's source and in the report. */
	fileName: string;
	format?: ImportFormat;
	/** Field → header overrides for generic files. */
	mapping?: Partial<Record<Field, string>>;
	/** Dataset the records belong to; defaults to one named after the file. */
	dataset?: Dataset;
	delimiter?: Delimiter;
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

/** Imports a file given as bytes (encoding detected) or text. Throws ImportError when the file cannot be read at all. */
export async function importFile(
	input: Uint8Array | ArrayBuffer | string,
	options: ImportOptions,
	resources: PipelineResources,
	onProgress?: (p: ImportProgress) => void
): Promise<ImportResult> {
	const t0 = now();
	const progress = (phase: ImportPhase, fraction: number) => onProgress?.({ phase, fraction });
	progress('read', 0);
	const read: ReadResult = readTable(input, {
		delimiter: options.delimiter,
		onProgress: (f) => progress('read', f * 0.3)
	});
	const { table } = read;

	const format = !options.format || options.format === 'auto' ? detectFormat(table) : options.format;
	const needGazetteer = needsGeocoding(table, format, options.mapping);
	if (needGazetteer) progress('geocode', 0.35);
	const resolvers = await makeResolvers(resources, needGazetteer);
	const warnings: Warning[] = [];
	const dataset = options.dataset ?? importedDataset(options.fileName);
	const resolve = makeDraftResolver(resolvers, { dataset, file: options.fileName }, warnings);
	const records: CoopRecord[] = [];
	const total = table.rows.length;
	// Drafts are resolved as they are made, so a large file's drafts never pile up in memory.
	const { output } = readFormat(table, {
		format,
		mapping: options.mapping,
		countryIso: (t) => resolvers.resolveCountry(t)?.iso2 ?? null,
		emit: (draft) => {
			records.push(resolve(draft));
			if (records.length % 2000 === 0) progress('resolve', 0.4 + (0.6 * records.length) / total);
		}
	});
	for (const w of output.warnings) warnings.push(w);
	markDuplicates(records);
	const figures = (output.figures ?? []).map((f) => ({ ...f, dataset: dataset.id }));
	const rejected = output.rejected.sort((a, b) => a.line - b.line);
	warnings.sort((a, b) => a.line - b.line);
	const report: ImportReport = {
		file: options.fileName,
		format,
		rows: table.rows.length,
		accepted: format === 'figures' ? figures.length : records.length,
		rejected,
		warnings,
		...countRecords(records),
		mapping: output.mapping,
		durationMs: Math.round(now() - t0),
		encoding: read.encoding,
		delimiter: table.delimiter
	};
	progress('done', 1);
	return { records, figures, report };
}

/** Same as importFile, for text already decoded. */
export const importText = (
	text: string,
	options: ImportOptions,
	resources: PipelineResources,
	onProgress?: (p: ImportProgress) => void
) => importFile(text, options, resources, onProgress);
