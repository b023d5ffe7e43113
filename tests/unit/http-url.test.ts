import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../src/lib/data/http-url';
import { importFile } from '../../src/lib/data/pipeline';
import { realResources } from './helpers/real-data';

describe('httpUrl: the one rule for what may become a link', () => {
	it.each([
		['https://www.resacoop.org/', 'https://www.resacoop.org/'],
		['  http://www.oc-cooperation.org/appels-a-projets  ', 'http://www.oc-cooperation.org/appels-a-projets'],
		['HTTPS://Example.org/a?b=1#c', 'HTTPS://Example.org/a?b=1#c']
	])('keeps %j', (input, out) => expect(httpUrl(input)).toBe(out));

	it.each([
		'javascript:alert(1)',
		' JavaScript:window.__xss=1',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'//evil.example/x',
		'/collectivite/34172',
		'www.resacoop.org',
		'https://',
		'https://exa mple.org',
		'https://example.org/a b',
		'http://[::1',
		'',
		null,
		undefined
	])('refuses %j', (input) => expect(httpUrl(input)).toBeNull());
});

it('is the rule the import applies to a source_url column', async () => {
	const header = 'collectivite_francaise,type_collectivite_francaise,collectivite_partenaire,pays_partenaire,annee_debut,type_lien,thematiques,source_url';
	const rows = ['Grenoble,commune,Sévan,Arménie,2006,jumelage,culture,javascript:alert(1)', 'Nancy,commune,Kanazawa,Japon,1973,jumelage,culture,https://www.nancy.fr/ '];
	const { records } = await importFile(new TextEncoder().encode([header, ...rows].join('\n')), { fileName: 'urls.csv' }, realResources());
	expect(records.map((r) => r.source.url)).toEqual([null, 'https://www.nancy.fr/']);
});
