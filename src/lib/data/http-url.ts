/**
 * The one rule for what may become a link: an absolute http(s) URL with a host and no white space
 * inside. Anything else (javascript:, data:, relative paths, "www.x.fr", text) is never linked.
 * Used where URLs enter (import formats) and where they are shown (record panel, place pages, notices).
 *
 * @example httpUrl(' https://www.resacoop.org/ ') // 'https://www.resacoop.org/'
 */
export function httpUrl(value: string | null | undefined): string | null {
	const s = value?.trim();
	if (!s || !/^https?:\/\/\S+$/i.test(s)) return null;
	try {
		const u = new URL(s);
		return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? s : null;
	} catch {
		return null;
	}
}
