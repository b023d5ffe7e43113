/**
 * Splits a partner cell into partners with the country the cell gives them:
 * "Montreux, Fribourg (Suisse), Namur (Belgique)" → Montreux (Suisse), Fribourg (Suisse), Namur (Belgique):
 * a parenthesised country applies to the names before it that have none yet. A parenthesis that is
 * not a country ("Dankassari (région de Dosso)") stays part of the name.
 */
import { clean } from '../text';
import type { DraftPartner } from './types';

export interface SplitOptions {
	/** Also split on commas and semicolons outside parentheses (laureate tables); '|' always splits. */
	commas: boolean;
	/** Whether a parenthesised text names a country (supplied by the pipeline's country resolver). */
	isCountry: (text: string) => boolean;
}

/** Splits on the separators that are outside parentheses. */
function splitOutsideParens(cell: string, separators: string): string[] {
	if (!cell.includes('(')) {
		const parts = separators.length === 1 ? cell.split(separators) : cell.split(new RegExp(`[${separators}]`));
		return parts.map(clean).filter((s) => s !== '');
	}
	const out: string[] = [];
	let depth = 0;
	let current = '';
	for (const c of cell) {
		if (c === '(') depth++;
		else if (c === ')') depth = Math.max(0, depth - 1);
		if (depth === 0 && separators.includes(c)) {
			out.push(current);
			current = '';
		} else current += c;
	}
	out.push(current);
	return out.map(clean).filter((s) => s !== '');
}

const TRAILING_PAREN = /^(.*?)\s*\(([^()]+)\)\s*$/;

export function splitPartnerCell(cell: string, options: SplitOptions): DraftPartner[] {
	if (cell === '') return [];
	if (!/[(|]/.test(cell) && !(options.commas && /[,;]/.test(cell))) return [{ name: clean(cell) }];
	const hasPipe = splitOutsideParens(cell, '|').length > 1;
	// Without comma splitting, a "Name (Country), Name (Country)" list still splits on its commas.
	const commas = options.commas || /\)\s*[,;]/.test(cell);
	const items = splitOutsideParens(cell, hasPipe ? '|' : commas ? ',;' : '|');
	const partners: DraftPartner[] = [];
	let pendingFrom = 0;
	for (const item of items) {
		const m = TRAILING_PAREN.exec(item);
		if (m && m[1] !== '' && options.isCountry(m[2])) {
			partners.push({ name: m[1], countryText: m[2] });
			for (let i = pendingFrom; i < partners.length - 1; i++) partners[i].countryText ??= m[2];
			pendingFrom = partners.length;
		} else {
			partners.push({ name: item });
		}
	}
	return partners;
}
