/**
 * The indexed paths (chart counts on the index's ids, map points/pairs/flows on map-index.ts's ids)
 * against the obvious record-by-record definitions: the same bars, labels and order, the same
 * features, properties and order. The references below are the pre-index implementations, kept here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Feature, Point, Position } from 'geojson';
import { isFrenchCountry, type CoopRecord } from '../../src/lib/data/model';
import { countByCountry, countByLinkType, countByRegion, countByTheme, countByYear, keyFigures, topN, OTHERS, UNKNOWN, type Count } from '../../src/lib/data/aggregate';
import { buildIndex, filterPositions, frenchKey, partnerKey, recordSet, recordsOf, type Query, type RecordSet } from '../../src/lib/data/query';
import { partnerCountryTest, partnersUnder, type ContinentOf } from '../../src/lib/data/partners';
import { REGION_NAMES } from '../../src/lib/data/regions';
import { syntheticAtlas, syntheticContinent } from './helpers/synthetic';
import { emptyFilters, toQuery, type Filters } from '../../src/lib/state/filters';
import { buildMapData, collection, isApproximate, type ArcProps, type FrenchPointProps, type MapData, type PartnerPointProps } from '../../src/lib/map/geojson';
import { NONE } from '../../src/lib/data/model';
import { buildFlows, noRegionKey, type BasemapLabels, type Flows, type FlowProps, type BubbleProps } from '../../src/lib/map/aggregate-flows';
import { greatCircle } from '../../src/lib/map/geojson';
import { countryName, knownCountryName } from '../../src/lib/i18n/labels';
import { atlas, french, hasAtlas, partner, record, twinTownRecords } from './helpers/map-records';

const labels = JSON.parse(readFileSync('static/basemap/labels.json', 'utf8')) as BasemapLabels;

/** Awkward shapes: same key with other names/coordinates, unplaced sides, empty theme, no partner, no French, duplicate slots. */
function awkward(): CoopRecord[] {
	const castres = french('Castres', 2.24, 43.6, { code: '81065', region: '76', regionName: 'Occitanie' });
	const castres2 = french('CASTRES', 2.25, 43.61, { code: '81065', region: '76', regionName: 'Occitanie' });
	const nowhere = french('Nulle-part', null, null);
	const lyon = french('Lyon', 4.83, 45.76, { code: '69123', region: '84', regionName: 'Auvergne-Rhône-Alpes' });
	const bethleem = partner('Bethléem', 'Palestine, State of', 35.2, 31.7, 'country');
	const bethleem2 = partner('Bethleem', 'Palestine, State of', 35.21, 31.71, 'city');
	const unknown = partner('Inconnue', 'Narnia', null, null, 'unresolved');
	const rs = [
		record('x:2', [nowhere, castres], [bethleem, unknown]),
		record('x:3', [castres2], [bethleem2, bethleem2]),
		record('x:4', [castres, castres], [bethleem]),
		record('x:5', [], [bethleem]),
		record('x:6', [lyon], []),
		record('x:7', [lyon, castres2], [unknown, bethleem2, partner('Kharas', 'Namibia', 18.0, -26.8, 'region')])
	];
	rs[0].themes = ['', 'culture'];
	rs[1].themes = [''];
	rs[2].themes = ['culture', 'eau'];
	rs[3].year = 2020;
	rs[4].year = 2024;
	rs[5].linkType = 'laureat_aap';
	return rs;
}

const synthetic = syntheticAtlas(11, 20_000).records as CoopRecord[];
const sets: [string, () => CoopRecord[], (iso: string) => string | null][] = [
	['awkward records', awkward, () => null],
	['real twin towns', twinTownRecords, () => null],
	['20k synthetic links', () => synthetic, syntheticContinent]
];
if (hasAtlas) sets.push(['the built atlas', () => atlas().records, () => null]);

const FILTERS: Partial<Filters>[] = [
	{},
	{ countries: ['SN', 'DE', 'PS'] },
	{ regions: ['76'] },
	{ themes: ['culture'] },
	{ yearMin: 2010, yearMax: 2020 },
	{ linkTypes: ['jumelage'] },
	{ countries: ['none'] },
	{ continents: ['AF'] },
	{ continents: ['EU', 'none'], countries: ['DE', 'SN', 'none'] },
	{ q: 'bethleem' }
];

