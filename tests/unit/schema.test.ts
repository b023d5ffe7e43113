import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/data/pipeline';
import { FILES, readText, realResources, REPO } from './helpers/real-data';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(REPO, 'docs/record.schema.json'), 'utf8')) as Schema;

/** The subset of JSON Schema that docs/record.schema.json uses: $ref, type, enum, required, properties, items, minItems, pattern, minimum. */
function validate(value: unknown, s: Schema, at: string, errors: string[]): void {
	if (typeof s.$ref === 'string') return validate(value, (schema.$defs as Record<string, Schema>)[s.$ref.split('/').pop()!], at, errors);
	const types = s.type === undefined ? null : ([] as string[]).concat(s.type as string);
	const typeOf = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
	if (types && !types.includes(typeOf) && !(typeOf === 'integer' && types.includes('number'))) {
		errors.push(`${at}: ${typeOf} is not ${types.join('|')}`);
		return;
	}
	if (s.enum && !(s.enum as unknown[]).includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
	if (typeof value === 'string' && s.pattern && !new RegExp(s.pattern as string).test(value)) errors.push(`${at}: "${value}" !~ ${s.pattern}`);
	if (typeof value === 'number' && typeof s.minimum === 'number' && value < s.minimum) errors.push(`${at}: ${value} < ${s.minimum}`);
	if (Array.isArray(value)) {
		if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${at}: fewer than ${s.minItems} items`);
		if (s.items) value.forEach((v, i) => validate(v, s.items as Schema, `${at}[${i}]`, errors));
	}
	if (typeOf === 'object' && value) {
		for (const k of (s.required as string[]) ?? []) if (!(k in (value as object))) errors.push(`${at}: missing ${k}`);
		const props = (s.properties ?? {}) as Record<string, Schema>;
		for (const [k, v] of Object.entries(value)) {
			if (props[k]) validate(v, props[k], `${at}.${k}`, errors);
			else if (s.properties) errors.push(`${at}: unexpected key ${k}`);
		}
	}
}

describe('docs/record.schema.json matches what the pipeline produces', () => {
	it.each([
		['seed 003', FILES.seed003],
		['laureats.csv', FILES.laureats],
		['partenariats.csv', FILES.partenariats],
		['twin-towns-france.csv', FILES.twinTowns],
		['chiffres.csv', FILES.chiffres]
	])('%s', async (_name, file) => {
		const { records, figures } = await importFile(readText(file), { fileName: path.basename(file) }, realResources());
		const atlas = { datasets: [{ id: 'x', title: 'x', licence: 'x', sourceUrl: null, date: '2026-11-23', description: '' }], records, figures };
		const errors: string[] = [];
		validate(atlas, schema, 'atlas', errors);
		expect(errors.slice(0, 10)).toEqual([]);
	});
});
