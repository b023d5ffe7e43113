/**
 * The typed model every part of the product shares: parsers produce it, the worker ships it,
 * the map, charts, exports and pages read it. Documented for users in docs/data-model.md.
 * Pure types and small constants only — no I/O, no UI.
 */

/** How sure we are of a place's coordinates, from best to worst. */
export type Precision = 'given' | 'city' | 'region' | 'country' | 'unresolved';
/** Value used for "unknown / not given" in every multi-valued filter (countries, regions, themes…) and map key. */
export const NONE = 'none';

export const PRECISIONS: readonly Precision[] = ['given', 'city', 'region', 'country', 'unresolved'];

export type FrenchKind = 'commune' | 'epci' | 'departement' | 'region' | 'other';
export const FRENCH_KINDS: readonly FrenchKind[] = ['commune', 'epci', 'departement', 'region', 'other'];

/** Where a French collectivité's coordinates came from. */
export type FrenchCoordSource = 'given' | 'cog' | 'gazetteer' | 'departement' | 'unresolved';

export interface FrenchEntity {
	/** The name exactly as the source wrote it. */
	name: string;
	/** Official name from the COG / EPCI list, or null when unresolved. */
	officialName: string | null;
	kind: FrenchKind;
	/** INSEE COG code (commune, département, région) or SIREN (EPCI); null when unresolved. */
	code: string | null;
	/** Département COG code ("34", "2A", "971") and name, when known. */
	departement: string | null;
	departementName: string | null;
	/** Région COG code ("76") and current name ("Occitanie"), when known. */
	region: string | null;
	regionName: string | null;
	lon: number | null;
	lat: number | null;
	coordSource: FrenchCoordSource;
	/** Number of official homonyms the name matched, when more than one. */
	candidates?: number;
	/** true when the homonym could not be picked with confidence (no hint, or far from every candidate). */
	ambiguous?: boolean;
	/** Distance (km) of given coordinates set aside because they were far from the resolved commune. */
	givenIgnored?: number;
}

export interface Partner {
	/** The name exactly as the source wrote it. */
	name: string;
	/** Lower-case, accent-free, punctuation-free key used for matching and grouping. */
	normName: string;
	/** ISO 3166-1 alpha-2, or null when the country could not be resolved. */
	country: string | null;
	countryFr: string | null;
	countryEn: string | null;
	lon: number | null;
	lat: number | null;
	precision: Precision;
	/** Name of the gazetteer place or admin-1 region used, when geocoded. */
	matchedPlace?: string | null;
	/**
	 * true for a partner in France, overseas included (FR, GP, MQ, GF, RE, YT, PM, NC, PF, BL, MF, WF, TF):
	 * a link inside France, left out of foreign partners and countries.
	 */
	domestic?: true;
	/**
	 * Distance (km) outside its stated country of a point the file gave, set aside because of it:
	 * the partner was placed again from the gazetteer (`precision` says how well).
	 */
	givenIgnored?: number;
	/**
	 * The name this partner is known by in another row or dataset (same country, within ~3 km):
	 * "Frankfurt" → "Frankfurt am Main". `normName` is then that name's, so both group as one partner.
	 */
	aliasOf?: string;
}