describe.each(sets)('counts on a RecordSet = record-by-record counts: %s', (_name, load, continentOf) => {
	const records = load();
	const index = buildIndex(records, continentOf);
	it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s', (_f, patch) => {
		const query = toQuery({ ...emptyFilters(), ...patch });
		// the filtered set of the whole dataset's index, as the dashboard has it
		const filtered: RecordSet = { index, positions: filterPositions(index, query) };
		const shown = recordsOf(filtered);
		// the same records as a plain array, made a set of its own (its own index)
		const plain = recordSet([...shown], continentOf);
		expect(plain.index).not.toBe(index);
		for (const set of [filtered, plain]) {
			expect(countByCountry(set, 15)).toEqual(naive.country(shown, 15, {}, index.continentOf));
			expect(countByCountry(set, 1000)).toEqual(naive.country(shown, 1000, {}, index.continentOf));
			// under the query: only the partners a country / continent filter is about
			expect(countByCountry(set, 1000, patch)).toEqual(naive.country(shown, 1000, patch, index.continentOf));
			expect(countByTheme(set)).toEqual(naive.theme(shown, 15));
			expect(countByTheme(set, 1000)).toEqual(naive.theme(shown, 1000));
			expect(countByRegion(set)).toEqual(naive.region(shown));
			expect(countByLinkType(set)).toEqual(naive.linkType(shown));
			expect(countByYear(set)).toEqual(naive.year(shown));
			expect(keyFigures(set, patch)).toEqual(naive.keyFigures(shown, patch, index.continentOf));
		}
	});
});

type Add = (key: string, label: string | null) => void;

/** The record-by-record definitions of the chart counts (a Map per chart, a record counts once per bar). */
function tally(records: readonly CoopRecord[], visit: (r: CoopRecord, add: Add) => void, countUnmatched = true): Count[] {
	const counts = new Map<string, Count>();
	for (const r of records) {
		const seen = new Set<string>();
		const add: Add = (key, label) => {
			if (seen.has(key)) return;
			seen.add(key);
			const c = counts.get(key);
			if (c) c.count++;
			else counts.set(key, { key, label, count: 1 });
		};
		visit(r, add);
		if (!seen.size && countUnmatched) add(UNKNOWN, null);
	}
	return [...counts.values()];
}

const byCount = (a: Count, b: Count) => {
	const sa = a.key === UNKNOWN || a.key === OTHERS ? 1 : 0;
	const sb = b.key === UNKNOWN || b.key === OTHERS ? 1 : 0;
	return sa - sb || b.count - a.count || (a.label ?? a.key).localeCompare(b.label ?? b.key, 'fr');
};

const naive = {
	country(records: readonly CoopRecord[], top: number, query: Query, continentOf: ContinentOf): Count[] {
		const test = partnerCountryTest(query, continentOf);
		const all = tally(
			records,
			(r, add) => {
				for (const p of partnersUnder(r, query, continentOf)) add(p.country ?? UNKNOWN, null);
				// A record without partners stands for "country unknown" in the filters (query.ts buildIndex).
				if (r.partners.length === 0 && test?.(null)) add(UNKNOWN, null);
			},
			!test
		);
		return topN(all, top);
	},
	theme(records: readonly CoopRecord[], top: number): Count[] {
		return topN(tally(records, (r, add) => {
			for (const theme of r.themes) if (theme) add(theme, theme);
		}), top);
	},
	region(records: readonly CoopRecord[]): Count[] {
		return tally(records, (r, add) => {
			for (const f of r.french) {
				if (f.region) add(f.region, REGION_NAMES[f.region] ?? f.regionName ?? f.region);
				else add(UNKNOWN, null);
			}
		}).sort(byCount);
	},
	linkType(records: readonly CoopRecord[]): Count[] {
		return tally(records, (r, add) => add(r.linkType, r.linkType)).sort(byCount);
	},
	year(records: readonly CoopRecord[]): Count[] {
		const all = tally(records, (r, add) => {
			if (r.year != null) add(String(r.year), null);
		});
		const years = all.filter((c) => c.key !== UNKNOWN).map((c) => Number(c.key));
		const out: Count[] = [];
		if (years.length) for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ key: String(y), label: String(y), count: all.find((c) => c.key === String(y))?.count ?? 0 });
		const unknown = all.find((c) => c.key === UNKNOWN);
		if (unknown) out.push(unknown);
		return out;
	},
	keyFigures(records: readonly CoopRecord[], query: Query, continentOf: ContinentOf) {
		const french = new Set<string>();
		const partners = new Set<string>();
		const countries = new Set<string>();
		const shown = new Set(records.map((r) => r.id));
		let links = 0;
		for (const r of records) {
			if (!(r.duplicateOf && shown.has(r.duplicateOf))) links++;
			for (const f of r.french) french.add(frenchKey(f));
			for (const p of partnersUnder(r, query, continentOf)) {
				partners.add(partnerKey(p));
				if (p.country) countries.add(p.country);
			}
		}
		return { records: records.length, links, french: french.size, partners: partners.size, countries: countries.size };
	}
};

