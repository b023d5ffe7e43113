/**
 * Corrections of given source rows that no rule can decide ("Vienne" in the twin-towns list is the
 * commune in Isère, as a sourced laureate row shows, not the département; the point given for
 * "Tamatave" is Antsiranana's, 650 km away): data/row-overrides.csv, one row per source line, each
 * with the URL that justifies it. Applied to a row's draft before resolution; the report says which
 * rows were corrected and why. The source rows stay unchanged.
 */
import type { DraftRecord } from '../formats/types';
import type { ReportWarning } from '../model';

export interface RowCorrection {
	/** 1-based line of the row in its file (the header is line 1). */
	line: number;
	/** Name of the French side to correct, as written in the row ('' when the correction is a partner's). */
	french: string;
	/** The official code (INSEE commune, département, région or EPCI SIREN) that side designates. */
	frenchCode: string;
	/** Name of the partner whose given point is wrong, as written ('' when the correction is the French side's): it is placed by its name instead. */
	partner: string;
	/** Page that shows the correction is right. */
	sourceUrl: string;
	/** Why, in a few words (shown in the report). */
	note: string;
}

/** Parses data/row-overrides.csv rows (header: file,line,french,french_code,partner,source_url,note) for one file. */
export function correctionsFor(rows: Record<string, string>[], file: string): RowCorrection[] {
	const out: RowCorrection[] = [];
	for (const r of rows) {
		if (r.file !== file) continue;
		const line = Number(r.line);
		if (!Number.isInteger(line) || line < 2) throw new Error(`row-overrides: bad line "${r.line}" for ${file}`);
		if (!/^https?:\/\//.test(r.source_url ?? '')) throw new Error(`row-overrides: line ${line} of ${file} has no source_url`);
		const partner = r.partner ?? '';
		if (!partner && (!r.french || !r.french_code)) throw new Error(`row-overrides: line ${line} of ${file} needs french and french_code, or partner`);
		if (partner && (r.french || r.french_code)) throw new Error(`row-overrides: line ${line} of ${file} corrects either a French side or a partner, not both`);
		out.push({ line, french: r.french ?? '', frenchCode: r.french_code ?? '', partner, sourceUrl: r.source_url, note: r.note ?? '' });
	}
	return out;
}

/**
 * A draft → draft function applying the corrections of its line (identity when none): the French side
 * gets the code and its given point is dropped (it was the wrong place's); a partner's given point is
 * dropped, so the gazetteer places it by its name. A correction whose row or side is not found is
 * reported, never silently lost.
 */
export function rowCorrector(corrections: RowCorrection[] | undefined, warnings: ReportWarning[]): (d: DraftRecord) => DraftRecord {
	if (!corrections?.length) return (d) => d;
	const byLine = new Map<number, RowCorrection[]>();
	for (const c of corrections) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
	return (d) => {
		const list = byLine.get(d.line);
		if (!list) return d;
		for (const c of list) {
			const name = c.partner || c.french;
			const i = c.partner ? d.partners.findIndex((p) => p.name === c.partner) : d.french.findIndex((f) => f.name === c.french);
			if (i < 0) {
				warnings.push({
					line: d.line,
					message: `Correction not applied: no ${c.partner ? 'partner' : 'French side'} "${name}" on this row (data/row-overrides.csv).`,
					code: c.partner ? 'partner-correction-unused' : 'row-correction-unused',
					params: { name }
				});
				continue;
			}
			if (c.partner) {
				d.partners[i] = { ...d.partners[i], lon: null, lat: null };
				warnings.push({
					line: d.line,
					message: `Point given for partner "${name}" dropped, placed by its name (${c.note}; source: ${c.sourceUrl}).`,
					code: 'partner-point-corrected',
					params: { name, note: c.note, url: c.sourceUrl }
				});
				continue;
			}
			d.french[i] = { ...d.french[i], code: c.frenchCode, lon: null, lat: null };
			warnings.push({
				line: d.line,
				message: `French side "${c.french}" corrected to ${c.frenchCode} (${c.note}; source: ${c.sourceUrl}).`,
				code: 'row-corrected',
				params: { name: c.french, code: c.frenchCode, note: c.note, url: c.sourceUrl }
			});
		}
		return d;
	};
}
