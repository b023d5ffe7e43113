/**
 * What the dashboard recomputes for one filter change or year-player step, after the filter itself:
 * the chart counts (ChartsView: the four charts, the région choropleth, link types) and the map's
 * data (AtlasMap: GeoJSON, flows, zoom split, choropleth breaks, legend). Shared by the filter and
 * player benches so that both time the same work as the app.
 */
import type { Query, RecordSet } from '../../src/lib/data/query';
import { countByCountry, countByLinkType, countByRegion, countByTheme, countByYear } from '../../src/lib/data/aggregate';
import { buildMapData, maxLinks, type ArcCache } from '../../src/lib/map/geojson';
import { buildFlows, detailZoom, maxBubbleLinks, topFlows, type BasemapLabels } from '../../src/lib/map/aggregate-flows';
import { choroplethBreaks } from '../../src/lib/map/style';

export function chartCounts(links: RecordSet, query: Query): void {
	countByCountry(links, 15, query);
	countByTheme(links);
	countByRegion(links);
	countByRegion(links); // RegionChart's choropleth
	countByYear(links);
	countByLinkType(links);
}

export function mapWork(links: RecordSet, labels: BasemapLabels, arcCache?: ArcCache, partnerTest: ((iso: string | null) => boolean) | null = null): void {
	const data = arcCache ? buildMapData(links, 'fr', arcCache, partnerTest) : buildMapData(links, 'fr', undefined, partnerTest);
	const flows = buildFlows(data, labels, 'fr');
	detailZoom(data.pairCount);
	choroplethBreaks(flows.byCountry.values());
	maxLinks(data);
	maxBubbleLinks(flows);
	topFlows(flows);
}
