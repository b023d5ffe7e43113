/** Any CSV/TSV with arbitrary French or English headers: columns found by the header scorer, or the user's mapping. */
import type { Table } from '../csv/table';
import type { ColumnPlan } from './mapping';
import { draftRows, type RowRules } from './rows';
import type { FormatOptions, FormatOutput } from './types';

export interface GenericOptions extends FormatOptions {
	isCountry: (text: string) => boolean;
}

/** The generic format's row rules (its columns come from the plan). */
export function genericRules(plan: ColumnPlan, options: Pick<GenericOptions, 'isCountry'>): RowRules {
	return { defaultLinkType: plan.mapping.call ? 'laureat_aap' : 'autre', partnerCommas: false, isCountry: options.isCountry };
}

export function readGeneric(table: Table, plan: ColumnPlan, options: GenericOptions): FormatOutput {
	return draftRows(table, plan.mapping, genericRules(plan, options), options.emit);
}
