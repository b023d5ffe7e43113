/**
 * What a format module makes of a table before any resolution: drafts that still hold names as
 * written (the pipeline resolves them to COG codes, ISO countries and coordinates), rejected rows,
 * warnings. Format modules are pure and know nothing of the resolvers.
 */
import type { CallForProjects, Field, Figure, FrenchKind, LinkType, RejectedRow } from '../model';
import type { Table } from '../csv/table';

export interface DraftFrench {
	name: string;
	kind?: FrenchKind | null;
	code?: string | null;
	departement?: string | null;
	/** Région code or name as given ("Occitanie", "76"). */
	region?: string | null;
	lon?: number | null;
	lat?: number | null;
}

export interface DraftPartner {
	/** Name as written; '' when the source names only a country. */
	name: string;
	/** Country as written in the file ("Suisse", "England, United Kingdom"); resolved by the pipeline. */
	countryText?: string | null;
	/** ISO alpha-2 inferred from context (the call "Franco-sénégalais 2025"), used when countryText is absent. */
	countryHint?: string | null;
	lon?: number | null;
	lat?: number | null;
}

export interface DraftRecord {
	line: number;
	french: DraftFrench[];
	partners: DraftPartner[];
	title: string | null;
	themes: string[];
	year: number | null;
	yearEnd: number | null;
	call: CallForProjects | null;
	linkType: LinkType;
	url: string | null;
	remark: string | null;
	/** ISO date the source was last checked, when the row says. */
	checked?: string | null;
}

export interface Warning {
	line: number;
	message: string;
}

export interface FormatOutput {
	drafts: DraftRecord[];
	rejected: RejectedRow[];
	warnings: Warning[];
	/** Field → header actually used. */
	mapping: Partial<Record<Field, string>>;
	figures?: Figure[];
}

export interface FormatOptions {
	/**
	 * Receives each draft as soon as it is made (the pipeline resolves it at once, so drafts of a
	 * 100k-row file never pile up); without it, drafts are collected in FormatOutput.drafts.
	 */
	emit?: (draft: DraftRecord) => void;
}

export type FormatReader = (table: Table, options: FormatOptions) => FormatOutput;
