/**
 * One table row → a DraftRecord (or a rejection), shared by the laureate, partnership and
 * generic formats: they differ only by their column mapping and a few rules (RowRules).
 */
import { clean } from '../text';
import { parseYear } from '../csv/number';
import { rowToRecord, type Table, type TableRow } from '../csv/table';
import type { Field, LinkType, RejectedRow } from '../model';
import { countryFromCall, parseCall } from './call';
import { rowReader, splitList, type RowValues } from './columns';
import { splitPartnerCell } from './partner-cell';
import type { DraftFrench, DraftPartner, DraftRecord, FormatOutput, Warning } from './types';
import { cached, parseFrenchKind, parseIsoDate, parseLinkType, parseLonLat } from './values';
import { httpUrl } from '../http-url';

export interface RowRules {
	/** Link type when the row has no link-type cell. */
	defaultLinkType: LinkType;
	/** Split partner cells on commas too (laureate tables list partners "A, B (Pays), C (Pays)"). */
	partnerCommas: boolean;
	/** Year to use when neither the year cell nor the call name has one, with the remark to attach. */
	contextYear?: { year: number; remark: string } | null;
	isCountry: (text: string) => boolean;
}

const YEAR_RANGE = /((?:19|20)\d{2})\s*[-–/à]+\s*((?:19|20)\d{2})/;

/** Aligns a " | "-separated country cell with the partners: one to one, or one for all. */
function assignCountries(partners: DraftPartner[], countryCell: string, line: number, warnings: Warning[]): void {
	const countries = countriesOf(countryCell);
	if (countries.length === 0) return;
	if (partners.length === 0) {
		for (const c of countries) partners.push({ name: '', countryText: c });
		return;
	}
	if (countries.length !== 1 && countries.length !== partners.length) {
		warnings.push({
			line,
			message: `${partners.length} partners but ${countries.length} countries: countries assigned in order.`
		});
	}
	for (let i = 0; i < partners.length; i++) {
		partners[i].countryText ??= countries.length === 1 ? countries[0] : (countries[i] ?? null);
	}
}

function frenchSide(v: RowValues, line: number, warnings: Warning[]): DraftFrench[] {
	const names = splitList(v.french);
	const kind = parseFrenchKind(v.frenchKind);
	const departement = v.frenchDepartement || null;
	const region = v.frenchRegion || null;
	const coords = v.frenchLon || v.frenchLat ? parseLonLat(v.frenchLon, v.frenchLat) : null;
	if ((v.frenchLon || v.frenchLat) && !coords) {
		warnings.push({ line, message: `French coordinates "${v.frenchLat}, ${v.frenchLon}" are not valid: ignored.` });
	}
	let code = v.frenchCode || null;
	if (names.length > 1 && code) {
		warnings.push({ line, message: 'One code for several French collectivités: the code is ignored.' });
		code = null;
	}
	// One object literal per name (no spread of a shared hints object: this runs on every row).
	const french: DraftFrench[] = new Array(names.length);
	for (let i = 0; i < names.length; i++) {
		const one = coords && names.length === 1 ? coords : null;
		french[i] = { name: names[i], kind, code, departement, region, lon: one?.lon ?? null, lat: one?.lat ?? null };
	}
	return french;
}

function partnerSide(
	v: RowValues,
	rules: RowRules,
	callCountry: string | null,
	line: number,
	warnings: Warning[]
): DraftPartner[] {
	const partners = splitPartnerCell(v.partner, { commas: rules.partnerCommas, isCountry: rules.isCountry });
	assignCountries(partners, v.country, line, warnings);
	if (callCountry) for (const p of partners) p.countryHint = callCountry;
	const coords = parseLonLat(v.partnerLon, v.partnerLat);
	if (coords && partners.length === 1) Object.assign(partners[0], coords);
	else if (coords && partners.length > 1) {
		warnings.push({ line, message: 'One pair of coordinates for several partners: coordinates ignored.' });
	} else if ((v.partnerLon || v.partnerLat) && !coords) {
		warnings.push({ line, message: `Partner coordinates "${v.partnerLat}, ${v.partnerLon}" are not valid: ignored.` });
	}
	return partners;
}