/** ISO codes of France and its overseas collectivités: a partner there is not foreign. */
export const FRENCH_COUNTRY_CODES: readonly string[] = ['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'NC', 'PF', 'BL', 'MF', 'WF', 'TF'];
const FRENCH_COUNTRY_SET = new Set(FRENCH_COUNTRY_CODES);
export const isFrenchCountry = (iso: string | null | undefined): boolean => !!iso && FRENCH_COUNTRY_SET.has(iso);

export type LinkType = 'jumelage' | 'cooperation_decentralisee' | 'laureat_aap' | 'pacte_amitie' | 'autre';
export const LINK_TYPES: readonly LinkType[] = [
	'jumelage',
	'cooperation_decentralisee',
	'laureat_aap',
	'pacte_amitie',
	'autre'
];

export type CallKind = 'generaliste' | 'thematique' | 'bilateral';

export interface CallForProjects {
	/** Name as given ("Franco-sénégalais 2025"). */
	name: string;
	year: number | null;
	kind: CallKind | null;
}

export interface Source {
	/** Dataset id ("twin-towns", "laureats", "partenariats", "seed-occitanie-2025", or an import id). */
	dataset: string;
	/** Human-readable dataset title. */
	datasetTitle: string;
	/** Page the row was taken from, when known (http(s) only). */
	url: string | null;
	licence: string;
	/** File name and 1-based line of the row in that file (the header is line 1). */
	file: string;
	line: number;
	/** Date (ISO yyyy-mm-dd) the source was last checked, from the row's `checked` cell when the file has one. */
	checked?: string;
}

export interface CoopRecord {
	/** Stable id: `${dataset}:${line}`. */
	id: string;
	french: FrenchEntity[];
	partners: Partner[];
	title: string | null;
	themes: string[];
	/** Single year (laureates) or start year (partnerships); null when not given. */
	year: number | null;
	yearEnd: number | null;
	call: CallForProjects | null;
	linkType: LinkType;
	source: Source;
	/** Free remark from the source (e.g. "year inferred"). */
	remark: string | null;
	/**
	 * Id of an earlier record describing the same link (same French codes, partner and link type):
	 * within one import, or across datasets (the embedded twin towns and the sourced partnerships,
	 * Nancy ↔ Karlsruhe). Both rows and both sources are kept; counts of links skip the duplicate.
	 */
	duplicateOf?: string;
}

/** One aggregate figure (chiffres.csv): kept per source, never merged. */
export interface Figure {
	indicator: string;
	year: number | null;
	value: number;
	unit: string;
	sourceUrl: string | null;
	line: number;
	/** Id of the dataset the figure comes from (set by the import pipeline). */
	dataset?: string;
	/** Date (ISO) the figure's source was last checked. */
	checked?: string;
}

export interface RejectedRow {
	line: number;
	reason: string;
	/** The raw cells, so the rejected rows can be downloaded and fixed. */
	raw: Record<string, string>;
}

/** Warnings the interface translates (src/lib/i18n/messages/imports.ts `imports.warning.<code>`); others show their message. */
export type WarningCode =
	| 'partner-outside-country'
	| 'partner-outside-kept'
	| 'french-namesake'
	| 'row-corrected'
	| 'row-correction-unused'
	| 'partner-point-corrected'
	| 'partner-correction-unused'
	| 'partner-coarse-point'
	| 'partner-coarse-kept';

/** One warning of an import: its line, an English message, and for some a code and values to translate it. */
export interface ReportWarning {
	line: number;
	message: string;
	code?: WarningCode;
	params?: Record<string, string | number>;
}

/** The import report; the JSON keys are a public contract (CLI `--json`). */
export interface ImportReport {
	file: string;
	format: ImportFormat;
	rows: number;
	accepted: number;
	rejected: RejectedRow[];
	/** Non-fatal problems worth showing (unknown country, ambiguous name…). */
	warnings: ReportWarning[];
	french: number;
	frenchResolved: number;
	partners: number;
	partnersCountryResolved: number;
	partnersByPrecision: Record<Precision, number>;
	countries: number;
	/** Column mapping used (field → header), so the user can see and override it. */
	mapping: Partial<Record<Field, string>>;
	/** The file's own headers, in order (for the mapping editor). */
	headers?: string[];
	durationMs: number;
	/** How the file was read: detected text encoding ("utf-8", "utf-8-bom", "windows-1252"…) and delimiter. */
	encoding?: string;
	delimiter?: string;
	/** Workbooks: the sheet imported, and the sheets with data the user could choose instead. */
	sheet?: string;
	sheets?: string[];
}

export type ImportFormat = 'auto' | 'laureates' | 'twin-towns' | 'generic' | 'partnerships' | 'figures';

/** Logical fields a generic file can map its columns to. */
export type Field =
	| 'french'
	| 'frenchKind'
	| 'frenchCode'
	| 'frenchDepartement'
	| 'frenchRegion'
	| 'frenchLat'
	| 'frenchLon'
	| 'partner'
	| 'country'
	| 'partnerLat'
	| 'partnerLon'
	| 'title'
	| 'themes'
	| 'year'
	| 'yearEnd'
	| 'call'
	/** A grant or budget: kept in the record's remark ("montant : 15 000 €"). */
	| 'amount'
	| 'linkType'
	| 'url'
	| 'remark'
	/** Date the row's source was last checked ("checked", "vérifié le"): Source.checked. */
	| 'checked';

export interface Dataset {
	id: string;
	title: string;
	licence: string;
	/** Where it comes from (page or project), shown in footers and exports. */
	sourceUrl: string | null;
	/** Date of the data (ISO yyyy-mm-dd), shown in export footers. */
	date: string;
	description: string;
	/** true for datasets imported by the user (kept in the browser). */
	imported?: boolean;
}

/** What the app loads: records, their datasets, and aggregate figures. */
export interface Atlas {
	datasets: Dataset[];
	records: CoopRecord[];
	figures: Figure[];
}
