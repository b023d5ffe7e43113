/**
 * CLI: import a file with the same pipeline as the browser and print its report.
 *   npm run data:import -- <file> [--format auto|laureates|twin-towns|partnerships|figures|generic]
 *                                 [--map field=Header ...] [--sheet "Sheet name"] [--out records.json] [--json]
 * A CSV/TSV/text file or an Excel workbook (.xlsx); --sheet picks the sheet when several hold data.
 * With --json, stdout holds exactly one JSON object (the report summary); everything else goes to stderr.
 */
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { importFile, type ImportResult } from '../src/lib/data/pipeline';
import { isImportError, checkSize } from '../src/lib/data/csv';
import { unmappedColumns } from '../src/lib/data/formats';
import { mapHint } from './lib/map-hint';
import type { Field, ImportFormat } from '../src/lib/data/model';
import { nodeResources } from './lib/resources';
import { formatReport, summary, outRecords } from './lib/report';

const FORMATS: ImportFormat[] = ['auto', 'laureates', 'twin-towns', 'partnerships', 'figures', 'generic'];
const USAGE =
	'Usage: npm run data:import -- <file> [--format auto|laureates|twin-towns|partnerships|figures|generic] ' +
	'[--map field=Header]... [--sheet "Sheet name"] [--out records.json] [--json]';

interface Args {
	file: string;
	format: ImportFormat;
	out: string | null;
	json: boolean;
	mapping: Partial<Record<Field, string>>;
	sheet?: string;
}

function fail(message: string, code = 2): never {
	process.stderr.write(`error: ${message}\n`);
	process.exit(code);
}

function parseArgs(argv: string[]): Args {
	const args: Args = { file: '', format: 'auto', out: null, json: false, mapping: {} };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => argv[++i] ?? fail(`${a} needs a value.\n${USAGE}`);
		if (a === '--json') args.json = true;
		else if (a === '--format') args.format = value() as ImportFormat;
		else if (a === '--out') args.out = value();
		else if (a === '--sheet') args.sheet = value();
		else if (a === '--map') {
			const [field, ...header] = value().split('=');
			args.mapping[field as Field] = header.join('=');
		} else if (a === '--help' || a === '-h') {
			process.stdout.write(`${USAGE}\n`);
			process.exit(0);
		} else if (a.startsWith('--')) fail(`unknown option ${a}.\n${USAGE}`);
		else if (!args.file) args.file = a;
		else fail(`unexpected argument ${a}.\n${USAGE}`);
	}
	if (!args.file) fail(`no file given.\n${USAGE}`);
	if (!FORMATS.includes(args.format)) fail(`unknown format "${args.format}"; use one of ${FORMATS.join(', ')}.`);
	return args;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	let bytes: Uint8Array;
	try {
		const st = statSync(args.file);
		if (st.isDirectory()) fail(`${args.file} is a directory, not a file.`);
		checkSize(st.size);
		bytes = readFileSync(args.file);
	} catch (e) {
		if (isImportError(e)) fail(e.message);
		fail(`cannot read ${args.file}: ${(e as Error).message}`);
	}
	let result: ImportResult;
	try {
		result = await importFile(
			bytes,
			{ fileName: path.basename(args.file), format: args.format, mapping: args.mapping, sheet: args.sheet },
			nodeResources(),
			args.json ? undefined : (p) => process.stderr.write(`\r${p.phase} ${Math.round(p.fraction * 100)} %   `)
		);
		if (!args.json) process.stderr.write('\n');
	} catch (e) {
		if (!args.json) process.stderr.write('\n');
		const columns = unmappedColumns(e);
		if (columns) fail(`${args.file}: the columns to read are not certain.\n${mapHint(args.file, columns)}`);
		if (isImportError(e)) fail(`${args.file}: ${e.message}${e.sheets ? ' Name it with --sheet "<sheet name>".' : ''}`);
		throw e;
	}
	if (args.out) {
		writeFileSync(args.out, JSON.stringify(outRecords(result)));
		process.stderr.write(`wrote ${result.records.length} records to ${args.out}\n`);
	}
	if (args.json) process.stdout.write(JSON.stringify(summary(result)) + '\n');
	else process.stdout.write(formatReport(result) + '\n');
}

main().catch((e) => fail(`unexpected failure: ${(e as Error).stack ?? e}`, 1));