describe.each(sets)('indexed map data and flows = record-by-record definitions: %s', (_name, load, continentOf) => {
	const records = load();
	const index = buildIndex(records, continentOf);
	it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s', (_f, patch) => {
		const filtered: RecordSet = { index, positions: filterPositions(index, toQuery({ ...emptyFilters(), ...patch })) };
		const shown = recordsOf(filtered);
		for (const lang of ['fr', 'en'] as const) {
			const want = naiveMapData(shown, lang);
			// the shared arc cache, as the app uses it: arcs are keyed by their ends' coordinates
			for (const got of [buildMapData(filtered, lang), buildMapData(recordSet([...shown]), lang)]) {
				expect(got.french).toEqual(want.french);
				expect(got.partners).toEqual(want.partners);
				expect(got.pairs).toEqual(want.pairs);
				expect(got.pairCount).toBe(want.pairs.length);
				expect([got.links, got.unplaced]).toEqual([want.links, want.unplaced]);
				const arcs = got.arcs.features;
				expect(arcs.map((a) => a.properties)).toEqual(want.pairs);
				for (let i = 0; i < arcs.length; i += Math.max(1, Math.floor(arcs.length / 50)))
					expect(arcs[i].geometry.coordinates).toEqual(greatCircle(want.ends[i][0], want.ends[i][1]));
				expect(buildFlows(got, labels, lang)).toEqual(naiveFlows(want, labels, lang));
			}
		}
	});
});

function pointFeature<P>(pos: Position, props: P): Feature<Point, P> {
	return { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: pos } };
}

interface RecordKeys {
	french: string[];
	partners: string[];
	/** `${frenchKey}>${partnerKey}`, French-major. */
	pairs: string[];
}


function keysOf(r: CoopRecord): RecordKeys {
	const french = r.french.map(frenchKey);
	const partners = r.partners.map(partnerKey);
	return { french, partners, pairs: french.flatMap((fk) => partners.map((pk) => `${fk}>${pk}`)) };
}

function hasCoords(o: { lon: number | null; lat: number | null }): o is { lon: number; lat: number } {
	return o.lon !== null && o.lat !== null && Number.isFinite(o.lon) && Number.isFinite(o.lat);
}

/** Builds the three collections from already-filtered records. `lang` picks country names. */
function naiveMapData(records: readonly CoopRecord[], lang: 'fr' | 'en' = 'fr') {
	const french = new Map<string, { props: FrenchPointProps; pos: Position; lastRecord: number }>();
	const partners = new Map<string, { props: PartnerPointProps; pos: Position; lastRecord: number }>();
	const arcs = new Map<string, { props: ArcProps; a: Position; b: Position; lastRecord: number }>();
	let links = 0;
	let unplaced = 0;

	for (let ri = 0; ri < records.length; ri++) {
		const r = records[ri];
		const keys = keysOf(r);
		for (let fi = 0; fi < r.french.length; fi++) {
			const f = r.french[fi];
			const fk = keys.french[fi];
			const placedF = hasCoords(f);
			let fp = french.get(fk);
			if (!fp && placedF) {
				fp = {
					props: { key: fk, name: f.officialName ?? f.name, kind: f.kind, region: f.region, regionName: f.regionName, links: 0, records: 0 },
					pos: [f.lon!, f.lat!],
					lastRecord: -1
				};
				french.set(fk, fp);
			}
			if (fp && fp.lastRecord !== ri) {
				fp.props.records++;
				fp.lastRecord = ri;
			}
			for (let pi = 0; pi < r.partners.length; pi++) {
				const p = r.partners[pi];
				if (!placedF || !hasCoords(p)) {
					unplaced++;
					continue;
				}
				links++;
				const pk = keys.partners[pi];
				let pp = partners.get(pk);
				if (!pp) {
					pp = {
						props: {
							key: pk,
							name: p.name,
							country: p.country,
							countryName: p.country ? countryName(p.country, lang, p) : null,
							precision: p.precision,
							approx: isApproximate(p.precision) ? 1 : 0,
							domestic: p.domestic ? 1 : 0,
							links: 0,
							records: 0
						},
						pos: [p.lon!, p.lat!],
						lastRecord: -1
					};
					partners.set(pk, pp);
				}
				pp.props.links++;
				if (pp.lastRecord !== ri) {
					pp.props.records++;
					pp.lastRecord = ri;
				}
				fp!.props.links++;
				const ak = keys.pairs[fi * r.partners.length + pi];
				let arc = arcs.get(ak);
				if (!arc) {
					arc = {
						props: {
							from: fk,
							to: pk,
							fromName: fp!.props.name,
							toName: p.name,
							country: p.country,
							region: f.region,
							approx: pp.props.approx,
							count: 0
						},
						a: fp!.pos,
						b: pp.pos,
						lastRecord: -1
					};
					arcs.set(ak, arc);
				}
				if (arc.lastRecord !== ri) {
					arc.props.count++;
					arc.lastRecord = ri;
				}
			}
		}
	}

	return {
		french: collection([...french.values()].map((v) => pointFeature(v.pos, v.props))),
		partners: collection([...partners.values()].map((v) => pointFeature(v.pos, v.props))),
		pairs: [...arcs.values()].map((v) => v.props),
		ends: [...arcs.values()].map((v) => [v.a, v.b]),
		links,
		unplaced
	};
}
interface Acc {
	sumLon: number;
	sumLat: number;
	n: number;
	links: number;
	places: number;
	name: string;
}

