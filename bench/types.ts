/** What a bench/*.bench.ts module exports by default: a function returning measured rows. bench/run.ts prints them. */
export interface BenchRow {
	name: string;
	/** Measured value (median unless the name says otherwise). */
	value: number;
	unit: string;
	/** Budget in the same unit; a value above it fails `npm run bench`. */
	budget?: number;
	note?: string;
}
export type Bench = () => Promise<BenchRow[]>;

/** Median of the values. */
export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
