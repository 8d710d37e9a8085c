// Summary statistics for the benchmark. Nearest-rank percentiles: with 30 steps the p95
// is the second-largest step, a value that actually occurred.

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1]!;
}

/** The median; the mean of the two middle values for an even count. NaN values are ignored. */
export function median(values: readonly number[]): number {
  const present = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (present.length === 0) return Number.NaN;
  const middle = present.length >> 1;
  return present.length % 2 === 1 ? present[middle]! : (present[middle - 1]! + present[middle]!) / 2;
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => Math.max(a, b), -Infinity);
}
