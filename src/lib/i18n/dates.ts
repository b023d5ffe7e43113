/** An ISO date (yyyy-mm-dd) written out in the interface language: "23 novembre 2026", "23 November 2026". */
import type { Lang } from './translate';

export function formatDate(iso: string, lang: Lang): string {
	const d = new Date(`${iso}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
