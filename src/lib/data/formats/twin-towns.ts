/**
 * Twin-town pairs (twin-towns-france.csv): city1,country1,lat1,lng1,city2,country2,lat2,lng2 with
 * the French side in either pair of columns. Coordinates are given for both sides.
 */
import { ImportError } from '../csv/errors';
import { rowToRecord, type Table } from '../csv/table';
import { findColumn } from './columns';
import type { DraftRecord, FormatOutput } from './types';
import { parseIsoDate, parseLonLat } from './values';

export const TWIN_TOWN_HEADERS = ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'] as const;

/** Optional column: the date the row's source was last checked. */
const CHECKED_HEADERS = ['checked', 'vérifié le', 'verifie le'];

export interface TwinTownOptions {
	emit?: (draft: DraftRecord) => void;
	/** ISO alpha-2 of a country name, from the pipeline's resolver. */
	countryIso: (text: string) => string | null;
}

/** Countries whose collectivités are French (COG covers the overseas départements and collectivités). */
const FRENCH_ISO = new Set(['FR', 'RE', 'GP', 'MQ', 'GF', 'YT', 'PM', 'BL', 'MF', 'PF', 'NC', 'WF']);

export type TwinTownColumns = Record<(typeof TWIN_TOWN_HEADERS)[number], number>;

/** Index of each twin-town column (lng or lon), or null when one is missing. */
export function twinTownColumns(headers: readonly string[]): TwinTownColumns | null {
	const col = Object.fromEntries(TWIN_TOWN_HEADERS.map((h) => [h, findColumn(headers, [h, h.replace('lng', 'lon')])]));
	return Object.values(col).every((i) => i >= 0) ? (col as TwinTownColumns) : null;
}

export function readTwinTowns(table: Table, col: TwinTownColumns | null | undefined, options: TwinTownOptions): FormatOutput {
	if (!col) {
		throw new ImportError('no-columns', `Not a twin-town table: expected columns ${TWIN_TOWN_HEADERS.join(', ')}.`);
	}
	const out: FormatOutput = { drafts: [], rejected: [], warnings: [], mapping: {} };
	const accept = options.emit ?? ((d: DraftRecord) => out.drafts.push(d));
	const isoOf = (country: string) => options.countryIso(country) ?? '';
	const checkedCol = findColumn(table.headers, CHECKED_HEADERS);
	const side = (cells: string[], n: 1 | 2) => {
		const c = (k: string) => (cells[col[`${k}${n}` as keyof typeof col]] ?? '').trim();
		return { name: c('city'), country: c('country'), coords: parseLonLat(c('lng'), c('lat')) };
	};
	for (const row of table.rows) {
		const a = side(row.cells, 1);
		const b = side(row.cells, 2);
		const [aIso, bIso] = [isoOf(a.country), isoOf(b.country)];
		// Metropolitan France first: a mainland town twinned with an overseas one keeps the overseas town as partner.
		let aFr = aIso === 'FR';
		let bFr = bIso === 'FR';
		if (!aFr && !bFr) [aFr, bFr] = [FRENCH_ISO.has(aIso), FRENCH_ISO.has(bIso)];
		if (aFr === bFr) {
			out.rejected.push({
				line: row.line,
				reason: aFr
					? `Both sides are in France ("${a.country}", "${b.country}"): not an international link.`
					: `Neither side is in France ("${a.country}", "${b.country}").`,
				raw: rowToRecord(table.headers, row)
			});
			continue;
		}
		const [fr, foreign] = aFr ? [a, b] : [b, a];
		if (FRENCH_ISO.has(isoOf(foreign.country))) {
			out.warnings.push({ line: row.line, message: `Partner "${foreign.name}" is in French territory (${foreign.country}).` });
		}
		if (!fr.name || (!foreign.name && !foreign.country)) {
			out.rejected.push({ line: row.line, reason: 'A town name is missing.', raw: rowToRecord(table.headers, row) });
			continue;
		}
		const draft: DraftRecord = {
			line: row.line,
			french: [{ name: fr.name, ...(fr.coords ?? {}) }],
			partners: [{ name: foreign.name, countryText: foreign.country, ...(foreign.coords ?? {}) }],
			title: null,
			themes: [],
			year: null,
			yearEnd: null,
			call: null,
			linkType: 'jumelage',
			url: null,
			remark: null,
			checked: checkedCol < 0 ? null : parseIsoDate(row.cells[checkedCol] ?? '')
		};
		accept(draft);
	}
	out.mapping = aMapping(table.headers, col);
	return out;
}

function aMapping(headers: string[], col: Record<string, number>): FormatOutput['mapping'] {
	return {
		french: `${headers[col.city1]} / ${headers[col.city2]}`,
		partner: `${headers[col.city1]} / ${headers[col.city2]}`,
		country: `${headers[col.country1]} / ${headers[col.country2]}`
	};
}
