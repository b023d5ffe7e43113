/**
 * The atlas' colours, one table for the map (style, overview, legend, PNG export) and the charts, so
 * that a French collectivité, a partner or a link has the same colour everywhere. Literal values:
 * exported SVGs and canvases cannot read CSS variables (app.css repeats --french and --partner).
 */
export const COLORS = {
	french: '#1d4e89',
	partner: '#d1495b',
	link: '#6a4c93',
	selected: '#f2a900',
	sea: '#dce8f2',
	land: '#f4f1ea',
	border: '#b3aa9c',
	regionLine: '#9a917f',
	departementLine: '#cbc2b2',
	label: '#4a4a4a',
	halo: '#ffffff',
	/** Charts: themes and link types, which the map does not draw. */
	theme: '#2f6f73',
	linkType: '#5b4a8b',
	/** Charts: applications to the calls (laureates are `french`), acceptance rate. */
	applications: '#8fb0d9',
	rate: '#b8323f',
	/** Bars that cannot be picked ("unknown", "others"). */
	muted: '#8a8f98'
} as const;

/** ColorBrewer Reds (5 classes), for links per country. */
export const CHOROPLETH_COLORS = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'] as const;
