/**
 * What the /donnees page says of each embedded dataset: coverage (years, themes, source pages),
 * how precisely partners are placed, duplicates recognised, corrections applied (rows of
 * data/row-overrides.csv and data/places-overrides.csv) and the oldest and newest check dates.
 * Pure: the page's server load reads the files and passes their rows.
 */
import { PRECISIONS, type Atlas, type Precision } from './model';
import { httpUrl } from './http-url';

/** A row of data/row-overrides.csv (file, line, source_url, note…). */
export interface RowOverride {
	file: string;
	line: string;
	source_url?: string;
	note?: string;
}

/** A row of data/places-overrides.csv (name, country, lat, lon, source_url). */
export interface PlaceOverride {
	name: string;
	country: string;
	source_url?: string;
}

export interface Correction {
	/** "twin-towns-france.csv, line 14" or the place's name and country. */
	file: string;
	line: number | null;
	name: string | null;
	url: string | null;
	note: string | null;
}

export interface DatasetCoverage {
	id: string;
	title: string;
	licence: string;
	sourceUrl: string | null;
	date: string;
	records: number;
	figures: number;
	years: { min: number; max: number } | null;
	withoutYear: number;
	/** Themes by number of records, most frequent first. */
	themes: { theme: string; count: number }[];
	/** Distinct source pages cited by the rows. */
	sourcePages: number;
	/** Partners by placement precision. */
	precision: Record<Precision, number>;
	/** Records stating a link already stated (duplicateOf), partners that are a name variant (aliasOf). */
	duplicates: number;
	aliases: number;
	rowCorrections: Correction[];
	/** Places of data/places-overrides.csv used to place this dataset's partners. */
	placeCorrections: (Correction & { partners: number })[];
	checked: { oldest: string | null; newest: string | null; missing: number };
}

export function datasetCoverage(atlas: Atlas, rowOverrides: readonly RowOverride[], placeOverrides: readonly PlaceOverride[]): DatasetCoverage[] {
	return atlas.datasets.map((d) => {
		const records = atlas.records.filter((r) => r.source.dataset === d.id);
		const figures = atlas.figures.filter((f) => f.dataset === d.id);
		const files = new Set(records.map((r) => r.source.file));
		const years = records.map((r) => r.year).filter((y): y is number => y !== null);
		const themes = new Map<string, number>();
		for (const r of records) for (const th of new Set(r.themes)) themes.set(th, (themes.get(th) ?? 0) + 1);
		const precision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
		let aliases = 0;
		const placeUse = new Map<PlaceOverride, number>();
		for (const r of records) {
			for (const p of r.partners) {
				precision[p.precision]++;
				if (p.aliasOf) aliases++;
				const o = p.precision === 'city' ? placeOverrides.find((o) => o.name === p.matchedPlace && o.country === p.country) : undefined;
				if (o) placeUse.set(o, (placeUse.get(o) ?? 0) + 1);
			}
		}
		const dates = [...records.map((r) => r.source.checked), ...figures.map((f) => f.checked)];
		const known = dates.filter((x): x is string => !!x).sort();
		const pages = new Set([...records.map((r) => r.source.url), ...figures.map((f) => f.sourceUrl)].filter((u): u is string => !!httpUrl(u)));
		return {
			id: d.id,
			title: d.title,
			licence: d.licence,
			sourceUrl: httpUrl(d.sourceUrl),
			date: d.date,
			records: records.length,
			figures: figures.length,
			years: years.length ? { min: Math.min(...years), max: Math.max(...years) } : null,
			withoutYear: records.length - years.length,
			themes: [...themes].map(([theme, count]) => ({ theme, count })).sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme, 'fr')),
			sourcePages: pages.size,
			precision,
			duplicates: records.filter((r) => r.duplicateOf).length,
			aliases,
			rowCorrections: rowOverrides
				.filter((o) => files.has(o.file))
				.map((o) => ({ file: o.file, line: Number(o.line) || null, name: null, url: httpUrl(o.source_url), note: o.note?.trim() || null })),
			placeCorrections: [...placeUse].map(([o, partners]) => ({
				file: 'places-overrides.csv',
				line: null,
				name: `${o.name} (${o.country})`,
				url: httpUrl(o.source_url),
				note: null,
				partners
			})),
			checked: { oldest: known[0] ?? null, newest: known[known.length - 1] ?? null, missing: dates.length - known.length }
		};
	});
}
