/**
 * Import of the benchmark's generated generic file (bench/gen-import-csv.ts, seeded, synthetic) saved
 * as an .xlsx workbook with a title line, its year column as date cells and coordinates as number
 * cells: the workbook read alone (unzip, XML, typed cells → Table) and the whole import, warm
 * (median of 3 after a first run), resources loaded. The CSV of the same rows is measured by
 * import.bench.ts. 50k rows: SheetJS takes long to write 100k.
 */
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import * as XLSX from '@e965/xlsx';
import { importFile } from '../src/lib/data/pipeline';
import { readWorkbook } from '../src/lib/data/workbook';
import { loadCog, loadGazetteer } from '../scripts/lib/resources';
import { generateImportCsv } from './gen-import-csv';
import { median, type BenchRow } from './types';

const ROWS = 50_000;

function workbook(): Uint8Array {
	const rows = Papa.parse<string[]>(generateImportCsv(ROWS, 42), { skipEmptyLines: true, delimiter: ';' }).data;
	const cells = rows.map((r, i) =>
		i === 0 ? r : r.map((c) => (/^\d{4}$/.test(c) ? new Date(Date.UTC(Number(c), 0, 1)) : /^-?\d+,\d+$/.test(c) ? Number(c.replace(',', '.')) : c))
	);
	const sheet = XLSX.utils.aoa_to_sheet([['Export du réseau (données générées)'], [], ...cells], { cellDates: true, dateNF: 'm/d/yy' });
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, sheet, 'Coopérations');
	// shared strings, as Excel writes them
	return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer);
}

export default async function workbookBench(): Promise<BenchRow[]> {
	const bytes = workbook();
	const resources = { cog: loadCog(), gazetteer: loadGazetteer() };
	const read: number[] = [];
	const whole: number[] = [];
	const readCpu: number[] = [];
	const wholeCpu: number[] = [];
	const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
	let accepted = 0;
	for (let i = 0; i < 4; i++) {
		let t = performance.now();
		let c = process.cpuUsage();
		const { table } = await readWorkbook(bytes);
		if (i > 0) read.push(performance.now() - t), readCpu.push(cpuMs(process.cpuUsage(c)));
		t = performance.now();
		c = process.cpuUsage();
		const { report } = await importFile(bytes, { fileName: 'import-50k.xlsx' }, resources);
		if (i > 0) whole.push(performance.now() - t), wholeCpu.push(cpuMs(process.cpuUsage(c)));
		accepted = report.accepted;
		if (table.rows.length !== ROWS) throw new Error(`read ${table.rows.length} rows of ${ROWS}`);
	}
	const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
	return [
		{ name: `read a ${ROWS / 1000}k-row .xlsx sheet (unzip, XML, typed cells → Table)`, value: Math.round(median(read)), unit: 'ms', note: `${mb} MB workbook; runs ${read.map(Math.round).join(' / ')} ms` },
		{ name: 'same, CPU time (all threads, incl. GC)', value: Math.round(median(readCpu)), unit: 'ms' },
		{ name: `import the same workbook (read + map + resolve)`, value: Math.round(median(whole)), unit: 'ms', note: `${accepted} accepted; runs ${whole.map(Math.round).join(' / ')} ms` },
		{ name: 'same, CPU time (all threads, incl. GC)', value: Math.round(median(wholeCpu)), unit: 'ms' }
	];
}
