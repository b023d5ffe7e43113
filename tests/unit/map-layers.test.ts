/**
 * The map's layer modules (src/lib/map/layers): every style layer belongs to one module, and each
 * module's own hit-test turns a feature it draws into the records a click shows — the same records
 * the feature says it stands for — with a tooltip worded by count.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { recordSet, selectRecords } from '../../src/lib/data/query';
import { buildMapData } from '../../src/lib/map/geojson';
import { buildFlows, isUnknownKey, type BasemapLabels } from '../../src/lib/map/aggregate-flows';
import { basemapFrom } from '../../src/lib/map/basemap';
import { buildStyle } from '../../src/lib/map/style';
import { LAYERS, layerOf, interactiveIds, tooltipFor, type HitFeature, type MapSurface } from '../../src/lib/map/layers';
import { pointsLayer } from '../../src/lib/map/layers/points';
import { arcsLayer } from '../../src/lib/map/layers/arcs';
import { flowsLayer } from '../../src/lib/map/layers/flows';
import { choroplethLayer, updateChoropleth } from '../../src/lib/map/layers/choropleth';
import { selectionLayer, updateSelection } from '../../src/lib/map/layers/selection';
import { twinTownRecords } from './helpers/map-records';

const read = <T>(f: string) => JSON.parse(readFileSync(`static/basemap/${f}`, 'utf8')) as T;
const labels = read<BasemapLabels>('labels.json');
const basemap = basemapFrom(read<Topology>('world.topo.json'), read<Topology>('france.topo.json'), labels);
const records = twinTownRecords();
const data = buildMapData(recordSet(records), 'fr');
const flows = buildFlows(data, labels, 'fr');
const hit = <Id extends string>(layer: Id, f: { properties: unknown; geometry?: { type: string; coordinates: unknown } }): HitFeature<Id> => ({
	layer,
	properties: f.properties as Record<string, unknown>,
	point: f.geometry?.type === 'Point' ? (f.geometry.coordinates as [number, number]) : undefined
});
const selected = (action: ReturnType<typeof pointsLayer.click>) => ('select' in action ? selectRecords(records, action.select) : null);

describe('the layer stack', () => {
	const style = buildStyle({ lang: 'fr', mode: 'links', detailZoom: 4, basemap: basemap.data });
	it('every style layer belongs to exactly one module, and every module id is drawn', () => {
		const ids = style.layers.map((l) => l.id);
		for (const id of ids) expect(layerOf(id), id).toBeDefined();
		const owned = LAYERS.flatMap((l) => [...l.ids]);
		expect(new Set(owned).size).toBe(owned.length);
		expect([...owned].sort()).toEqual([...ids].sort());
	});
	it('every data layer draws a source the style has', () => {
		for (const l of style.layers) if ('source' in l) expect(style.sources[l.source as string], l.id).toBeDefined();
	});
	it('in links mode the land is not hit; in choropleth mode it is', () => {
		expect(interactiveIds('links')).not.toContain('countries-fill');
		expect(interactiveIds('choropleth')).toContain('countries-fill');
	});
});

describe('each module hit-tests its own features (real twin-town pairs)', () => {
	it('points: a French point selects the records it counts, a partner point its links', () => {
		const f = data.french.features.find((x) => x.properties.records > 1)!;
		expect(selected(pointsLayer.click(hit('french-points', f)))).toHaveLength(f.properties.records);
		const p = data.partners.features.find((x) => x.properties.records > 0)!;
		expect(selected(pointsLayer.click(hit('partner-points', p)))).toHaveLength(p.properties.records);
		expect(tooltipFor(hit('french-points', f), 'fr').lines).toContain(`${f.properties.records} fiches`);
	});

	it('arcs: an arc (or its highlighted copy) selects the records of its pair', () => {
		const a = data.arcs.features.find((x) => x.properties.count >= 1)!;
		expect(selected(arcsLayer.click(hit('arcs', a)))).toHaveLength(a.properties.count);
		expect(selectionLayer.click(hit('arcs-selected', a))).toEqual(arcsLayer.click(hit('arcs', a)));
		expect(tooltipFor(hit('arcs', { properties: { ...a.properties, count: 1 } }), 'en').lines).toEqual(['1 record']);
	});

	it('flows: a flow selects its country; a bubble zooms in on its point instead of selecting', () => {
		const flow = flows.flows.features.find((x) => !isUnknownKey(String(x.properties.country)))!;
		const action = flowsLayer.click(hit('flows', flow));
		expect(action).toEqual({ select: { kind: 'country', iso: flow.properties.country } });
		expect(selected(action)!.length).toBeGreaterThanOrEqual(flow.properties.count);
		const bubble = flows.countryBubbles.features[0];
		expect(flowsLayer.click(hit('country-bubbles', bubble))).toEqual({ zoomTo: bubble.geometry.coordinates });
	});

	it('choropleth: a country selects its records and says its links, worded by count', () => {
		const de = { properties: { iso: 'DE' } };
		expect(choroplethLayer.click(hit('countries-fill', de))).toEqual({ select: { kind: 'country', iso: 'DE' } });
		const links = flows.byCountry.get('DE')!;
		expect(tooltipFor(hit('countries-fill', de), { lang: 'fr', countryLinks: (iso) => flows.byCountry.get(iso) ?? 0 })).toEqual({ title: 'Allemagne', lines: [`${links.toLocaleString('fr-FR')} liens`] });
		expect(tooltipFor(hit('countries-fill', { properties: { iso: 'RW' } }), { lang: 'en', countryLinks: () => 1 }).lines).toEqual(['1 link']);
	});

	it('selection: a ring means the point under it', () => {
		const f = data.french.features[0];
		expect(selectionLayer.click(hit('french-selected', f))).toEqual(pointsLayer.click(hit('french-points', f)));
		const p = data.partners.features[0];
		expect(selectionLayer.click(hit('partner-selected', p))).toEqual(pointsLayer.click(hit('partner-points', p)));
	});
});

describe('modules update only their own layers', () => {
	const calls: string[] = [];
	const map = {
		getSource: () => undefined,
		setPaintProperty: (id: string) => void calls.push(`paint ${id}`),
		setLayoutProperty: (id: string) => void calls.push(`layout ${id}`),
		setFilter: (id: string) => void calls.push(`filter ${id}`),
		setLayerZoomRange: (id: string) => void calls.push(`zoom ${id}`)
	} as unknown as MapSurface;
	it('selection sets the filters of its four layers; the choropleth paints the land once', () => {
		calls.length = 0;
		updateSelection(map, { kind: 'country', iso: 'SN' });
		expect(calls.sort()).toEqual(['filter arcs-selected', 'filter countries-selected', 'filter french-selected', 'filter partner-selected']);
		calls.length = 0;
		updateChoropleth(map, { mode: 'choropleth', byCountry: flows.byCountry, breaks: [1, 10, 100] });
		expect(calls).toEqual(['paint countries-fill']);
	});
});
