import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { buildMapData } from '../../src/lib/map/geojson';
import { isFrenchCountry } from '../../src/lib/data/model';
import { buildFlows, detailZoom, isUnknownKey, noRegionKey, topFlows, DETAIL_ZOOM, type BasemapLabels } from '../../src/lib/map/aggregate-flows';
import { atlas, hasAtlas, twinTownRecords } from './helpers/map-records';
import { recordSet } from '../../src/lib/data/query';

const labels = JSON.parse(readFileSync('static/basemap/labels.json', 'utf8')) as BasemapLabels;

describe('flows on the real twin-town pairs (région unknown in the raw CSV)', () => {
	const data = buildMapData(recordSet(twinTownRecords()));
	const flows = buildFlows(data, labels);

	it('loses no link: flows, country totals and bubbles all add up to the arcs', () => {
		const arcs = data.arcs.features.reduce((s, f) => s + f.properties.count, 0);
		expect(flows.flows.features.reduce((s, f) => s + f.properties.count, 0)).toBe(arcs);
		// The choropleth counts partner countries: links to overseas France (Nice ↔ Nouméa) are not in it.
		const overseas = data.arcs.features.filter((f) => isFrenchCountry(f.properties.country)).reduce((s, f) => s + f.properties.count, 0);
		expect(overseas).toBeGreaterThan(0);
		expect([...flows.byCountry.values()].reduce((s, n) => s + n, 0)).toBe(arcs - overseas);
		expect(flows.countryBubbles.features.reduce((s, f) => s + f.properties.links, 0)).toBe(data.links);
		expect(flows.regionBubbles.features.reduce((s, f) => s + f.properties.links, 0)).toBe(data.links);
	});

	it('puts country bubbles on the shipped label points', () => {
		const de = flows.countryBubbles.features.find((f) => f.properties.key === 'DE')!;
		const label = labels.countries.find((c) => c.iso === 'DE')!;
		expect(de.geometry.coordinates).toEqual([label.lon, label.lat]);
		expect(de.properties.name).toBe('Allemagne');
		expect(flows.byCountry.get('DE')).toBeGreaterThan(100);
	});

	it('gathers collectivités without a région per 5° cell, not at one mean point', () => {
		for (const f of flows.regionBubbles.features) expect(isUnknownKey(f.properties.key)).toBe(true);
		expect(noRegionKey([2.35, 48.86])).toBe('none:0:10');
		expect(flows.regionBubbles.features.length).toBeGreaterThan(1);
	});
});

describe.skipIf(!hasAtlas)('flows on the built atlas (static/data/atlas.json)', () => {
	const records = hasAtlas ? atlas().records : [];
	const data = buildMapData(recordSet(records));
	const flows = buildFlows(data, labels);

	it('starts flows at the 18 régions’ label points', () => {
		const codes = new Set(labels.regions.map((r) => r.code));
		const inRegions = flows.regionBubbles.features.filter((f) => codes.has(f.properties.key));
		expect(inRegions.length).toBeGreaterThan(12);
		for (const b of inRegions) {
			const l = labels.regions.find((r) => r.code === b.properties.key)!;
			expect(b.geometry.coordinates).toEqual([l.lon, l.lat]);
		}
		const occitanie = flows.flows.features.filter((f) => f.properties.region === '76');
		expect(occitanie.length).toBeGreaterThan(5);
		expect(occitanie[0].properties.regionName).toBe('Occitanie');
	});

	it('lists the biggest flows first for the text alternative', () => {
		const top = topFlows(flows, 10);
		expect(top.length).toBe(10);
		for (let i = 1; i < top.length; i++) expect(top[i - 1].count).toBeGreaterThanOrEqual(top[i].count);
	});
});

describe('detailZoom', () => {
	it.each([
		[10, 0],
		[1499, 0],
		[1500, DETAIL_ZOOM],
		[25_000, DETAIL_ZOOM]
	])('%i arcs → individual arcs from zoom %d', (n, z) => expect(detailZoom(n)).toBe(z));
});