function acc(map: Map<string, Acc>, key: string, name: string, pos: Position, links: number): void {
	const a = map.get(key) ?? { sumLon: 0, sumLat: 0, n: 0, links: 0, places: 0, name };
	a.sumLon += pos[0];
	a.sumLat += pos[1];
	a.n++;
	a.places++;
	a.links += links;
	map.set(key, a);
}

function naiveFlows(data: Pick<MapData, 'french' | 'partners' | 'pairs'>, labels: BasemapLabels, lang: 'fr' | 'en' = 'fr'): Flows {
	const regionLabel = new Map(labels.regions.map((r) => [r.code, r]));
	const countryLabel = new Map(labels.countries.filter((c) => c.iso).map((c) => [c.iso, c]));

	const regions = new Map<string, Acc>();
	const regionOf = new Map<string, string>();
	for (const f of data.french.features) {
		const p = f.properties;
		const key = p.region ?? noRegionKey(f.geometry.coordinates);
		regionOf.set(p.key, key);
		acc(regions, key, p.regionName ?? '', f.geometry.coordinates, p.links);
	}
	const countries = new Map<string, Acc>();
	for (const f of data.partners.features) {
		const p = f.properties;
		acc(countries, p.country ?? NONE, p.countryName ?? '', f.geometry.coordinates, p.links);
	}

	const regionPos = (code: string): Position => {
		const l = regionLabel.get(code);
		if (l) return [l.lon, l.lat];
		const a = regions.get(code)!;
		return [a.sumLon / a.n, a.sumLat / a.n];
	};
	const countryPos = (iso: string): Position => {
		const l = countryLabel.get(iso);
		const a = countries.get(iso)!;
		// A country label far from every partner (overseas territories of a country) would mislead: use the partners' mean.
		const mean: Position = [a.sumLon / a.n, a.sumLat / a.n];
		if (!l) return mean;
		return Math.abs(l.lon - mean[0]) + Math.abs(l.lat - mean[1]) > 60 ? mean : [l.lon, l.lat];
	};
	const flowCountryName = (iso: string, fallback: string) => {
		const l = countryLabel.get(iso);
		return knownCountryName(iso, lang) ?? (l ? (lang === 'fr' ? l.fr : l.en) : fallback);
	};

	const flowMap = new Map<string, FlowProps>();
	const byCountry = new Map<string, number>();
	const frenchRegion = new Map(data.french.features.map((f) => [f.properties.key, f.properties]));
	for (const a of data.pairs) {
		const region = regionOf.get(a.from) ?? NONE;
		const country = a.country ?? NONE;
		const k = `${region}>${country}`;
		let flow = flowMap.get(k);
		if (!flow) {
			flow = {
				region,
				regionName: regions.get(region)?.name || frenchRegion.get(a.from)?.regionName || '',
				country,
				countryName: flowCountryName(country, countries.get(country)?.name ?? ''),
				count: 0,
				pairs: 0
			};
			flowMap.set(k, flow);
		}
		flow.count += a.count;
		flow.pairs++;
		if (!isFrenchCountry(country)) byCountry.set(country, (byCountry.get(country) ?? 0) + a.count);
	}

	const flows = [...flowMap.values()]
		.sort((x, y) => x.count - y.count) // biggest drawn last, on top
		.map((p) => ({
			type: 'Feature' as const,
			properties: p,
			geometry: { type: 'LineString' as const, coordinates: greatCircle(regionPos(p.region), countryPos(p.country)) }
		}));
	const bubbles = (m: Map<string, Acc>, side: 'french' | 'partner', pos: (k: string) => Position) =>
		collection(
			[...m.entries()]
				.sort((x, y) => y[1].links - x[1].links) // biggest first, drawn below the small ones
				.map(([key, a]) => ({
					type: 'Feature' as const,
					properties: { key, side, name: side === 'partner' ? flowCountryName(key, a.name) : a.name, links: a.links, places: a.places },
					geometry: { type: 'Point' as const, coordinates: pos(key) }
				}))
		);
	return {
		flows: collection(flows),
		regionBubbles: bubbles(regions, 'french', regionPos),
		countryBubbles: bubbles(countries, 'partner', countryPos),
		byCountry
	};
}

