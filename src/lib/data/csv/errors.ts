/** Errors that stop an import before any row is read: a stable code for the UI, a message that says how to fix it. */

export type ImportErrorCode =
	| 'empty'
	| 'headers-only'
	| 'binary'
	| 'xlsx'
	| 'too-large'
	| 'no-table'
	| 'one-column'
	| 'no-columns'
	| 'unknown-format';

export class ImportError extends Error {
	readonly code: ImportErrorCode;
	constructor(code: ImportErrorCode, message: string) {
		super(message);
		this.name = 'ImportError';
		this.code = code;
	}
}

export function isImportError(e: unknown): e is ImportError {
	return e instanceof Error && (e as ImportError).name === 'ImportError' && 'code' in e;
}
