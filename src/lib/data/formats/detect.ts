/** Which format a table is in, from its headers (and whether it came from a pipe table). */
import type { Table } from '../csv/table';
import type { ImportFormat } from '../model';
import { findColumn } from './columns';
import { isFiguresTable } from './figures';
import { isTwinTownTable } from './twin-towns';

export type ConcreteFormat = Exclude<ImportFormat, 'auto'>;

export function detectFormat(table: Table): ConcreteFormat {
	const h = table.headers;
	if (isTwinTownTable(h)) return 'twin-towns';
	if (isFiguresTable(h)) return 'figures';
	const has = (...aliases: string[]) => findColumn(h, aliases) >= 0;
	if (has('appels a projets', 'appel a projets', 'appel_a_projets') && has('collectivite francaise')) return 'laureates';
	if (has('type_lien', 'type de lien') && has('collectivite_partenaire', 'collectivite partenaire')) return 'partnerships';
	return 'generic';
}
