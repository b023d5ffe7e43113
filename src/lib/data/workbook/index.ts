/** Excel workbooks (.xlsx) → Table, the same as a CSV file gives; see read.ts. */
export { workbookKind, type WorkbookKind } from './kind';
export { readWorkbook, type WorkbookOptions, type WorkbookTable } from './read';
export { cellText, dateText, numberText, type Cell } from './cells';
export { findHeaderRow, labelWidth, sheetTable, HEADER_SCAN_ROWS } from './table';
