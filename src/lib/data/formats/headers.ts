/**
 * Header recognition by meaning. A header is reduced to the concepts its words speak of (case,
 * accents, punctuation, plurals, stop words and word order do not matter: "Collectivité(s)
 * étrangère(s) partenaire(s)" = "partner foreign authority"), then scored against what each field
 * means. The best header–field pairs are taken first, each header and field once.
 * Scoring runs once per table; nothing here runs per row.
 */
import { normKey } from '../text';
import type { Field } from '../model';

/** What a header's words can speak of. */
type Concept =
	| 'FR' | 'AUTH' | 'LEAD' | 'PARTNER' | 'COUNTRY' | 'KIND' | 'NATURE' | 'LINKWORD' | 'LINKKIND'
	| 'DATE' | 'START' | 'END' | 'THEME' | 'CALL' | 'AMOUNT' | 'URL' | 'TITLE' | 'CODE' | 'DEPT'
	| 'REGION' | 'LAT' | 'LON' | 'REMARK' | 'NAME' | 'CHECKED';

/** Words (stemmed, see stem) → concepts. Several words for one concept, in French and English. */
const WORDS: Record<string, Concept[]> = {};
function words(concept: Concept, list: string): void {
	for (const w of list.split(' ')) (WORDS[stem(w)] ??= []).push(concept);
}
words('FR', 'francais france french fr hexagone');
words('AUTH', 'collectivite epci territorial territoire autorite authority authorities commune ville city town municipalite municipality municipal council conseil metropole localite locality local government gouvernement');
words('LEAD', 'porteur porteuse porteur chef_de_file lead applicant demandeur');
words('PARTNER', 'partenaire partner jumelle jumele jumelee sister twin twinned etranger foreign homologue counterpart');
words('COUNTRY', 'pays country nation');
words('KIND', 'type kind categorie category statut status niveau level');
words('NATURE', 'nature forme');
words('LINKWORD', 'lien link');
words('LINKKIND', 'partenariat partnership cooperation relation relationship jumelage twinning accord agreement convention');
words('DATE', 'annee year date an');
words('START', 'debut start since depuis signature signe creation begin from commencement');
words('END', 'fin end until jusqu');
words('THEME', 'thematique theme domaine secteur topic sector axe champ');
words('CALL', 'appel aap call dispositif programme');
words('AMOUNT', 'montant amount subvention budget financement funding grant eur euro cofinancement');
words('URL', 'url source site web page reference http internet');
words('TITLE', 'intitule titre title projet project objet action');
words('CODE', 'code insee siren siret cog');
words('DEPT', 'departement dept dep department');
words('REGION', 'region');
words('LAT', 'lat latitude y');
words('LON', 'lon lng long longitude x');
words('REMARK', 'remarque commentaire note observation comment remark');
words('NAME', 'nom name libelle');
words('CHECKED', 'checked verifie verified verification consulte accessed retrieved');

/** Words that carry no meaning here. */
const STOP = new Set(
	'de du des d la le les l a au aux en et ou of the and or with avec pour for with sur dans par by in on s no n side cote'.split(' ')
);

/** Light stemming shared by French and English: plural, feminine and "-ies" endings off. */
function stem(w: string): string {
	if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
	if (w.length > 3) w = w.replace(/[sx]$/, '');
	if (w.length > 4) w = w.replace(/e$/, '');
	if (w.length > 4) w = w.replace(/s$/, ''); // "française" = "français"
	return w;
}

/** A header's concepts and the number of its words that mean nothing to us. */
export interface HeaderMeaning {
	concepts: Set<Concept>;
	unknown: number;
}

