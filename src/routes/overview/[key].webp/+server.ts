// The prerendered first picture of a page's map (src/lib/server/overview.ts), found by the crawler through the pages' <img>.
import { error } from '@sveltejs/kit';
import { overviewImage } from '$lib/server/overview';
import type { RequestHandler } from './$types';

export const prerender = true;
// A file, whatever the pages' trailing-slash policy.
export const trailingSlash = 'never';

export const GET: RequestHandler = async ({ params }) => {
	const image = await overviewImage(params.key);
	if (!image) error(404, `No map picture "${params.key}".`);
	return new Response(image as BodyInit, { headers: { 'content-type': 'image/webp' } });
};
