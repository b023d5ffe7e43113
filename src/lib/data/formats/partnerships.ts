/**
 * Established partnerships (partenariats.csv and files like it): collectivite_francaise,
 * type_collectivite_francaise, collectivite_partenaire, pays_partenaire, annee_debut, type_lien,
 * thematiques (" | "), source_url. type_lien gives the link type; annee_debut the year.
 */
import type { Table } from '../csv/table';
import type { GenericOptions } from './generic';
import type { ColumnPlan } from './mapping';
import { draftRows, type RowRules } from './rows';
import type { FormatOutput } from './types';

/** The partnership format's row rules (its columns come from the plan). */
export function partnershipRules(options: Pick<GenericOptions, 'isCountry'>): RowRules {
	return { defaultLinkType: 'cooperation_decentralisee', partnerCommas: false, isCountry: options.isCountry };
}

export function readPartnerships(table: Table, plan: ColumnPlan, options: GenericOptions): FormatOutput {
	return draftRows(table, plan.mapping, partnershipRules(options), options.emit);
}