export function headerMeaning(header: string): HeaderMeaning {
	const key = normKey(header)
		.replace(/([a-z])(\d)/g, '$1 $2') // "city1" → "city 1"
		.replace(/\bchef de file\b/g, 'chef_de_file')
		.replace(/\bsource url\b/g, 'url');
	const concepts = new Set<Concept>();
	let unknown = 0;
	for (const w of key.split(' ')) {
		if (w === '' || STOP.has(w) || /^\d+$/.test(w)) continue;
		// Compounds of "web" ("website", "webpage", "Webseite") and bare addresses name a link.
		const cs = WORDS[stem(w)] ?? (/^(?:web|www|http)/.test(w) ? (['URL'] as Concept[]) : undefined);
		if (cs) for (const c of cs) concepts.add(c);
		else unknown++;
	}
	// "Porteur de projet", "Chef de file de l'action": the project only says whose lead the header
	// names; the header is the lead (the French side), not the project's title.
	if (concepts.has('LEAD')) concepts.delete('TITLE');
	return { concepts, unknown };
}

/** One way a field is named: all of `all` present; `weight` is the score of a header saying exactly that. */
type Rule = [all: Concept[], weight: number];

interface FieldMeaning {
	rules: Rule[];
	/** Concepts a header may add without losing score ("Nom de la collectivité française"). */
	neutral?: Concept[];
	/** Concepts that rule the field out ("Collectivité partenaire" is not the French side). */
	never?: Concept[];
}

const FRENCH_SIDE: Concept[] = ['FR', 'AUTH', 'NAME'];

/**
 * What each field means. Weights: 1 for a full description, ≥ CONFIDENT for a word that alone
 * says it in practice ("Ville", "Pays"), lower for a hint.
 */
export const FIELD_MEANINGS: Record<Field, FieldMeaning> = {
	french: {
		rules: [[['FR', 'AUTH'], 1], [['LEAD'], 0.95], [['AUTH'], 0.8], [['FR'], 0.78]],
		neutral: ['NAME', 'LEAD'],
		never: ['PARTNER', 'COUNTRY', 'KIND', 'CODE', 'LAT', 'LON', 'DEPT', 'REGION', 'DATE', 'THEME', 'TITLE', 'CALL', 'AMOUNT', 'LINKKIND', 'LINKWORD']
	},
	frenchKind: { rules: [[['KIND', 'AUTH'], 1], [['KIND', 'FR'], 1], [['KIND'], 0.7]], neutral: FRENCH_SIDE, never: ['PARTNER', 'LINKKIND', 'LINKWORD', 'COUNTRY'] },
	frenchCode: { rules: [[['CODE', 'AUTH'], 1], [['CODE', 'FR'], 1], [['CODE'], 0.8]], neutral: FRENCH_SIDE, never: ['PARTNER', 'COUNTRY', 'DEPT', 'REGION'] },
	frenchDepartement: { rules: [[['DEPT'], 0.9]], neutral: [...FRENCH_SIDE, 'CODE'], never: ['PARTNER'] },
	frenchRegion: { rules: [[['REGION'], 0.9]], neutral: [...FRENCH_SIDE, 'CODE'], never: ['PARTNER'] },
	frenchLat: { rules: [[['LAT', 'FR'], 1], [['LAT', 'AUTH'], 0.7]], neutral: FRENCH_SIDE, never: ['PARTNER'] },
	frenchLon: { rules: [[['LON', 'FR'], 1], [['LON', 'AUTH'], 0.7]], neutral: FRENCH_SIDE, never: ['PARTNER'] },
	partner: {
		rules: [[['PARTNER', 'AUTH'], 1], [['PARTNER'], 0.9]],
		neutral: ['NAME', 'AUTH', 'REGION'],
		never: ['COUNTRY', 'KIND', 'FR', 'LAT', 'LON', 'CODE', 'LINKKIND', 'DATE', 'THEME']
	},
	country: { rules: [[['COUNTRY', 'PARTNER'], 1], [['COUNTRY'], 0.9]], neutral: ['PARTNER', 'NAME', 'CODE'], never: ['FR'] },
	partnerLat: { rules: [[['LAT', 'PARTNER'], 1], [['LAT'], 0.85]], neutral: ['PARTNER', 'AUTH'], never: ['FR'] },
	partnerLon: { rules: [[['LON', 'PARTNER'], 1], [['LON'], 0.85]], neutral: ['PARTNER', 'AUTH'], never: ['FR'] },
	title: { rules: [[['TITLE'], 0.9]], neutral: ['NAME', 'LINKKIND'], never: ['CALL', 'CODE'] },
	themes: { rules: [[['THEME'], 1]], neutral: ['LINKKIND', 'TITLE'] },
	year: {
		rules: [[['DATE', 'START'], 1], [['START'], 0.9], [['DATE'], 0.9]],
		neutral: ['LINKKIND', 'LINKWORD', 'TITLE', 'CALL'],
		never: ['END', 'CHECKED']
	},
	yearEnd: { rules: [[['END', 'DATE'], 1], [['END'], 0.85]], neutral: ['LINKKIND', 'TITLE'] },
	call: { rules: [[['CALL', 'TITLE'], 1], [['CALL'], 0.9]], neutral: ['NAME'] },
	amount: { rules: [[['AMOUNT'], 0.9]], neutral: ['TITLE', 'CALL', 'LINKKIND'] },
	linkType: {
		rules: [[['KIND', 'LINKKIND'], 1], [['KIND', 'LINKWORD'], 1], [['NATURE', 'LINKKIND'], 1], [['NATURE', 'LINKWORD'], 1], [['NATURE'], 0.8], [['LINKKIND'], 0.7]],
		never: ['DATE', 'START', 'END', 'URL', 'THEME', 'PARTNER', 'COUNTRY']
	},
	url: { rules: [[['URL', 'LINKWORD'], 1], [['URL'], 0.9], [['LINKWORD'], 0.75]], never: ['KIND', 'NATURE', 'CHECKED'] },
	remark: { rules: [[['REMARK'], 0.9]] },
	checked: { rules: [[['CHECKED'], 1]], neutral: ['DATE', 'URL'] }
};

