/**
 * The filtered records as GeoJSON: a Point for each French collectivité and partner with
 * coordinates, and a LineString from each French side to each partner, each carrying the record's
 * properties. Places without coordinates are left out of the geometry (still in the CSV).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CoopRecord } from '$lib/data/model';

type Props = Record<string, string | number | null>;

function recordProps(r: CoopRecord): Props {
	return {
		record: r.id,
		title: r.title,
		year: r.year,
		yearEnd: r.yearEnd,
		linkType: r.linkType,
		call: r.call?.name ?? null,
		themes: r.themes.join(' | ') || null,
		dataset: r.source.dataset,
		sourceUrl: r.source.url,
		licence: r.source.licence
	};
}

const has = (lon: number | null, lat: number | null): boolean =>
	lon != null && lat != null && Number.isFinite(lon) && Number.isFinite(lat);

export function recordsGeoJson(records: readonly CoopRecord[]): FeatureCollection<Geometry, Props> {
	const features: Feature<Geometry, Props>[] = [];
	for (const r of records) {
		const base = recordProps(r);
		for (const f of r.french) {
			if (!has(f.lon, f.lat)) continue;
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [f.lon!, f.lat!] },
				properties: { ...base, role: 'french', name: f.name, code: f.code, kind: f.kind, region: f.regionName ?? f.region }
			});
		}
		for (const p of r.partners) {
			if (!has(p.lon, p.lat)) continue;
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [p.lon!, p.lat!] },
				properties: { ...base, role: 'partner', name: p.name, country: p.country, precision: p.precision }
			});
			for (const f of r.french) {
				if (!has(f.lon, f.lat)) continue;
				features.push({
					type: 'Feature',
					geometry: { type: 'LineString', coordinates: [[f.lon!, f.lat!], [p.lon!, p.lat!]] },
					properties: {
						...base,
						role: 'link',
						french: f.name,
						frenchCode: f.code,
						partner: p.name,
						country: p.country,
						precision: p.precision
					}
				});
			}
		}
	}
	return { type: 'FeatureCollection', features };
}