describe('the map starts with its first data (seed-data.ts)', () => {
	it('fills the flows, bubbles and points sources of the style and leaves the arcs for later', async () => {
		const { seedData } = await import('../../src/lib/map/seed-data');
		const { buildStyle } = await import('../../src/lib/map/style');
		const { basemapFrom } = await import('../../src/lib/map/basemap');
		const read = <T>(f: string) => JSON.parse(readFileSync(`static/basemap/${f}`, 'utf8')) as T;
		const bm = basemapFrom(read('world.topo.json'), read('france.topo.json'), labels);
		const data = buildMapData(recordSet(twinTownRecords()));
		const flows = buildFlows(data, labels);
		const style = seedData(buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: bm.data }), data, flows);
		const fc = (id: string) => (style.sources[id] as { data: { features: unknown[] } }).data;
		// one source for the flow lines and both kinds of bubbles, each layer filtering its own
		expect(fc('flows').features).toEqual([...flows.flows.features, ...flows.countryBubbles.features, ...flows.regionBubbles.features]);
		expect(flows.flows.features.length).toBeGreaterThan(10);
		expect(style.sources).not.toHaveProperty('country-bubbles');
		expect(style.sources).not.toHaveProperty('region-bubbles');
		const drawn = (id: string) => {
			const layer = style.layers.find((l) => l.id === id) as { source: string; filter: unknown };
			const test = featureFilter(layer.filter as never, 'filter');
			// as MapLibre's worker sees a feature: its geometry type as a number (1 point, 2 line)
			const tile = (f: GeoJSON.Feature) => ({ type: f.geometry.type === 'LineString' ? 2 : 1, properties: f.properties, geometry: [] });
			return (fc(layer.source).features as GeoJSON.Feature[]).filter((f) => test.filter({ zoom: 2 } as never, tile(f) as never));
		};
		expect(drawn('flows')).toEqual(flows.flows.features);
		expect(drawn('country-bubbles')).toEqual(flows.countryBubbles.features);
		expect(drawn('region-bubbles')).toEqual(flows.regionBubbles.features);
		// the same flows give the same object: not sent to the map again
		expect(seedData(buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: bm.data }), data, flows).sources.flows).toMatchObject({ data: fc('flows') });
		expect(fc('french-points')).toBe(data.french);
		expect(fc('partner-points')).toBe(data.partners);
		expect(fc('arcs').features).toEqual([]);
		// no flows yet: the style is left as it was
		const bare = buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: bm.data });
		expect((seedData(bare, data, null).sources.flows as { data: { features: unknown[] } }).data.features).toEqual([]);
	});

	it('leaves the points for later when the first view does not draw them', async () => {
		const { seedData } = await import('../../src/lib/map/seed-data');
		const { buildStyle, detailWanted } = await import('../../src/lib/map/style');
		const { basemapFrom } = await import('../../src/lib/map/basemap');
		const read = <T>(f: string) => JSON.parse(readFileSync(`static/basemap/${f}`, 'utf8')) as T;
		const bm = basemapFrom(read('world.topo.json'), read('france.topo.json'), labels);
		const data = buildMapData(recordSet(twinTownRecords()));
		const flows = buildFlows(data, labels);
		const dz = detailZoom(data.pairCount);
		// The home's first view: the whole world of links, far below the detail zoom.
		const points = detailWanted(1.2, dz, null);
		expect(points).toBe(false);
		const style = seedData(buildStyle({ lang: 'fr', mode: 'links', detailZoom: dz, basemap: bm.data }), data, flows, points);
		const fc = (id: string) => (style.sources[id] as { data: { features: unknown[] } }).data;
		expect(fc('flows').features.length).toBe(flows.flows.features.length + flows.countryBubbles.features.length + flows.regionBubbles.features.length);
		expect(fc('french-points').features).toEqual([]);
		expect(fc('partner-points').features).toEqual([]);
	});
});
