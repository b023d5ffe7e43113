/** Text normalisation shared by every matcher: one definition of "the same name". */

const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /[’‘`´ʼ]/g;
/** ASCII but the backtick, which fold turns into an apostrophe. */
const PLAIN = /^[\x00-\x5f\x61-\x7f]*$/;

/** Lower case, accents removed, curly apostrophes straightened; punctuation kept. */
export function fold(s: string): string {
	// Plain ASCII (most names once their accents are off) needs none of the replacements below.
	if (PLAIN.test(s)) return s.toLowerCase();
	const bare = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	if (PLAIN.test(bare)) return bare.toLowerCase();
	return bare
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

/** Whitespace that clean() would change: any but a plain space, two spaces, or a space at either end. */
const UNCLEAN = /[^\S ]| {2}|^ | $/;

/** Collapses inner whitespace (including line breaks in multi-line cells) and trims. */
export function clean(s: string | null | undefined): string {
	if (s == null) return '';
	// Most cells are already clean: testing first is several times cheaper than replacing.
	return UNCLEAN.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}
