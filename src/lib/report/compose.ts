/**
 * The "report an error" message for one record: its id, permalink, current fields and the user's
 * correction, as plain text, with the mailto: and new-issue links that carry it. Pure (explicit
 * language and configuration), so the same text is tested and shown.
 */
import type { ReportConfig } from '$lib/config/report';
import { translate, type Lang, type MessageKey } from '$lib/i18n/translate';
import { httpUrl } from '$lib/data/http-url';

export interface ReportField {
	label: string;
	value: string;
}

export interface ReportInput {
	id: string;
	/** Absolute link to the record in the atlas. */
	permalink: string;
	fields: ReportField[];
	/** What the user says is wrong and what it should be. */
	correction: string;
	lang: Lang;
}

export interface ReportMessage {
	subject: string;
	body: string;
	/** mailto: link (recipient from the config, or none for the user to pick). */
	mailto: string;
	/** New-issue link, when the config names a repository. */
	issue: string | null;
}

/** The record's permalink: the atlas's home with the record selected (and a pinned version, when one is shown). */
export function recordPermalink(root: string, id: string, opts: { version?: string | null; lang?: Lang } = {}): string {
	const params = new URLSearchParams({ sel: `record:${id}` });
	if (opts.version) params.set('v', opts.version);
	if (opts.lang && opts.lang !== 'fr') params.set('lang', opts.lang);
	return `${root.replace(/\/+$/, '')}/?${params}`;
}

export function composeReport(input: ReportInput, config: ReportConfig): ReportMessage {
	const tr = (key: MessageKey, vars?: Record<string, string | number>) => translate(input.lang, key, vars);
	const subject = tr('report.subject', { id: input.id });
	const correction = input.correction.trim() || tr('report.noCorrection');
	// French typography: a space before the colon.
	const line = (label: string, value = '') => `${label}${input.lang === 'fr' ? ' :' : ':'}${value ? ` ${value}` : ''}`;
	const body = [
		tr('report.intro'),
		'',
		line(tr('report.id'), input.id),
		line(tr('report.permalink'), input.permalink),
		'',
		line(tr('report.fields')),
		...input.fields.filter((f) => f.value !== '').map((f) => `- ${line(f.label, f.value)}`),
		'',
		line(tr('report.correction')),
		correction
	].join('\n');
	const q = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
	const mailto = `mailto:${config.email ? encodeURIComponent(config.email).replace('%40', '@') : ''}?${q}`;
	const issuesUrl = config.issuesUrl ? httpUrl(config.issuesUrl) : null;
	let issue: string | null = null;
	if (issuesUrl) {
		const u = new URL(issuesUrl);
		u.searchParams.set('title', subject);
		u.searchParams.set('body', body);
		issue = u.href;
	}
	return { subject, body, mailto, issue };
}
