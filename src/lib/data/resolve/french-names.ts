/**
 * Reads how a French collectivité is written in real files: institutional prefixes ("Ville de",
 * "Conseil départemental du", "CG", "Communauté urbaine de"…), kind suffixes ("Arras (communauté)"),
 * and disambiguating suffixes ("Vitré, Ille-et-Vilaine", "Cran-Gevrier (Annecy)"). Pure string work.
 */
import type { FrenchKind } from '../model';
import { clean, fold, normKey } from '../text';

export interface ParsedFrenchName {
	/** The name once prefixes and suffixes are removed, for lookups only (may be folded to lower case). */
	core: string;
	/** Spellings of the core to try, best first (article restored, etc.). */
	variants: string[];
	/** Kind implied by the wording, or null. */
	kind: FrenchKind | null;
	/** Text of a disambiguating suffix ("Ille-et-Vilaine", "Annecy"), or null. */
	context: string | null;
}

const ARTICLE = String.raw`(?:de la |de l'|du |des |de |d'|la |le |les |l')?`;
const PREFIXES: { kind: FrenchKind; re: RegExp }[] = [
	{ kind: 'commune', re: new RegExp(String.raw`^(?:ville|mairie|commune|municipalite)\s+(?:de |d')`) },
	{ kind: 'commune', re: /^(?:ville|mairie|commune|municipalite)\s+(?=du |des )/ },
	{ kind: 'region', re: new RegExp(String.raw`^(?:conseil regional|region|collectivite territoriale)\b\s*${ARTICLE}`) },
	{
		kind: 'departement',
		re: new RegExp(String.raw`^(?:conseil departemental|conseil general|departement|cg|cd)\b\s*${ARTICLE}`)
	}
];
/** Words that mark an intercommunality anywhere in a name. */
const EPCI_WORDS = /\b(?:communaute|agglomeration|agglo|metropole|eurometropole|metropolitaine|intercommunalite)\b/;
const EPCI_SUFFIX = /^(?:communaute|communaute de communes|communaute d'agglomeration|agglomeration|agglo|metropole|intercommunalite|epci)$/;

/** "du Havre" → "Le Havre", "des Mureaux" → "Les Mureaux": the article a commune's name keeps. */
function restoreArticle(s: string): string[] {
	const m = /^(du|des)\s+(.+)$/i.exec(s);
	if (!m) return [s];
	return [`${m[1].toLowerCase() === 'du' ? 'Le' : 'Les'} ${m[2]}`, m[2]];
}

export function parseFrenchName(raw: string): ParsedFrenchName {
	let s = clean(raw).replace(/^["«»“”\s]+|["«»“”\s]+$/g, '');
	let kind: FrenchKind | null = null;
	let context: string | null = null;

	const paren = /^(.+?)\s*\(([^()]*)\)\s*$/.exec(s);
	if (paren) {
		s = paren[1];
		if (EPCI_SUFFIX.test(normKey(paren[2]))) kind = 'epci';
		else context = clean(paren[2]);
	}
	const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
	if (comma && !context) {
		s = comma[1];
		context = clean(comma[2]);
	}

	// Prefixes are matched and cut on the folded text: the core only serves lookups through normKey.
	const folded = fold(s);
	for (const p of PREFIXES) {
		const m = p.re.exec(folded);
		const rest = m ? clean(folded.slice(m[0].length)) : '';
		if (!rest) continue;
		kind ??= p.kind;
		s = rest;
		break;
	}
	if (!kind && EPCI_WORDS.test(normKey(s))) kind = 'epci';
	return { core: s, variants: restoreArticle(s), kind, context };
}
