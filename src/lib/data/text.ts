/** Text normalisation shared by every matcher: one definition of "the same name". */

const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /[’‘`´ʼ]/g;

/** Lower case, accents removed, curly apostrophes straightened; punctuation kept. */
export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(APOSTROPHES, "'")
		.replace(/œ/gi, 'oe')
		.replace(/æ/gi, 'ae')
		.replace(/ß/g, 'ss')
		.replace(/[łŁ]/g, 'l')
		.replace(/[øØ]/g, 'o')
		.replace(/[đĐ]/g, 'd')
		.replace(/ı/g, 'i')
		.replace(/[þÞ]/g, 'th')
		.toLowerCase();
}

/**
 * Matching key: folded, every run of non-alphanumerics (hyphens, apostrophes, dots, spaces)
 * collapsed to one space, trimmed. "Saint-Étienne" and "saint etienne" give the same key.
 */
export function normKey(s: string): string {
	// Most names are plain ASCII: skip Unicode normalisation, which dominates gazetteer loading.
	if (ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
	return fold(s)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Collapses inner whitespace (including line breaks in multi-line cells) and trims. */
export function clean(s: string | null | undefined): string {
	return (s ?? '').replace(/\s+/g, ' ').trim();
}
