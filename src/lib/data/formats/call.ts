/**
 * What a call-for-projects name tells: its year ("Franco-sénégalais 2025" → 2025), its kind
 * (generalist / thematic / bilateral-joint) and, for joint calls, the partner country
 * ("Franco-palestinien" → PS).
 */
import { clean, fold } from '../text';
import { parseYear } from '../csv/number';
import type { CallForProjects, CallKind } from '../model';

/** Demonym stems after "franco-" → ISO alpha-2. Longer stems first where one prefixes another. */
const DEMONYMS: [string, string][] = [
	['palestin', 'PS'], ['senegal', 'SN'], ['argentin', 'AR'], ['mexic', 'MX'], ['tunisi', 'TN'],
	['marocain', 'MA'], ['quebec', 'CA'], ['canadien', 'CA'], ['libanais', 'LB'], ['malgache', 'MG'],
	['beninois', 'BJ'], ['burkina', 'BF'], ['malien', 'ML'], ['vietnam', 'VN'], ['japonais', 'JP'],
	['chinois', 'CN'], ['indien', 'IN'], ['bresilien', 'BR'], ['chilien', 'CL'], ['colombien', 'CO'],
	['haitien', 'HT'], ['armenien', 'AM'], ['georgien', 'GE'], ['ukrainien', 'UA'], ['moldave', 'MD'],
	['allemand', 'DE'], ['italien', 'IT'], ['polonais', 'PL'], ['roumain', 'RO'], ['israelien', 'IL'],
	['egyptien', 'EG'], ['jordanien', 'JO'], ['cambodgien', 'KH'], ['laotien', 'LA'], ['togolais', 'TG'],
	['nigerian', 'NG'], ['nigerien', 'NE'], ['mauritanien', 'MR'], ['ivoirien', 'CI'], ['camerounais', 'CM'],
	['algerien', 'DZ'], ['russe', 'RU'], ['americain', 'US'], ['britannique', 'GB'], ['espagnol', 'ES'],
	['portugais', 'PT'], ['comorien', 'KM'], ['gabonais', 'GA'], ['tchadien', 'TD'],
	['guineen', 'GN'], ['rwandais', 'RW'], ['cubain', 'CU'], ['peruvien', 'PE'], ['bolivien', 'BO'],
	['equatorien', 'EC'], ['uruguayen', 'UY'], ['paraguayen', 'PY'], ['coreen', 'KR'], ['thailandais', 'TH'],
	['indonesien', 'ID'], ['philippin', 'PH'], ['australien', 'AU'], ['suisse', 'CH'], ['belge', 'BE'],
	['luxembourgeois', 'LU'], ['neerlandais', 'NL'], ['irlandais', 'IE'], ['grec', 'GR'], ['turc', 'TR'],
	['libyen', 'LY'], ['syrien', 'SY'], ['irakien', 'IQ'], ['iranien', 'IR'], ['kenyan', 'KE'],
	['ethiopien', 'ET'], ['sudafricain', 'ZA'], ['mozambicain', 'MZ'], ['nicaraguayen', 'NI'], ['salvadorien', 'SV'],
	['guatemalteque', 'GT'], ['hondurien', 'HN'], ['costaricien', 'CR'], ['panameen', 'PA'], ['dominicain', 'DO'],
	['venezuelien', 'VE'], ['serbe', 'RS'], ['croate', 'HR'], ['bosnien', 'BA'], ['albanais', 'AL'],
	['kosovar', 'XK'], ['macedonien', 'MK'], ['bulgare', 'BG'], ['hongrois', 'HU'], ['tcheque', 'CZ'],
	['slovaque', 'SK'], ['slovene', 'SI'], ['estonien', 'EE'], ['letton', 'LV'], ['lituanien', 'LT'],
	['finlandais', 'FI'], ['suedois', 'SE'], ['norvegien', 'NO'], ['danois', 'DK'], ['islandais', 'IS']
];

/** ISO alpha-2 of the partner country of a joint call ("Appel à projets conjoint franco-argentin"), or null. */
export function countryFromCall(name: string | null | undefined): string | null {
	if (!name) return null;
	const m = /franco[\s\-‐–]+([a-z]+)/.exec(fold(name ?? ''));
	if (!m) return null;
	const word = m[1];
	for (const [stem, iso] of DEMONYMS) if (word.startsWith(stem)) return iso;
	return null;
}

const GENERALIST = /generaliste|triennal|annuel|cle en main/;
const BILATERAL = /franco[\s\-‐–]|conjoint|bilateral/;
const THEMATIC =
	/climat|jeunesse|sport|egalite|femmes|numerique|villes creatives|manifestation d.interet|sante|eau|culture|education|agri|aliment|tourisme|environnement|energie|patrimoine/;

export function callKind(name: string): CallKind | null {
	const f = fold(name);
	if (BILATERAL.test(f)) return 'bilateral';
	if (GENERALIST.test(f)) return 'generaliste';
	if (THEMATIC.test(f)) return 'thematique';
	return null;
}

/** The call described by its name; `fallbackYear` (e.g. an "annee" column) when the name has none. */
export function parseCall(name: string, fallbackYear: number | null = null): CallForProjects | null {
	const n = clean(name);
	if (n === '') return null;
	return { name: n, year: parseYear(n) ?? fallbackYear, kind: callKind(n) };
}
