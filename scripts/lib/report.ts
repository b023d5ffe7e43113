/** CLI output of an import: the JSON summary (a public contract), the --out records and a readable report. */
import type { ImportResult } from '../../src/lib/data/pipeline';
import { PRECISIONS } from '../../src/lib/data/model';

/** The --json object. Keys rows…countries are a contract relied on by scripts; more keys may be added. */
export function summary({ report, figures }: ImportResult) {
	return {
		file: report.file,
		format: report.format,
		encoding: report.encoding,
		delimiter: report.delimiter,
		...(report.sheet ? { sheet: report.sheet, sheets: report.sheets } : {}),
		rows: report.rows,
		accepted: report.accepted,
		rejected: report.rejected.map((r) => ({ line: r.line, reason: r.reason })),
		french: report.french,
		frenchResolved: report.frenchResolved,
		partners: report.partners,
		partnersCountryResolved: report.partnersCountryResolved,
		partnersByPrecision: report.partnersByPrecision,
		countries: report.countries,
		figures: figures.length,
		warnings: report.warnings.length,
		mapping: report.mapping,
		durationMs: report.durationMs
	};
}

/** The --out file: {"records": [...]} with the full records (french/partners/source as in the model). */
export function outRecords({ records, figures }: ImportResult) {
	return figures.length ? { records, figures } : { records };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

export function formatReport({ report, figures }: ImportResult, maxLines = 20): string {
	const r = report;
	const out = [
		`${r.file}: format ${r.format}, ` +
			(r.sheet ? `sheet ${JSON.stringify(r.sheet)} (of ${r.sheets?.length ?? 1} with data)` : `${r.encoding ?? '?'}, delimiter ${JSON.stringify(r.delimiter)}`),
		`rows ${r.rows} · accepted ${r.accepted} · rejected ${r.rejected.length} · warnings ${r.warnings.length} · ${r.durationMs} ms`
	];
	if (r.format === 'figures') out.push(`figures ${figures.length}`);
	else {
		out.push(
			`French collectivités ${r.french}, resolved to an official code ${r.frenchResolved} (${pct(r.frenchResolved, r.french)})`,
			`partners ${r.partners}, country resolved ${r.partnersCountryResolved} (${pct(r.partnersCountryResolved, r.partners)}), ${r.countries} countries`,
			`partner coordinates: ${PRECISIONS.map((p) => `${p} ${r.partnersByPrecision[p]}`).join(', ')}`
		);
	}
	out.push(`columns: ${Object.entries(r.mapping).map(([f, h]) => `${f} ← "${h}"`).join(', ') || '–'}`);
	const list = (title: string, items: { line: number; text: string }[]) => {
		if (!items.length) return;
		out.push(`${title}:`);
		for (const i of items.slice(0, maxLines)) out.push(`  line ${i.line}: ${i.text}`);
		if (items.length > maxLines) out.push(`  … and ${items.length - maxLines} more`);
	};
	list('rejected', r.rejected.map((x) => ({ line: x.line, text: x.reason })));
	list('warnings', r.warnings.map((x) => ({ line: x.line, text: x.message })));
	return out.join('\n');
}
