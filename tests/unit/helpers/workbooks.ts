/** The workbook fixtures (tests/fixtures/workbooks, made by tests/fixtures/make-workbooks.ts) and the rows they hold. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { pickRows } from '../../fixtures/make-workbooks';
import { FILES, FIXTURES, readText } from './real-data';

export const WORKBOOKS = path.join(FIXTURES, 'workbooks');
export const NETWORK_XLSX = path.join(WORKBOOKS, 'reseau-cooperations.xlsx');
export const workbookBytes = (name: string) => new Uint8Array(readFileSync(path.join(WORKBOOKS, name)));

/** The 45 rows of partenariats.csv the fixture holds, in order. */
export const networkRows = () =>
	pickRows(Papa.parse(readText(FILES.partenariats), { header: true, skipEmptyLines: true }).data as Parameters<typeof pickRows>[0]);

