// Summaries of a set of durations. Policy: the median leads, p90 shows the tail, the mean is shown
// only beside them (incident durations are heavy-tailed, so a mean alone misleads), and n is always
// given so a reader can judge how much the figures say.
//
// Quantiles use one definition everywhere: Hyndman & Fan type 7, linear interpolation between the
// two nearest order statistics (the default of R, NumPy and d3-array). For sorted x of length n,
// position h = (n − 1)·q; the quantile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).

/** Below this many values a figure is flagged as not reliable. */
export const SMALL_SAMPLE = 5;

/** Said in words next to any figure that stands on fewer than SMALL_SAMPLE drills. */
export const SMALL_SAMPLE_TEXT = `Fewer than ${SMALL_SAMPLE} drills: not reliable`;

export interface Summary {
  readonly n: number;
  readonly median: number | undefined;
  readonly p90: number | undefined;
  readonly mean: number | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** n < SMALL_SAMPLE. */
  readonly smallSample: boolean;
}

/** How figures are computed, in the app's words: shown next to every summary. */
export const QUANTILE_NOTE =
  'Median and p90 use linear interpolation between the two nearest values (Hyndman & Fan type 7, as in R and NumPy). The mean is shown beside them, never alone: a few long drills pull it far from the typical one.';

/**
 * The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending; undefined when empty. Any
 * array-like works, so sorted typed arrays are read without copying them back to an array.
 */
export function quantile(sortedValues: ArrayLike<number>, q: number): number | undefined {
  const n = sortedValues.length;
  if (n === 0 || Number.isNaN(q)) return undefined;
  const clamped = Math.min(1, Math.max(0, q));
  const h = (n - 1) * clamped;
  const lowIndex = Math.floor(h);
  const low = sortedValues[lowIndex] as number;
  const high = sortedValues[Math.min(lowIndex + 1, n - 1)] as number;
  return low + (h - lowIndex) * (high - low);
}

/** An ascending copy; the input is left as it was. */
export function sortedCopy(values: readonly number[]): number[] {
  return Array.from(sortedTyped(values));
}

/** An ascending typed copy: sorts numerically (Array#sort compares as text) and fast. */
export function sortedTyped(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

export function median(values: readonly number[]): number | undefined {
  return quantile(sortedTyped(values), 0.5);
}

export function summarise(values: readonly number[]): Summary {
  const sorted = sortedTyped(values);
  const n = sorted.length;
  let total = 0;
  for (const value of sorted) total += value;
  return {
    n,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    mean: n === 0 ? undefined : total / n,
    min: sorted[0],
    max: sorted[n - 1],
    smallSample: n < SMALL_SAMPLE,
  };
}
