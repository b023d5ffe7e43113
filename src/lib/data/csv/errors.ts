/** Errors that stop an import before any row is read: a stable code for the UI, a message that says how to fix it. */

export type ImportErrorCode =
	| 'empty'
	| 'headers-only'
	| 'binary'
	| 'xlsx'
	| 'xls'
	| 'ods'
	| 'not-workbook'
	| 'corrupt'
	| 'no-header'
	| 'choose-sheet'
	| 'unknown-sheet'
	| 'too-large'
	| 'no-table'
	| 'one-column'
	| 'no-columns'
	| 'unknown-format';

export class ImportError extends Error {
	readonly code: ImportErrorCode;
	/** 'choose-sheet' and 'unknown-sheet': the workbook's sheets that hold data, to choose from. */
	readonly sheets?: string[];
	constructor(code: ImportErrorCode, message: string, sheets?: string[]) {
		super(message);
		this.name = 'ImportError';
		this.code = code;
		if (sheets) this.sheets = sheets;
	}
}

export function isImportError(e: unknown): e is ImportError {
	return e instanceof Error && (e as ImportError).name === 'ImportError' && 'code' in e;
}
