/** "Signaler une erreur": the message composed for a real record holds its id, permalink, fields and the correction. */
import { describe, expect, it } from 'vitest';
import { composeReport, recordPermalink } from '../../src/lib/report/compose';
import { recordFields } from '../../src/lib/report/fields';
import { toPlaceRow } from '../../src/lib/data/places';
import { placeRowFields } from '../../src/lib/report/fields';
import { laureateAndPartnershipRecords } from './helpers/real-data';

describe('report an error', async () => {
	const records = await laureateAndPartnershipRecords();
	const pontcharra = records.find((r) => r.french[0].name === 'Pontcharra')!;
	const none = { email: null, issuesUrl: null };

	it('the permalink opens the record in the atlas (and its pinned version, language)', () => {
		expect(recordPermalink('https://atlas.example.org/', 'laureats:3')).toBe('https://atlas.example.org/?sel=record%3Alaureats%3A3');
		expect(recordPermalink('https://atlas.example.org', 'laureats:3', { version: 'a9f36de1e90f', lang: 'en' })).toBe(
			'https://atlas.example.org/?sel=record%3Alaureats%3A3&v=a9f36de1e90f&lang=en'
		);
	});

	it('the French text lists the id, the permalink, every field of the record and the correction', () => {
		const permalink = recordPermalink('https://atlas.example.org', pontcharra.id);
		const m = composeReport({ id: pontcharra.id, permalink, fields: recordFields(pontcharra, 'fr'), correction: "Le partenaire est Aratoca (Santander).", lang: 'fr' }, none);
		expect(m.subject).toContain(pontcharra.id);
		expect(m.body).toContain(`Enregistrement : ${pontcharra.id}`);
		expect(m.body).toContain(`Lien : ${permalink}`);
		expect(m.body).toContain('- Côté français : Pontcharra (38314)');
		expect(m.body).toContain('- Partenaires : Aratoca (Colombie)');
		expect(m.body).toContain('- Année : 2025');
		expect(m.body).toContain('- Type de lien : ');
		expect(m.body).toContain(`- Page source : ${pontcharra.source.url}`);
		expect(m.body).toContain('- Source vérifiée le : 2026-11-23');
		expect(m.body).toContain(`(laureats.csv, ligne ${pontcharra.source.line})`);
		expect(m.body.endsWith('Correction proposée :\nLe partenaire est Aratoca (Santander).')).toBe(true);
	});

	it('in English, and with an empty correction the text says it is to be filled in', () => {
		const m = composeReport({ id: pontcharra.id, permalink: 'https://x.org/', fields: recordFields(pontcharra, 'en'), correction: '  ', lang: 'en' }, none);
		expect(m.body).toContain(`Record: ${pontcharra.id}`);
		expect(m.body).toContain('- French side: Pontcharra (38314)');
		expect(m.body).toContain('- Partners: Aratoca (Colombia)');
		expect(m.body).toContain('Proposed correction:\n(to be filled in)');
	});

	it('the mailto: link carries the whole text to the configured address (or to none); the issue link to the repository', () => {
		const input = { id: pontcharra.id, permalink: 'https://x.org/?sel=record%3Alaureats%3A3', fields: recordFields(pontcharra, 'fr'), correction: 'x & y', lang: 'fr' as const };
		const open = composeReport(input, none);
		expect(open.mailto.startsWith('mailto:?subject=')).toBe(true);
		expect(open.issue).toBeNull();
		const m = composeReport(input, { email: 'donnees@example.org', issuesUrl: 'https://github.com/owner/atlas-data/issues/new' });
		const mail = new URL(m.mailto);
		expect(mail.pathname).toBe('donnees@example.org');
		expect(mail.searchParams.get('body')).toBe(m.body);
		expect(mail.searchParams.get('subject')).toBe(m.subject);
		const issue = new URL(m.issue!);
		expect(issue.origin + issue.pathname).toBe('https://github.com/owner/atlas-data/issues/new');
		expect(issue.searchParams.get('body')).toBe(m.body);
		// Never a link to anything but http(s).
		expect(composeReport(input, { email: null, issuesUrl: 'javascript:alert(1)' }).issue).toBeNull();
	});

	it('a place page row gives the same kind of text', () => {
		const row = toPlaceRow(pontcharra);
		const m = composeReport({ id: row.id, permalink: 'https://x.org/', fields: placeRowFields(row, 'fr'), correction: '', lang: 'fr' }, none);
		expect(m.body).toContain(`Enregistrement : ${pontcharra.id}`);
		expect(m.body).toContain('- Partenaires : Aratoca (Colombie)');
		expect(m.body).toContain('- Source vérifiée le : 2026-11-23');
	});
});
