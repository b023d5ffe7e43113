/**
 * Established partnerships (partenariats.csv and files like it): collectivite_francaise,
 * type_collectivite_francaise, collectivite_partenaire, pays_partenaire, annee_debut, type_lien,
 * thematiques (" | "), source_url. type_lien gives the link type; annee_debut the year.
 */
import { ImportError } from '../csv/errors';
import type { Table } from '../csv/table';
import type { GenericOptions } from './generic';
import { resolveMapping } from './mapping';
import { draftRows, type RowRules } from './rows';
import type { Field } from '../model';
import type { FormatOutput } from './types';

/** The partnership format's column mapping and row rules for a table's headers; throws ImportError when columns are missing. */
export function partnershipRules(table: Table, options: GenericOptions): { mapping: Partial<Record<Field, string>>; rules: RowRules } {
	const { mapping, errors } = resolveMapping(table.headers, options.mapping);
	if (errors.length || !mapping.french || !mapping.partner) {
		throw new ImportError(
			'no-columns',
			errors.join(' ') || `Not a partnership table: expected collectivite_francaise and collectivite_partenaire columns; found ${table.headers.join(', ')}.`
		);
	}
	return { mapping, rules: { defaultLinkType: 'cooperation_decentralisee', partnerCommas: false, isCountry: options.isCountry } };
}

export function readPartnerships(table: Table, options: GenericOptions): FormatOutput {
	const { mapping, rules } = partnershipRules(table, options);
	return draftRows(table, mapping, rules, options.emit);
}
