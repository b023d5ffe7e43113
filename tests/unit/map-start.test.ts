/**
 * The home's first map data as build-time files (src/lib/map/start-data.ts, src/lib/server/overview.ts):
 * what the build writes is what the client computes from the atlas it downloads, so the map can start
 * from the files and the client's own flows are then recognised and not sent again.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { decodeAtlas } from '../../src/lib/data/wire';
import { buildIndex, filterPositions, linksOf } from '../../src/lib/data/query';
import { buildMapData } from '../../src/lib/map/geojson';
import { buildFlows, detailZoom, type BasemapLabels } from '../../src/lib/map/aggregate-flows';
import { basemapFrom } from '../../src/lib/map/basemap';
import { buildStyle } from '../../src/lib/map/style';
import { dataBounds } from '../../src/lib/map/viewport';
import { EMPTY_BASEMAP, flowsKey, startFlowsJson, startSources, startUrls } from '../../src/lib/map/start-data';
import { mapStartFile, overviewPicture } from '../../src/lib/server/overview';
import { REPO } from './helpers/real-data';

const COLUMNS = path.join(REPO, 'static/data/atlas.columns.json');
const read = <T>(f: string) => JSON.parse(readFileSync(path.join(REPO, 'static/basemap', f), 'utf8')) as T;
const basemap = () => basemapFrom(read<Topology>('world.topo.json'), read<Topology>('france.topo.json'), read<BasemapLabels>('labels.json'));

describe.runIf(existsSync(COLUMNS))('the home map from the build files', () => {
	// What the browser does: decode the columns file, index, the distinct links of the home (no filter), its map data and flows.
	const atlas = decodeAtlas(JSON.parse(readFileSync(COLUMNS, 'utf8')));
	const index = buildIndex(atlas.records);
	const links = linksOf({ index, positions: filterPositions(index, {}) });
	const bm = basemap();
	const data = buildMapData(links, 'fr');
	const flows = buildFlows(data, bm.labels, 'fr');
	const start = overviewPicture('', {}, { start: true })!.start!;

	it('the flows file holds exactly the flows the client computes, and its key says so', () => {
		const file = mapStartFile('flows-all.json')!;
		expect(file).toBe(startFlowsJson(flows));
		expect(JSON.parse(file).features.length).toBeGreaterThan(100);
		expect(start.flowsKey).toBe(flowsKey(flows));
	});

	it('the page carries the camera and zoom ranges the client would use', () => {
		expect(start.bounds).toEqual(dataBounds(data));
		expect(start.detailZoom).toBe(detailZoom(data.pairCount));
		expect(start.lang).toBe('fr');
		expect(start).toMatchObject(startUrls('', 'all'));
	});

	it('the countries and their labels are the basemap the client converts', () => {
		expect(JSON.parse(mapStartFile('countries.json')!)).toEqual(bm.data.countries);
		expect(JSON.parse(mapStartFile('country-labels.json')!)).toEqual(bm.data.countryLabels);
		expect(mapStartFile('flows-nowhere.json')).toBeNull();
		expect(mapStartFile('world.json')).toBeNull();
	});

	it('other flows have another key: filtered records, or names in another language', () => {
		const sn = linksOf({ index, positions: filterPositions(index, { countries: ['SN'] }) });
		const snData = buildMapData(sn, 'fr');
		expect(flowsKey(buildFlows(snData, bm.labels, 'fr'))).not.toBe(start.flowsKey);
		expect(flowsKey(buildFlows(data, bm.labels, 'en'))).not.toBe(start.flowsKey);
		// The same flows computed again (a new object): the same key.
		expect(flowsKey(buildFlows(buildMapData(links, 'fr'), bm.labels, 'fr'))).toBe(start.flowsKey);
	});

	it('only pages that ask name the files, and not when their records draw as points from the first zoom', () => {
		expect(overviewPicture('', {})!.start).toBeNull();
		// Occitanie's links are fewer than DETAIL_ALWAYS_BELOW: points and arcs at every zoom, which the files do not hold.
		expect(overviewPicture('', { regions: ['76'] }, { start: true })!.start).toBeNull();
	});
});

describe('the style started from the files', () => {
	it('names the countries, country labels and flows by URL, every other source keeps its data', () => {
		const urls = { lang: 'fr' as const, detailZoom: 4, bounds: [-10, 40, 10, 50] as [number, number, number, number], flowsKey: 'k', ...startUrls('/sub', 'all') };
		const style = startSources(buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: EMPTY_BASEMAP, labels: false }), urls);
		expect(style.sources.countries).toMatchObject({ type: 'geojson', data: '/sub/map-start/countries.json', tolerance: 1 });
		expect(style.sources['country-labels']).toMatchObject({ data: '/sub/map-start/country-labels.json' });
		expect(style.sources.flows).toMatchObject({ data: '/sub/map-start/flows-all.json' });
		for (const id of ['departements', 'regions', 'region-labels', 'arcs']) expect((style.sources[id] as { data: { features: unknown[] } }).data.features).toEqual([]);
	});
});