function yearsOf(v: RowValues): { year: number | null; yearEnd: number | null } {
	const cell = v.year;
	if (cell.length === 4 && v.yearEnd === '') {
		const y = Number(cell);
		if (y >= 1900 && y <= 2100) return { year: y, yearEnd: null };
	}
	const range = YEAR_RANGE.exec(cell);
	if (range) return { year: Number(range[1]), yearEnd: Number(range[2]) };
	return { year: parseYear(cell), yearEnd: parseYear(v.yearEnd) };
}

/** Themes of a cell; the same cell text gives the same (shared, read-only) array — files repeat a few combinations. */
const themesOf = cached((cell: string) => splitList(cell, /\s*[|;,\n]\s*/, '|;,\n'), 10_000);
/** Countries of a " | "-separated cell, shared the same way. */
const countriesOf = cached((cell: string) => splitList(cell), 10_000);

/** Builds the draft for one row, or the reason it cannot be used. */
export function draftRow(
	table: Table,
	row: TableRow,
	mapping: Partial<Record<Field, string>>,
	rules: RowRules,
	warnings: Warning[],
	read = rowReader(table.headers, mapping)
): DraftRecord | RejectedRow {
	const v = read(row.cells);
	const line = row.line;
	const french = frenchSide(v, line, warnings);
	if (french.length === 0) {
		const col = mapping.french ? `column "${mapping.french}" is empty` : 'no column was recognised as the French collectivité';
		return { line, reason: `No French collectivité: ${col}.`, raw: rowToRecord(table.headers, row) };
	}
	let { year, yearEnd } = yearsOf(v);
	const callCell = v.call;
	const call = parseCall(callCell, year);
	year ??= call?.year ?? null;
	let remark = clean(v.remark) || null;
	if (v.amount) remark = [remark, `montant : ${clean(v.amount)}`].filter(Boolean).join(' ; ');
	if (year === null && rules.contextYear) {
		year = rules.contextYear.year;
		if (call && call.year === null) call.year = year;
		remark = [remark, rules.contextYear.remark].filter(Boolean).join(' ; ');
	}
	const partners = partnerSide(v, rules, countryFromCall(callCell), line, warnings);
	if (partners.length === 0) {
		return { line, reason: 'No partner: neither a foreign collectivité nor a country is given.', raw: rowToRecord(table.headers, row) };
	}
	const linkCell = v.linkType;
	let linkType = parseLinkType(linkCell);
	if (linkCell && linkType === 'autre' && !/autre|other/i.test(linkCell)) {
		warnings.push({ line, message: `Unknown link type "${linkCell}": recorded as "autre".` });
	}
	linkType ??= call ? 'laureat_aap' : rules.defaultLinkType;
	return {
		line,
		french,
		partners,
		title: clean(v.title) || null,
		themes: themesOf(v.themes),
		year,
		yearEnd,
		call,
		linkType,
		url: httpUrl(v.url),
		remark,
		checked: v.checked ? parseIsoDate(v.checked) : null
	};
}

/** Receives a table's rows one at a time (a parser's rows as they come), splitting drafts from rejections. */
export interface RowSink {
	accept(row: TableRow): void;
	/** Drafts (when no emit was given), rejections and warnings so far. */
	output: FormatOutput;
}

/** A RowSink for a table's headers (and context): draftRow on each row accepted. */
export function rowSink(
	table: Table,
	mapping: Partial<Record<Field, string>>,
	rules: RowRules,
	emit?: (draft: DraftRecord) => void
): RowSink {
	const out: FormatOutput = { drafts: [], rejected: [], warnings: [], mapping };
	const accept = emit ?? ((d: DraftRecord) => out.drafts.push(d));
	const read = rowReader(table.headers, mapping);
	return {
		accept(row) {
			const r = draftRow(table, row, mapping, rules, out.warnings, read);
			if ('reason' in r) out.rejected.push(r);
			else accept(r);
		},
		output: out
	};
}

/** Runs draftRow over every row, splitting drafts from rejections. */
export function draftRows(
	table: Table,
	mapping: Partial<Record<Field, string>>,
	rules: RowRules,
	emit?: (draft: DraftRecord) => void
): FormatOutput {
	const sink = rowSink(table, mapping, rules, emit);
	for (const row of table.rows) sink.accept(row);
	return sink.output;
}
