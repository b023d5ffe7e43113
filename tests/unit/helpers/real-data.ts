/**
 * Paths to the real data shipped in the repository (data/sources, tests/fixtures) and the pipeline's
 * Node resources, loaded once. Nothing here reads outside the repository: a fresh clone must pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResources } from '../../../scripts/lib/resources';
import { importFile, type PipelineResources } from '../../../src/lib/data/pipeline';
import type { CoopRecord } from '../../../src/lib/data/model';
import { resolveCountry } from '../../../src/lib/data/resolve/countries';
import Papa from 'papaparse';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '../../..');
export const SOURCES = path.join(REPO, 'data/sources');
export const FIXTURES = path.join(REPO, 'tests/fixtures');

export const FILES = {
	twinTowns: path.join(SOURCES, 'twin-towns-france.csv'),
	laureats: path.join(SOURCES, 'laureats.csv'),
	partenariats: path.join(SOURCES, 'partenariats.csv'),
	chiffres: path.join(SOURCES, 'chiffres.csv'),
	seed003: path.join(FIXTURES, 'seeds/003-occitanie-laureats-2025.txt')
};

export const readText = (file: string) => readFileSync(file, 'utf8');
export const readBytes = (file: string) => new Uint8Array(readFileSync(file));

let resources: PipelineResources | null = null;
/** The real COG index and (lazily) the real gazetteer, shared by every test of a file. */
export function realResources(): PipelineResources {
	resources ??= nodeResources();
	return resources;
}

/** Windows-1252 bytes of a string (what French Excel writes); throws on characters it cannot hold. */
export function encodeWindows1252(text: string): Uint8Array {
	const specials: Record<string, number> = {
		'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
		'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
		'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f
	};
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const code = ch.charCodeAt(0);
		if (specials[ch] !== undefined) out[i] = specials[ch];
		else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i] = code;
		else throw new Error(`"${ch}" cannot be written in Windows-1252`);
	}
	return out;
}

/** Simple CSV line for tests: fields quoted when needed, joined with the delimiter. */
export function csvLine(cells: string[], delimiter = ','): string {
	return cells.map((c) => (/[",;\n|\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

/** The records of the two hand-collected sources (laureats.csv, then partenariats.csv), imported with the real pipeline. */
export async function laureateAndPartnershipRecords(): Promise<CoopRecord[]> {
	const records: CoopRecord[] = [];
	for (const [file, fileName] of [
		[FILES.laureats, 'laureats.csv'],
		[FILES.partenariats, 'partenariats.csv']
	])
		records.push(...(await importFile(readBytes(file), { fileName }, realResources())).records);
	return records;
}

/**
 * The foreign side of each pair of twin-towns-france.csv, by name: [country cell, ISO2, lat, lon]
 * (the reference point the geocoder tests score against; never given to the geocoder).
 */
export function twinTownPartners(): Map<string, [string, string, number, number]> {
	const refs = new Map<string, [string, string, number, number]>();
	const { data } = Papa.parse<Record<string, string>>(readText(FILES.twinTowns), { header: true, skipEmptyLines: true });
	for (const r of data) {
		const s = resolveCountry(r.country1)?.iso2 === 'FR' ? '2' : '1';
		refs.set(r[`city${s}`], [r[`country${s}`], resolveCountry(r[`country${s}`])?.iso2 ?? '', +r[`lat${s}`], +r[`lng${s}`]]);
	}
	return refs;
}
