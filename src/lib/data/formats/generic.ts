/** Any CSV/TSV with arbitrary French or English headers: columns found through the alias table, or the user's mapping. */
import { ImportError } from '../csv/errors';
import type { Table } from '../csv/table';
import { resolveMapping } from './mapping';
import { draftRows, type RowRules } from './rows';
import type { Field } from '../model';
import type { FormatOptions, FormatOutput } from './types';

export interface GenericOptions extends FormatOptions {
	isCountry: (text: string) => boolean;
}

/** The generic format's column mapping and row rules for a table's headers; throws ImportError when columns are missing. */
export function genericRules(table: Table, options: GenericOptions): { mapping: Partial<Record<Field, string>>; rules: RowRules } {
	const { mapping, errors } = resolveMapping(table.headers, options.mapping);
	if (errors.length) throw new ImportError('no-columns', errors.join(' '));
	if (!mapping.french || (!mapping.partner && !mapping.country)) {
		const missing = [!mapping.french && 'French collectivité', !mapping.partner && !mapping.country && 'partner or country']
			.filter(Boolean)
			.join(' and ');
		throw new ImportError(
			'no-columns',
			`No column recognised for the ${missing}. Columns found: ${table.headers.join(', ')}. ` +
				'Rename them (e.g. "Collectivité française", "Partenaire", "Pays") or choose the columns by hand.'
		);
	}
	return {
		mapping,
		rules: { defaultLinkType: mapping.call ? 'laureat_aap' : 'autre', partnerCommas: false, isCountry: options.isCountry }
	};
}

export function readGeneric(table: Table, options: GenericOptions): FormatOutput {
	const { mapping, rules } = genericRules(table, options);
	return draftRows(table, mapping, rules, options.emit);
}
