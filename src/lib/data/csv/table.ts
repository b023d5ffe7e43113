/** The parsed form every reader produces: headers plus rows that remember their 1-based line in the file. */

export interface TableRow {
	/** 1-based line in the file where the row starts (the header is usually line 1). */
	line: number;
	cells: string[];
}

export interface Table {
	headers: string[];
	rows: TableRow[];
	/** ',', ';', '\t', '|' — or 'pipe-table' for a markdown-style table inside text, 'sheet' for a workbook's sheet. */
	delimiter: string;
	/** Text outside the table (pipe tables only): used for hints such as the page's year. */
	context?: string;
}

/** The row's cells keyed by header, for rejected-row downloads. */
export function rowToRecord(headers: string[], row: TableRow): Record<string, string> {
	const out: Record<string, string> = {};
	const n = Math.max(headers.length, row.cells.length);
	for (let i = 0; i < n; i++) {
		const key = headers[i] || `column_${i + 1}`;
		out[key] = row.cells[i] ?? '';
	}
	return out;
}
