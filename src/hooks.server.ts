import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> from the route (`/en/...` is not used; the language is a URL parameter read on the client). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'fr') });
