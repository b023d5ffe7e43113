/**
 * Laureates of calls for projects: the seed pages' pipe table ("Collectivité française |
 * Collectivité(s) étrangère(s) partenaire(s) | Intitulé du projet | Appels à projets") and
 * laureats.csv. Partners are split on commas and " | "; a parenthesised country applies to the
 * names before it; the call gives the year and, for joint calls, the partner country.
 */
import { parseYear } from '../csv/number';
import type { Table } from '../csv/table';
import { resolveMapping } from './mapping';
import { draftRows, type RowRules } from './rows';
import type { Field } from '../model';
import type { FormatOutput } from './types';
import type { GenericOptions } from './generic';
import { ImportError } from '../csv/errors';

/** Year of the page around a pipe table ("Publié le 08/09/2025", "En 2025, …"), for rows whose call has none. */
function contextYear(table: Table): { year: number; remark: string } | null {
	const year = parseYear(table.context ?? '');
	return year ? { year, remark: `année déduite du texte de la page (${year})` } : null;
}

/** The laureate format's column mapping and row rules for a table's headers and context; throws ImportError when columns are missing. */
export function laureateRules(table: Table, options: GenericOptions): { mapping: Partial<Record<Field, string>>; rules: RowRules } {
	const { mapping, errors } = resolveMapping(table.headers, options.mapping);
	if (errors.length) throw new ImportError('no-columns', errors.join(' '));
	if (!mapping.french || !mapping.partner) {
		throw new ImportError(
			'no-columns',
			`Not a laureate table: expected "Collectivité française" and "Collectivité(s) étrangère(s) partenaire(s)" columns; found ${table.headers.join(', ')}.`
		);
	}
	return {
		mapping,
		rules: { defaultLinkType: 'laureat_aap', partnerCommas: true, contextYear: contextYear(table), isCountry: options.isCountry }
	};
}

export function readLaureates(table: Table, options: GenericOptions): FormatOutput {
	const { mapping, rules } = laureateRules(table, options);
	return draftRows(table, mapping, rules, options.emit);
}
