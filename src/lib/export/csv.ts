/** What the CSV downloads hold: the bars of a chart, the filtered records (written by $lib/data/csv/write). */
import type { CoopRecord } from '$lib/data/model';
import type { Count } from '$lib/data/aggregate';

export { BOM, toCsv, type Cell } from '$lib/data/csv/write';
import { toCsv, type Cell } from '$lib/data/csv/write';

/** Exactly the bars drawn: one row per bar, in drawing order. */
export function countsCsv(counts: readonly Count[], header: [string, string, string], labelOf: (c: Count) => string): string {
	return toCsv([header, ...counts.map((c) => [c.key, labelOf(c), c.count])]);
}

export const RECORD_COLUMNS = [
	'id',
	'collectivites_francaises',
	'codes_francais',
	'types_francais',
	'departements',
	'regions',
	'partenaires',
	'pays_partenaires',
	'precision_partenaires',
	'intitule',
	'thematiques',
	'annee',
	'annee_fin',
	'appel_a_projets',
	'type_lien',
	'jeu_de_donnees',
	'source_url',
	'licence',
	'fichier',
	'ligne'
] as const;

const join = (xs: readonly (string | null | undefined)[]) => xs.map((x) => x ?? '').join(' | ');

export function recordRow(r: CoopRecord): Cell[] {
	return [
		r.id,
		join(r.french.map((f) => f.name)),
		join(r.french.map((f) => f.code)),
		join(r.french.map((f) => f.kind)),
		join(r.french.map((f) => f.departement)),
		join(r.french.map((f) => f.regionName ?? f.region)),
		join(r.partners.map((p) => p.name)),
		join(r.partners.map((p) => p.country)),
		join(r.partners.map((p) => p.precision)),
		r.title,
		join(r.themes),
		r.year,
		r.yearEnd,
		r.call?.name,
		r.linkType,
		r.source.dataset,
		r.source.url,
		r.source.licence,
		r.source.file,
		r.source.line
	];
}

/** The filtered records, one row each (several French sides/partners joined by " | "). */
export function recordsCsv(records: readonly CoopRecord[]): string {
	const rows: Cell[][] = [[...RECORD_COLUMNS]];
	for (const r of records) rows.push(recordRow(r));
	return toCsv(rows);
}
