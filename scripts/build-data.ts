/**
 * npm run data:build — data/sources/* → static/data/atlas.json (type Atlas) and its compact copy
 * static/data/atlas.columns.json (what the browser loads), through the same import pipeline as the
 * browser and the CLI, and releases it as a data version under static/data/versions/<hash>/ (kept
 * forever: pinned embeds name it). Builds the COG and gazetteer assets first when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { importFile } from '../src/lib/data/pipeline';
import { correctionsFor } from '../src/lib/data/import/corrections';
import { reconcileDatasets } from '../src/lib/data/import/reconcile';
import type { Atlas, CoopRecord, Dataset, Figure, ImportFormat } from '../src/lib/data/model';
import { ASSET_FILES, COG_FILE, ROOT, STATIC_DIR, nodeResources } from './lib/resources';
import { formatReport } from './lib/report';
import { ATLAS_COLUMNS, ATLAS_JSON, writeAtlas } from './lib/write-atlas';

const SOURCES = path.join(ROOT, 'data/sources');
/** Corrections of given source rows, each with its source URL (see src/lib/data/import/corrections.ts). */
const ROW_OVERRIDES = path.join(ROOT, 'data/row-overrides.csv');

interface SourceEntry extends Dataset {
	file: string;
	format: ImportFormat;
}

function runScript(script: string) {
	process.stderr.write(`running ${script}…\n`);
	const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], { stdio: 'inherit', cwd: ROOT });
	if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status}).`);
}

function ensureAssets() {
	if (!existsSync(path.join(STATIC_DIR, COG_FILE))) runScript('scripts/build-cog.ts');
	if (ASSET_FILES.some((f) => f !== COG_FILE && !existsSync(path.join(STATIC_DIR, f)))) runScript('scripts/build-gazetteer.ts');
}

async function main() {
	ensureAssets();
	const meta = JSON.parse(readFileSync(path.join(SOURCES, 'datasets.json'), 'utf8')) as { datasets: SourceEntry[] };
	const resources = nodeResources();
	const datasets: Dataset[] = [];
	const records: CoopRecord[] = [];
	const figures: Figure[] = [];
	const overrides = Papa.parse<Record<string, string>>(readFileSync(ROW_OVERRIDES, 'utf8'), { header: true, skipEmptyLines: true }).data;
	for (const { file, format, ...dataset } of meta.datasets) {
		const corrections = correctionsFor(overrides, file);
		const result = await importFile(readFileSync(path.join(SOURCES, file)), { fileName: file, format, dataset, corrections }, resources);
		process.stderr.write(formatReport(result, 5) + '\n\n');
		if (result.report.rejected.length) {
			throw new Error(`${file}: ${result.report.rejected.length} rows rejected; the embedded data must import whole.`);
		}
		datasets.push(dataset);
		records.push(...result.records);
		figures.push(...result.figures);
	}
	// One link stated by two datasets counts once; one partner's name variants group as one.
	const reconciled = reconcileDatasets(records);
	process.stderr.write(
		`reconciled: ${reconciled.crossDuplicates} records duplicate a link of another dataset; ${reconciled.aliases.size} partner names are variants of another (` +
			[...reconciled.aliases].map(([k, v]) => `${k} → ${v.name}`).join(', ') +
			')\n'
	);
	const atlas: Atlas = { datasets, records: reconciled.records, figures };
	const size = writeAtlas(atlas);
	const kb = (n: number) => `${Math.round(n / 1024)} KB`;
	process.stderr.write(`wrote ${path.relative(ROOT, ATLAS_JSON)}: ${atlas.records.length} records, ${figures.length} figures, ${datasets.length} datasets, ${kb(size.json)}\n`);
	process.stderr.write(`wrote ${path.relative(ROOT, ATLAS_COLUMNS)} (what the browser loads): ${kb(size.columns)}\n`);
	process.stderr.write(
		`data version ${size.version.id} (${size.version.date}): ${size.added ? 'new, written to' : 'already in'} static/data/versions/ — commit it, never delete a version\n`
	);
}

main().catch((e) => {
	process.stderr.write(`data:build failed: ${(e as Error).message}\n`);
	process.exit(1);
});
