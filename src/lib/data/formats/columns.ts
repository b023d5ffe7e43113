/** Fixed columns by header name (twin towns, figures: exact keys after normalisation), and the row reader of a mapping. */
import { clean, normKey } from '../text';
import type { Field } from '../model';

/** Index of the header matching one of the aliases (compared with normKey), or -1. */
export function findColumn(headers: readonly string[], aliases: readonly string[]): number {
	const keys = headers.map(normKey);
	for (const a of aliases) {
		const i = keys.indexOf(normKey(a));
		if (i >= 0) return i;
	}
	return -1;
}

export type RowValues = Record<Field, string>;

const ALL_FIELDS: Field[] = [
	'french', 'frenchKind', 'frenchCode', 'frenchDepartement', 'frenchRegion', 'frenchLat', 'frenchLon', 'partner',
	'country', 'partnerLat', 'partnerLon', 'title', 'themes', 'year', 'yearEnd', 'call', 'linkType', 'url', 'remark', 'amount', 'checked'
];

/** Row reader for a mapping of field → header: a row's cells → every field's trimmed value ('' when unmapped). */
export function rowReader(headers: string[], mapping: Partial<Record<Field, string>>): (cells: string[]) => RowValues {
	const [fr, fk, fc, fd, frg, fla, flo, pa, co, pla, plo, ti, th, ye, yend, ca, lt, ur, re, am, ch] = ALL_FIELDS.map((f) =>
		mapping[f] === undefined ? -1 : headers.indexOf(mapping[f]!)
	);
	const at = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
	// One object literal of fixed shape per row (a loop of computed-key stores is several times slower).
	return (c) => ({
		french: at(c, fr), frenchKind: at(c, fk), frenchCode: at(c, fc), frenchDepartement: at(c, fd),
		frenchRegion: at(c, frg), frenchLat: at(c, fla), frenchLon: at(c, flo), partner: at(c, pa), country: at(c, co),
		partnerLat: at(c, pla), partnerLon: at(c, plo), title: at(c, ti), themes: at(c, th), year: at(c, ye),
		yearEnd: at(c, yend), call: at(c, ca), linkType: at(c, lt), url: at(c, ur), remark: at(c, re), amount: at(c, am),
		checked: at(c, ch)
	});
}

/** Splits "a | b | c" lists (themes, partners, countries), dropping empty items. */
export function splitList(cell: string, separator: RegExp = /\s*\|\s*/, chars = '|'): string[] {
	if (cell === '') return [];
	let plain = true;
	for (const c of chars) if (cell.includes(c)) plain = false;
	if (plain) return [clean(cell)];
	return cell
		.split(separator)
		.map(clean)
		.filter((s) => s !== '');
}
