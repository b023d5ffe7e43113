/**
 * Embeds: the <iframe> snippet for a chart or the map, and the height messages an embedded page
 * posts to its parent so that it can auto-resize (protocol documented in docs/embed.md).
 */

/** Our own message type, sent alongside Datawrapper's `{"datawrapper-height": {id: px}}`. */
export const EMBED_MESSAGE = 'atlas-embed-height';

export interface EmbedHeightMessage {
	type: typeof EMBED_MESSAGE;
	id: string;
	height: number;
}

export interface SnippetOptions {
	/** Absolute URL of the /embed/... page, with its state parameters. */
	src: string;
	/** Stable id, used by the parent script to match messages ("atlas-country"). */
	id: string;
	title: string;
	height: number;
	/** Include the tiny resize script after the iframe. */
	withScript?: boolean;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The parent-side listener: matches a message to its iframe by `event.source`. */
export const RESIZE_SCRIPT =
	`<script>window.addEventListener("message",function(e){var d=e.data||{},h=null;` +
	`if(d.type==="${EMBED_MESSAGE}")h=d.height;else if(d["datawrapper-height"])for(var k in d["datawrapper-height"])h=d["datawrapper-height"][k];` +
	`if(typeof h!=="number")return;var f=document.querySelectorAll("iframe[data-atlas-embed]");` +
	`for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+"px";});</script>`;

export function embedSnippet(o: SnippetOptions): string {
	const iframe =
		`<iframe title="${attr(o.title)}" src="${attr(o.src)}" id="${attr(o.id)}" data-atlas-embed ` +
		`style="width:100%;min-width:300px;border:0" height="${Math.round(o.height)}" loading="lazy"></iframe>`;
	return o.withScript === false ? iframe : iframe + '\n' + RESIZE_SCRIPT;
}

export function heightMessages(id: string, height: number): [Record<string, Record<string, number>>, EmbedHeightMessage] {
	const h = Math.ceil(height);
	return [{ 'datawrapper-height': { [id]: h } }, { type: EMBED_MESSAGE, id, height: h }];
}

/**
 * In an embedded page: posts the document's height to the parent now and on every resize.
 * Returns a stop function. Does nothing outside an iframe.
 */
export function postHeightToParent(id: string, el: Element = document.documentElement): () => void {
	if (typeof window === 'undefined' || window.parent === window) return () => {};
	let last = -1;
	const send = () => {
		const h = Math.ceil(el.getBoundingClientRect().height);
		if (h === last) return;
		last = h;
		for (const m of heightMessages(id, h)) window.parent.postMessage(m, '*');
	};
	const ro = new ResizeObserver(send);
	ro.observe(el);
	send();
	return () => ro.disconnect();
}
