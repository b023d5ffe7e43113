/** Build-time reading of the corrections files (data/row-overrides.csv, data/places-overrides.csv) for the /donnees page. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { PlaceOverride, RowOverride } from '$lib/data/coverage';

function rows<T>(file: string): T[] {
	const p = path.resolve(file);
	if (!existsSync(p)) return [];
	return Papa.parse<T>(readFileSync(p, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export const rowOverrides = (): RowOverride[] => rows<RowOverride>('data/row-overrides.csv');
export const placeOverrides = (): PlaceOverride[] => rows<PlaceOverride>('data/places-overrides.csv');
