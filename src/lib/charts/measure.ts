/** Text width in px for chart layout: canvas measureText in a browser, an average-glyph estimate elsewhere. */
let ctx: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, fontSize = 12, weight = 400): number {
	if (ctx === undefined) ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!ctx) return text.length * fontSize * 0.6;
	ctx.font = `${weight} ${fontSize}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
	// A little slack: the export font (Noto Sans) runs slightly wider than most system faces.
	return ctx.measureText(text).width * 1.08;
}
