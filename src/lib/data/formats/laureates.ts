/**
 * Laureates of calls for projects: the seed pages' pipe table ("Collectivité française |
 * Collectivité(s) étrangère(s) partenaire(s) | Intitulé du projet | Appels à projets") and
 * laureats.csv. Partners are split on commas and " | "; a parenthesised country applies to the
 * names before it; the call gives the year and, for joint calls, the partner country.
 */
import { parseYear } from '../csv/number';
import type { Table } from '../csv/table';
import type { ColumnPlan } from './mapping';
import { draftRows, type RowRules } from './rows';
import type { FormatOutput } from './types';
import type { GenericOptions } from './generic';

/** Year of the page around a pipe table ("Publié le 08/09/2025", "En 2025, …"), for rows whose call has none. */
function contextYear(table: Pick<Table, 'context'>): { year: number; remark: string } | null {
	const year = parseYear(table.context ?? '');
	return year ? { year, remark: `année déduite du texte de la page (${year})` } : null;
}

/** The laureate format's row rules for a table's context (its columns come from the plan). */
export function laureateRules(table: Pick<Table, 'context'>, options: Pick<GenericOptions, 'isCountry'>): RowRules {
	return { defaultLinkType: 'laureat_aap', partnerCommas: true, contextYear: contextYear(table), isCountry: options.isCountry };
}

export function readLaureates(table: Table, plan: ColumnPlan, options: GenericOptions): FormatOutput {
	return draftRows(table, plan.mapping, laureateRules(table, options), options.emit);
}
