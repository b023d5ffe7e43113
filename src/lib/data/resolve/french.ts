/** French collectivités through the official COG: by code or name, homonyms disambiguated. (STUB — owner: resolve helper) */
import type { FrenchEntity, FrenchKind } from '../model';

/** The compact COG asset (static/data/cog.json), as loaded from JSON. Shape owned by the resolve helper. */
export type CogAsset = unknown;
export interface CogIndex {
	readonly _brand: 'CogIndex';
}
export interface FrenchHints {
	kind?: FrenchKind | null;
	code?: string | null;
	departement?: string | null;
	region?: string | null;
	lon?: number | null;
	lat?: number | null;
}
export function buildCogIndex(_asset: CogAsset): CogIndex {
	throw new Error('not implemented');
}
export function resolveFrench(_index: CogIndex, _name: string, _hints?: FrenchHints): FrenchEntity {
	throw new Error('not implemented');
}
