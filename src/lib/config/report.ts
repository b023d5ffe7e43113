/**
 * Where "Signaler une erreur / Report an error" sends its message — the one setting to change when
 * publishing the atlas. Both may be set; with neither, the message is still composed (an e-mail
 * with no recipient the user picks, and a "copy the text" button). Nothing is ever sent by the
 * site itself: the user's own mail client or browser does it.
 */
export interface ReportConfig {
	/** E-mail address of the data maintainers, for a prefilled mailto: link; null for none. */
	email: string | null;
	/**
	 * "New issue" address of the data repository (GitHub/GitLab style, `title` and `body` are added
	 * as query parameters), e.g. "https://github.com/<owner>/<repo>/issues/new"; null for none.
	 */
	issuesUrl: string | null;
}

export const REPORT: ReportConfig = {
	email: null,
	issuesUrl: null
};
