// Could two groups of drills have the same typical recovery time? A percentile bootstrap of the
// difference of medians (b − a) answers with an interval instead of a yes/no: resample each group
// with replacement, take the difference of the resampled medians, repeat, and keep the middle 95 %.
// If that interval contains 0 the data cannot tell the groups apart.
//
// The generator is seeded with a fixed default, so the same data always gives the same interval:
// a report printed twice says the same thing.
import { createRandom, type Random } from '../random';
import { quantile, sortedCopy } from './summary';

export interface MedianDifference {
  /** median(b) − median(a) of the data itself. */
  readonly difference: number | undefined;
  readonly low: number | undefined;
  readonly high: number | undefined;
  readonly confidence: 0.95;
  readonly resamples: number;
  /** The interval excludes 0. */
  readonly distinguishable: boolean;
  /** Either group is below MIN_GROUP: no interval is computed. */
  readonly tooFew: boolean;
}

export const DEFAULT_SEED = 20_240_611;
export const DEFAULT_RESAMPLES = 2000;
/** Below this many values in a group a bootstrap interval is meaningless. */
export const MIN_GROUP = 3;

export function bootstrapMedianDifference(
  a: readonly number[],
  b: readonly number[],
  options: { seed?: number; resamples?: number } = {},
): MedianDifference {
  const resamples = Math.max(1, Math.floor(options.resamples ?? DEFAULT_RESAMPLES));
  const sortedA = sortedCopy(a);
  const sortedB = sortedCopy(b);
  const medianA = quantile(sortedA, 0.5);
  const medianB = quantile(sortedB, 0.5);
  const difference = medianA === undefined || medianB === undefined ? undefined : medianB - medianA;
  const base = { difference, confidence: 0.95 as const, resamples };
  if (sortedA.length < MIN_GROUP || sortedB.length < MIN_GROUP) {
    return { ...base, low: undefined, high: undefined, distinguishable: false, tooFew: true };
  }
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const streamA = random.fork('a');
  const streamB = random.fork('b');
  const differences = new Float64Array(resamples);
  for (let i = 0; i < resamples; i++) {
    differences[i] = resampledMedian(sortedB, streamB) - resampledMedian(sortedA, streamA);
  }
  const sortedDifferences = Array.from(differences.sort());
  const low = quantile(sortedDifferences, 0.025) as number;
  const high = quantile(sortedDifferences, 0.975) as number;
  return { ...base, low, high, distinguishable: low > 0 || high < 0, tooFew: false };
}

/**
 * The median of one resample of `sorted` (n values drawn with replacement), drawn directly.
 *
 * Drawing an index uniformly is flooring n·U for a uniform U, and flooring keeps order, so the
 * k-th smallest index of the resample is ⌊n·U₍ₖ₎⌋, where U₍ₖ₎ is the k-th smallest of n uniforms:
 * a Beta(k, n − k + 1) variable. The next order statistic is U₍ₖ₎ plus the minimum of the n − k
 * uniforms above it. This gives exactly the distribution of resampling n values and taking their
 * median, at a cost that does not grow with n (the screen compares periods of thousands of drills).
 */
function resampledMedian(sorted: readonly number[], random: Random): number {
  const n = sorted.length;
  const k = Math.floor((n + 1) / 2); // 1-based rank of the (lower) middle value
  const low = betaVariate(k, n - k + 1, random);
  const at = (u: number) => sorted[Math.min(n - 1, Math.floor(n * u))] as number;
  if (n % 2 === 1) return at(low);
  const next = low + (1 - low) * (1 - Math.pow(1 - random.float(), 1 / (n - k)));
  return (at(low) + at(next)) / 2;
}

function betaVariate(a: number, b: number, random: Random): number {
  const x = gammaVariate(a, random);
  const y = gammaVariate(b, random);
  return x / (x + y);
}

/** Marsaglia & Tsang's method, for shape ≥ 1 (every shape used here is a whole number ≥ 1). */
function gammaVariate(shape: number, random: Random): number {
  // Below 1 the method below never accepts: fail loudly instead of looping.
  if (!(shape >= 1)) throw new RangeError(`gamma shape ${shape} is below 1`);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalVariate(random);
    const v = Math.pow(1 + c * x, 3);
    if (v <= 0) continue;
    const u = 1 - random.float(); // in (0, 1]: log(u) is finite
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Box–Muller: a standard normal from two uniforms. */
function normalVariate(random: Random): number {
  const u = 1 - random.float();
  const v = random.float();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
