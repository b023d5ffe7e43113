/**
 * Established partnerships (partenariats.csv and files like it): collectivite_francaise,
 * type_collectivite_francaise, collectivite_partenaire, pays_partenaire, annee_debut, type_lien,
 * thematiques (" | "), source_url. type_lien gives the link type; annee_debut the year.
 */
import { ImportError } from '../csv/errors';
import type { Table } from '../csv/table';
import type { GenericOptions } from './generic';
import { resolveMapping } from './mapping';
import { draftRows } from './rows';
import type { FormatOutput } from './types';

export function readPartnerships(table: Table, options: GenericOptions): FormatOutput {
	const { mapping, errors } = resolveMapping(table.headers, options.mapping);
	if (errors.length || !mapping.french || !mapping.partner) {
		throw new ImportError(
			'no-columns',
			errors.join(' ') || `Not a partnership table: expected collectivite_francaise and collectivite_partenaire columns; found ${table.headers.join(', ')}.`
		);
	}
	return draftRows(table, mapping, {
		defaultLinkType: 'cooperation_decentralisee',
		partnerCommas: false,
		isCountry: options.isCountry
	}, options.emit);
}
