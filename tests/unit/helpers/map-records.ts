/**
 * Real rows for the map tests: twin-towns-france.csv turned into CoopRecords the simple way (given
 * coordinates, country by its English name), independent of the data pipeline; and the built atlas when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import countries from 'i18n-iso-countries';
import type { Atlas, CoopRecord, FrenchEntity, Partner, Precision } from '../../../src/lib/data/model';
import { normKey } from '../../../src/lib/data/text';
import { FILES, REPO } from './real-data';

export interface TwinRow {
	city1: string; country1: string; lat1: string; lng1: string;
	city2: string; country2: string; lat2: string; lng2: string;
}

export function twinRows(): TwinRow[] {
	return Papa.parse<TwinRow>(readFileSync(FILES.twinTowns, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export function french(name: string, lon: number | null, lat: number | null, extra: Partial<FrenchEntity> = {}): FrenchEntity {
	return { name, officialName: null, kind: 'commune', code: null, departement: null, departementName: null, region: null, regionName: null, lon, lat, coordSource: 'given', ...extra };
}

export function partner(name: string, countryEn: string, lon: number | null, lat: number | null, precision: Precision = 'given'): Partner {
	const iso = countries.getAlpha2Code(countryEn, 'en') ?? null;
	return { name, normName: normKey(name), country: iso, countryFr: iso ? (countries.getName(iso, 'fr') ?? null) : null, countryEn, lon, lat, precision };
}

export function record(id: string, f: FrenchEntity[], p: Partner[]): CoopRecord {
	return {
		id, french: f, partners: p, title: null, themes: [], year: null, yearEnd: null, call: null, linkType: 'jumelage',
		source: { dataset: 'twin-towns', datasetTitle: 'twin towns', url: null, licence: 'CC BY-SA 4.0', file: 'twin-towns-france.csv', line: Number(id.split(':')[1]) },
		remark: null
	};
}

/** One record per CSV row, the French side in whichever column says "France". */
export function twinTownRecords(): CoopRecord[] {
	return twinRows().map((r, i) => {
		const frFirst = r.country1 === 'France';
		const [fc, flat, flon] = frFirst ? [r.city1, r.lat1, r.lng1] : [r.city2, r.lat2, r.lng2];
		const [pc, pcountry, plat, plon] = frFirst ? [r.city2, r.country2, r.lat2, r.lng2] : [r.city1, r.country1, r.lat1, r.lng1];
		return record(`twin-towns:${i + 2}`, [french(fc, Number(flon), Number(flat))], [partner(pc, pcountry, Number(plon), Number(plat))]);
	});
}

const ATLAS = path.join(REPO, 'static/data/atlas.json');
export const hasAtlas = existsSync(ATLAS);
/** The atlas built by `npm run data:build` (real data with régions resolved), when present. */
export function atlas(): Atlas {
	return JSON.parse(readFileSync(ATLAS, 'utf8')) as Atlas;
}
