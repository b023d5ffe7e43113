/**
 * Workbook bytes → the Table of one sheet. The .xlsx reader (read-excel-file, with fflate for the
 * zip) is imported on first use only, so it weighs nothing until a workbook is imported.
 */
import { ImportError } from '../csv/errors';
import type { Table } from '../csv/table';
import { workbookKind } from './kind';
import { isEmptyRow, sheetTable } from './table';
import type { Cell } from './cells';

export interface WorkbookOptions {
	/** The sheet to import, by name (or 1-based number). Needed when several sheets hold data. */
	sheet?: string;
}

export interface WorkbookTable {
	table: Table;
	/** The sheet read. */
	sheet: string;
	/** The workbook's sheets that hold data, in workbook order. */
	sheets: string[];
}

const SAVE_AS = 'Save it as an Excel workbook (.xlsx) or as CSV UTF-8, then import that file.';

/** The zip's entry names, read from its directory without inflating anything. */
async function zipEntries(bytes: Uint8Array): Promise<string[]> {
	const { unzipSync } = await import('fflate');
	const names: string[] = [];
	try {
		unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
	} catch (e) {
		throw corrupt(e);
	}
	return names;
}

function corrupt(e: unknown): ImportError {
	const why = e instanceof Error && e.message ? ` (${e.message})` : '';
	return new ImportError(
		'corrupt',
		`This workbook cannot be read: the file is damaged or incomplete${why}. Open it in Excel or LibreOffice and save it again, or export it as CSV.`
	);
}

/** The sheet named (exactly, else ignoring case and spaces), or numbered from 1. */
function pickSheet(names: string[], wanted: string): number {
	const exact = names.indexOf(wanted);
	if (exact >= 0) return exact;
	const key = (s: string) => s.trim().toLocaleLowerCase('fr');
	const loose = names.findIndex((n) => key(n) === key(wanted));
	if (loose >= 0) return loose;
	const n = /^\d+$/.test(wanted.trim()) ? Number(wanted) : 0;
	return n >= 1 && n <= names.length ? n - 1 : -1;
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

export async function readWorkbook(bytes: Uint8Array, options: WorkbookOptions = {}): Promise<WorkbookTable> {
	const kind = workbookKind(bytes);
	if (kind === 'xls') {
		throw new ImportError('xls', `This is an old Excel 97–2003 workbook (.xls), which is not read here. ${SAVE_AS}`);
	}
	if (kind !== 'zip') throw new ImportError('not-workbook', 'This file is not a workbook.');
	const entries = await zipEntries(bytes);
	if (!entries.includes('xl/workbook.xml')) {
		if (entries.includes('content.xml') && entries.includes('mimetype')) {
			throw new ImportError('ods', `This is an OpenDocument spreadsheet (.ods), which is not read here. ${SAVE_AS}`);
		}
		throw new ImportError(
			'not-workbook',
			'This is a zip archive (or a Word or PowerPoint file), not an Excel workbook. Import a CSV file or an .xlsx workbook.'
		);
	}
	const { default: readExcelFile } = await import('read-excel-file/universal');
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	let all: { sheet: string; data: Cell[][] }[];
	try {
		all = (await readExcelFile(buffer)) as unknown as { sheet: string; data: Cell[][] }[];
	} catch (e) {
		throw corrupt(e);
	}
	const sheets = all.filter((s) => s.data.some((row) => !isEmptyRow(row)));
	const names = sheets.map((s) => s.sheet);
	if (sheets.length === 0) throw new ImportError('empty', 'Every sheet of this workbook is empty: there is no table to import.');
	let index = 0;
	if (options.sheet) {
		index = pickSheet(names, options.sheet);
		if (index < 0) {
			throw new ImportError('unknown-sheet', `This workbook has no sheet "${options.sheet}" with data; its sheets are ${quoted(names)}.`, names);
		}
	} else if (sheets.length > 1) {
		throw new ImportError('choose-sheet', `This workbook has ${names.length} sheets with data: ${quoted(names)}. Choose the one to import.`, names);
	}
	return { table: sheetTable(sheets[index].data), sheet: names[index], sheets: names };
}
