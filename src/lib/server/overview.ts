/**
 * Build-time first picture of a page's map (Node only): the records of the page's scope, drawn by the
 * same code as the live map's overview (buildMapData, buildFlows, drawOverview) for its default
 * view (fitted to the data, pictureLayout), as a WebP served at `/overview/<key>.webp` and placed by
 * CSS alone before any script runs (MapOverview.svelte).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { Topology } from 'topojson-specification';
import { buildIndex, filterPositions, linksOf, DIMS, type Query, type RecordIndex, type RecordSet } from '$lib/data/query';
import { buildMapData } from '$lib/map/geojson';
import { buildFlows, type BasemapLabels } from '$lib/map/aggregate-flows';
import { basemapFrom, type Basemap } from '$lib/map/basemap';
import { dataBounds } from '$lib/map/viewport';
import { pictureLayout, type OverviewPicture } from '$lib/map/overview-camera';
import { drawOverview, type Context2D } from '$lib/map/overview-draw';
import { embeddedAtlas } from './atlas';


let index: RecordIndex | null = null;
let basemap: Basemap | null = null;

function loadBasemap(): Basemap {
	const read = <T>(f: string) => JSON.parse(readFileSync(path.resolve('static/basemap', f), 'utf8')) as T;
	return (basemap ??= basemapFrom(read<Topology>('world.topo.json'), read<Topology>('france.topo.json'), read<BasemapLabels>('labels.json')));
}

/** 'all', or '<dimension>-<value>' for a page scoped to one value (regions-76, countries-SN, french-34172). */
export function overviewKey(scope: Query): string {
	const dims = DIMS.filter((d) => (scope[d]?.length ?? 0) > 0);
	if (!dims.length) return 'all';
	if (dims.length > 1 || scope[dims[0]]!.length > 1) throw new Error(`overview: unsupported page scope ${JSON.stringify(scope)}`);
	return `${dims[0]}-${scope[dims[0]]![0]}`;
}

export function scopeOfKey(key: string): Query | null {
	if (key === 'all') return {};
	const dash = key.indexOf('-');
	const dim = key.slice(0, dash) as (typeof DIMS)[number];
	return dash > 0 && DIMS.includes(dim) ? { [dim]: [key.slice(dash + 1)] } : null;
}

function sceneFor(scope: Query) {
	const atlas = embeddedAtlas();
	index ??= buildIndex(atlas.records);
	// What the live map draws and counts: a link stated by two datasets once (Explorer's `links`).
	// The client keeps the picture only when its link count equals `records` below.
	const set: RecordSet = linksOf({ index, positions: filterPositions(index, scope) });
	const data = buildMapData(set, 'fr');
	const bm = loadBasemap();
	return { set, data, flows: buildFlows(data, bm.labels, 'fr'), countries: bm.data.countries };
}

/** The picture of a page scoped to `scope`; null when it has nothing to draw. */
export function overviewPicture(base: string, scope: Query): OverviewPicture | null {
	const { set, data } = sceneFor(scope);
	const bounds = dataBounds(data);
	if (!bounds) return null;
	const layout = pictureLayout(bounds);
	return { src: `${base}/overview/${overviewKey(scope)}.webp`, records: set.positions.length, width: layout.width, height: layout.height, css: layout.css };
}

/** The WebP image of the picture for `key` (overviewKey), null when the key or its data is unknown. */
export async function overviewImage(key: string): Promise<Uint8Array | null> {
	const scope = scopeOfKey(key);
	if (!scope) return null;
	const { data, flows, countries } = sceneFor(scope);
	const bounds = dataBounds(data);
	if (!bounds) return null;
	const l = pictureLayout(bounds);
	const canvas = createCanvas(l.width, l.height);
	drawOverview(canvas.getContext('2d') as unknown as Context2D, { countries, flows }, { scale: l.scale, x0: l.x0, y0: l.y0, width: l.width, height: l.height });
	return canvas.encode('webp', 80);
}
