/** Typed messages between the UI and the data worker (src/lib/worker/data.worker.ts). */
import type { ImportOptions, ImportProgress, ImportResult } from '../data/pipeline';
import type { ImportErrorCode } from '../data/csv/errors';
import type { UnmappedColumns } from '../data/formats/mapping';

/** UI → worker. */
export type WorkerRequest = {
	id: number;
	type: 'import';
	/** The file's bytes (transferred, not copied). */
	bytes: ArrayBuffer;
	options: ImportOptions;
	/** Site base path ('' or '/atlas') under which static/data is served. */
	assetBase: string;
};

/** Worker → UI. */
export type WorkerResponse =
	| { id: number; type: 'progress'; progress: ImportProgress }
	| { id: number; type: 'result'; result: ImportResult }
	| {
			id: number;
			type: 'error';
			/** ImportError code for known bad input ('empty', 'binary', 'too-large'…), 'internal' otherwise. */
			code: ImportErrorCode | 'internal' | 'asset';
			message: string;
			/** For 'no-columns': the file's headers, first rows and guesses, for the mapping editor. */
			columns?: UnmappedColumns;
			/** 'choose-sheet' / 'unknown-sheet': the workbook's sheets with data. */
			sheets?: string[];
	  };
