/**
 * Messages: both languages everywhere, counts worded by Intl.PluralRules (French 0 and 1 are
 * singular), no "lien(s)" style text, and the language read from the URL's `lang` parameter.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { langOf, plural, translate, MESSAGES, type MessageKey } from '../../src/lib/i18n/translate';

/** Every message set the interface uses (the one table translate.ts builds, so none is forgotten here). */
const all = MESSAGES;

describe('messages', () => {
	it('no message hedges a count with "(s)", "(x)" or "(e)"', () => {
		const hedged = Object.entries(all).filter(([, m]) => /\w\((s|x|e|es)\)/.test(m.fr + ' ' + m.en));
		expect(hedged.map(([k]) => k)).toEqual([]);
	});
	it('checks every message file', () => {
		const files = readdirSync('src/lib/i18n/messages').filter((f) => f.endsWith('.ts'));
		for (const f of files) {
			const mod = readFileSync(`src/lib/i18n/messages/${f}`, 'utf8');
			const first = /^\s*'([\w.-]+)':/m.exec(mod)?.[1];
			expect(all, f).toHaveProperty([first!]);
		}
	});
	it('every singular form has its plural form, and the other way round', () => {
		for (const k of Object.keys(all)) {
			if (k.endsWith('.one')) expect(all, k).toHaveProperty([k.replace(/\.one$/, '.other')]);
			if (k.endsWith('.other') && all[k].fr.includes('{n}')) expect(all, k).toHaveProperty([k.replace(/\.other$/, '.one')]);
		}
	});
	it('no component writes a hedged plural either', () => {
		const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
		const hedged = files.filter((f) => /[a-zé]{2}\((s|x)\)[\s'"<:]/.test(readFileSync(`src/${f}`, 'utf8')));
		expect(hedged).toEqual([]);
	});
});

describe('plural', () => {
	it.each([
		['fr', 0, '0 lien'],
		['fr', 1, '1 lien'],
		['fr', 2, '2 liens'],
		['fr', 1500, '1 500 liens'],
		['en', 0, '0 links'],
		['en', 1, '1 link'],
		['en', 2, '2 links']
	] as const)('%s %i → %s', (lang, n, text) => expect(plural(lang, 'map.tooltip.links', n).replace(/\s/g, ' ')).toBe(text.replace(/\s/g, ' ')));

	it('fills the other placeholders too', () => {
		expect(plural('en', 'map.summary.flow', 1, { from: 'Occitanie', to: 'Senegal' })).toBe('Occitanie → Senegal: 1 link');
	});

	it('translates typed keys in both languages', () => {
		const key: MessageKey = 'charts.unknown.linkType';
		expect([translate('fr', key), translate('en', key)]).toEqual(['Type de lien non renseigné', 'Link type not given']);
	});
});

describe('the language comes from the URL', () => {
	it.each([
		['', 'fr'],
		['lang=en', 'en'],
		['lang=fr', 'fr'],
		['lang=de', 'fr'],
		['tab=charts&lang=en', 'en']
	])('?%s → %s', (q, lang) => expect(langOf(new URLSearchParams(q))).toBe(lang));
});
