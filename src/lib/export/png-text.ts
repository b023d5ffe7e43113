/** PNG tEXt chunks (Title, Source, Copyright…) inserted after IHDR. Pure bytes in, bytes out. */

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let c = 0xffffffff;
	for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

export const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** tEXt is Latin-1: characters outside it become "?" (keywords ≤ 79 chars). */
function latin1(s: string): number[] {
	return [...s].map((ch) => {
		const c = ch.codePointAt(0)!;
		return c < 256 ? c : 63;
	});
}

function textChunk(keyword: string, text: string): Uint8Array {
	const data = [...latin1(keyword.slice(0, 79)), 0, ...latin1(text)];
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set([116, 69, 88, 116], 4); // "tEXt"
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

export function isPng(bytes: Uint8Array): boolean {
	return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Inserts one tEXt chunk per entry right after the IHDR chunk. */
export function addPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
	if (!isPng(png)) throw new Error('addPngText: not a PNG (bad signature)');
	const ihdrLen = new DataView(png.buffer, png.byteOffset).getUint32(8);
	const cut = 8 + 12 + ihdrLen;
	const chunks = Object.entries(entries)
		.filter(([, v]) => v)
		.map(([k, v]) => textChunk(k, v));
	const size = png.length + chunks.reduce((s, c) => s + c.length, 0);
	const out = new Uint8Array(size);
	out.set(png.subarray(0, cut), 0);
	let at = cut;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	out.set(png.subarray(cut), at);
	return out;
}

/** Reads back the tEXt chunks (tests, and to check an export). */
export function readPngText(png: Uint8Array): Record<string, string> {
	const out: Record<string, string> = {};
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	let at = 8;
	while (at + 8 <= png.length) {
		const len = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		if (type === 'tEXt') {
			const data = png.subarray(at + 8, at + 8 + len);
			const zero = data.indexOf(0);
			out[String.fromCharCode(...data.subarray(0, zero))] = String.fromCharCode(...data.subarray(zero + 1));
		}
		if (type === 'IEND') break;
		at += 12 + len;
	}
	return out;
}

/** Width and height from IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
