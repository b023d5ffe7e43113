/**
 * Header aliases (French and English) for each logical field, and the automatic mapping of a
 * file's headers to fields. Headers are compared with normKey, so case, accents, "(s)",
 * underscores and punctuation do not matter. A user-supplied mapping overrides the detected one.
 */
import { normKey } from '../text';
import type { Field } from '../model';

/** Field → accepted headers, most specific first. Order of fields matters: earlier fields claim a header first. */
export const FIELD_ALIASES: [Field, string[]][] = [
	['french', [
		'collectivite francaise', 'collectivites francaises', 'collectivite s francaise s', 'collectivite_francaise',
		'nom collectivite francaise', 'french collectivite', 'french local authority', 'french authority',
		'french city', 'french town', 'french side', 'french', 'ville francaise', 'commune francaise',
		'collectivite', 'collectivites', 'commune', 'ville', 'city fr', 'town', 'municipality'
	]],
	['frenchKind', ['type collectivite francaise', 'type de collectivite', 'type collectivite', 'kind', 'french kind', 'type']],
	['frenchCode', ['code insee', 'insee', 'code commune', 'code cog', 'cog', 'siren', 'code collectivite', 'code']],
	['frenchDepartement', ['departement', 'code departement', 'dept', 'dep', 'department', 'departement francais']],
	['frenchRegion', ['region francaise', 'region', 'french region', 'region fr']],
	['frenchLat', ['latitude collectivite francaise', 'lat collectivite', 'latitude fr', 'lat fr', 'french lat', 'french latitude', 'lat francaise']],
	['frenchLon', ['longitude collectivite francaise', 'lon collectivite', 'longitude fr', 'lon fr', 'lng fr', 'french lon', 'french lng', 'french longitude', 'lon francaise']],
	['partner', [
		'collectivite partenaire', 'collectivites partenaires', 'collectivite s etrangere s partenaire s',
		'collectivite etrangere', 'collectivites etrangeres', 'collectivite etrangere partenaire', 'partenaire',
		'partenaires', 'partenaire s', 'ville partenaire', 'ville etrangere', 'partner', 'partners',
		'partner city', 'partner town', 'foreign city', 'foreign partner', 'sister city', 'twin town', 'twin city'
	]],
	['country', ['pays partenaire', 'pays du partenaire', 'pays', 'partner country', 'country', 'pays etranger', 'nation']],
	['partnerLat', ['latitude partenaire', 'lat partenaire', 'partner lat', 'partner latitude', 'lat', 'latitude', 'y']],
	['partnerLon', ['longitude partenaire', 'lon partenaire', 'lng partenaire', 'partner lon', 'partner lng', 'partner longitude', 'lon', 'lng', 'long', 'longitude', 'x']],
	['title', ['intitule du projet', 'intitule projet', 'intitule', 'titre du projet', 'titre', 'nom du projet', 'projet', 'project title', 'project', 'title', 'name of project']],
	['themes', ['thematiques', 'thematique', 'theme s', 'themes', 'theme', 'secteurs', 'secteur', 'domaines', 'domaine', 'topics', 'topic', 'sectors', 'sector']],
	['year', ['annee', 'annee debut', 'annee de debut', 'annee de signature', 'date de debut', 'debut', 'year', 'start year', 'start', 'date']],
	['yearEnd', ['annee fin', 'annee de fin', 'date de fin', 'fin', 'end year', 'year end', 'end']],
	['call', ['appels a projets', 'appel a projets', 'appel', 'aap', 'call for projects', 'call']],
	['linkType', ['type lien', 'type de lien', 'type de partenariat', 'type de cooperation', 'nature du lien', 'nature', 'link type', 'relation', 'relationship']],
	['url', ['source url', 'url source', 'url', 'lien', 'source', 'link', 'page']],
	['remark', ['remarque', 'remarques', 'commentaire', 'commentaires', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments', 'observations']]
];

/** Detects field → header for the given headers. Each header serves one field at most. */
export function detectMapping(headers: string[]): Partial<Record<Field, string>> {
	const keys = headers.map(normKey);
	const used = new Set<number>();
	const mapping: Partial<Record<Field, string>> = {};
	for (const [field, aliases] of FIELD_ALIASES) {
		for (const alias of aliases) {
			const a = normKey(alias);
			const i = keys.findIndex((k, j) => k === a && !used.has(j));
			if (i >= 0) {
				mapping[field] = headers[i];
				used.add(i);
				break;
			}
		}
	}
	return mapping;
}

/**
 * Detected mapping with the user's overrides on top. An override to '' removes a field;
 * an override naming a header the file lacks is reported as an error string.
 */
export function resolveMapping(
	headers: string[],
	overrides: Partial<Record<Field, string>> = {}
): { mapping: Partial<Record<Field, string>>; errors: string[] } {
	const mapping = detectMapping(headers);
	const errors: string[] = [];
	for (const [field, header] of Object.entries(overrides) as [Field, string][]) {
		if (header === '' || header == null) {
			delete mapping[field];
			continue;
		}
		if (!headers.includes(header)) {
			errors.push(`Column "${header}" (mapped to ${field}) is not in the file; its columns are: ${headers.join(', ')}.`);
			continue;
		}
		// A header taken by the user for this field is no longer available to another field.
		for (const [f, h] of Object.entries(mapping) as [Field, string][]) if (h === header && f !== field) delete mapping[f];
		mapping[field] = header;
	}
	return { mapping, errors };
}