/** A score at or above this: the header names the field plainly. Below: a guess the user should confirm. */
export const CONFIDENT = 0.75;
/** Below this a header is not proposed for the field at all. */
const PLAUSIBLE = 0.45;
const EXTRA_CONCEPT = 0.25;
const UNKNOWN_WORD = 0.1;

/** How well a header (already reduced to its meaning) names a field: 0 when not at all. */
export function scoreMeaning(m: HeaderMeaning, field: Field): number {
	const f = FIELD_MEANINGS[field];
	if (m.concepts.size === 0) return 0;
	if (f.never?.some((c) => m.concepts.has(c))) return 0;
	let best = 0;
	for (const [all, weight] of f.rules) {
		if (!all.every((c) => m.concepts.has(c))) continue;
		let extra = 0;
		for (const c of m.concepts) if (!all.includes(c) && !f.neutral?.includes(c)) extra++;
		best = Math.max(best, weight - EXTRA_CONCEPT * extra - UNKNOWN_WORD * m.unknown);
	}
	return Math.max(0, Math.round(best * 100) / 100);
}

export const FIELDS = Object.keys(FIELD_MEANINGS) as Field[];

export type Mapping = Partial<Record<Field, string>>;

export interface ScoredMapping {
	/** Field → header, for every field some header names plausibly. */
	mapping: Mapping;
	/** Field → score of its header (1 for a user's choice). */
	scores: Partial<Record<Field, number>>;
}

/**
 * Field → header for a table's headers: every (header, field) pair scored, the best pairs taken
 * first, each header and field once. Ties go to the earlier field in FIELDS, then the earlier header.
 */
export function scoreHeaders(headers: readonly string[]): ScoredMapping {
	const pairs: { field: Field; h: number; score: number; order: number }[] = [];
	headers.forEach((header, h) => {
		const m = headerMeaning(header);
		FIELDS.forEach((field, order) => {
			const score = scoreMeaning(m, field);
			if (score >= PLAUSIBLE) pairs.push({ field, h, score, order });
		});
	});
	pairs.sort((a, b) => b.score - a.score || a.order - b.order || a.h - b.h);
	const mapping: Mapping = {};
	const scores: ScoredMapping['scores'] = {};
	const used = new Set<number>();
	for (const p of pairs) {
		if (mapping[p.field] !== undefined || used.has(p.h) || headers[p.h] === '') continue;
		mapping[p.field] = headers[p.h];
		scores[p.field] = p.score;
		used.add(p.h);
	}
	return { mapping, scores };
}
