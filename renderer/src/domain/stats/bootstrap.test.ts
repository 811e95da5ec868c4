import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { bootstrapMedianDifference, MIN_GROUP } from './bootstrap';
import { median, quantile, sortedCopy } from './summary';

const spread = (base: number, n: number) =>
  Array.from({ length: n }, (_, i) => base + ((i * 7) % 11));

describe('bootstrapMedianDifference', () => {
  it('gives the same interval every time for the same data', () => {
    const a = spread(20, 15);
    const b = spread(25, 12);
    expect(bootstrapMedianDifference(a, b)).toEqual(bootstrapMedianDifference(a, b));
    expect(bootstrapMedianDifference(a, b, { seed: 9 })).toEqual(
      bootstrapMedianDifference(a, b, { seed: 9 }),
    );
  });

  it('gives the same result whatever order the values come in', () => {
    const a = spread(20, 15);
    const b = spread(25, 12);
    expect(bootstrapMedianDifference([...a].reverse(), b)).toEqual(bootstrapMedianDifference(a, b));
  });

  it('may give a different interval with another seed, around the same difference', () => {
    const a = [3, 8, 14, 20, 21, 35, 40, 52, 60, 75, 90];
    const b = [5, 9, 12, 30, 33, 41, 47, 58, 66, 80, 99];
    const one = bootstrapMedianDifference(a, b, { seed: 1 });
    const other = bootstrapMedianDifference(a, b, { seed: 2 });
    expect(one.difference).toBe(other.difference);
    expect([one.low, one.high]).not.toEqual([other.low, other.high]);
  });

  it('cannot tell identical groups apart: the interval contains 0', () => {
    const a = spread(30, 20);
    const result = bootstrapMedianDifference(a, [...a]);
    expect(result.difference).toBe(0);
    expect(result.low).toBeLessThanOrEqual(0);
    expect(result.high).toBeGreaterThanOrEqual(0);
    expect(result.distinguishable).toBe(false);
    expect(result.tooFew).toBe(false);
  });

  it('tells a large real shift apart: the interval excludes 0 and holds the difference', () => {
    const a = spread(20, 20);
    const b = spread(60, 20);
    const result = bootstrapMedianDifference(a, b);
    expect(result.difference).toBe(40);
    expect(result.low).toBeGreaterThan(0);
    expect(result.low).toBeLessThanOrEqual(40);
    expect(result.high).toBeGreaterThanOrEqual(40);
    expect(result.distinguishable).toBe(true);
  });

  it('gives a negative interval when the second group is faster', () => {
    const result = bootstrapMedianDifference(spread(60, 20), spread(20, 20));
    expect(result.high).toBeLessThan(0);
    expect(result.distinguishable).toBe(true);
  });

  it('flags groups too small for an interval and gives none', () => {
    const result = bootstrapMedianDifference([10, 12], [30, 31, 32]);
    expect(MIN_GROUP).toBe(3);
    expect(result.tooFew).toBe(true);
    expect(result.low).toBeUndefined();
    expect(result.high).toBeUndefined();
    expect(result.distinguishable).toBe(false);
    expect(result.difference).toBe(20); // 31 − 11
    expect(bootstrapMedianDifference([], []).difference).toBeUndefined();
  });

  it('reports its confidence and resample count', () => {
    const result = bootstrapMedianDifference(spread(1, 5), spread(2, 5), { resamples: 300 });
    expect(result.confidence).toBe(0.95);
    expect(result.resamples).toBe(300);
  });
});

describe('the direct draw of a resample median', () => {
  // The plain bootstrap: draw n values with replacement, sort, take the median. The interval the
  // module computes must agree with it (both are random, so within a tolerance).
  const naiveInterval = (a: readonly number[], b: readonly number[], resamples: number) => {
    const random = createRandom(7);
    const resample = (values: readonly number[]) =>
      median(
        Array.from(values, () => values[random.int(0, values.length - 1)] as number),
      ) as number;
    const differences = Array.from({ length: resamples }, () => resample(b) - resample(a));
    const sorted = sortedCopy(differences);
    return [quantile(sorted, 0.025) as number, quantile(sorted, 0.975) as number];
  };

  // Against a constant group the interval is the spread of the other group's resampled median
  // alone, so a wrong rank or a wrong second order statistic shows directly.
  it.each([
    ['odd size', 101],
    ['even size', 100],
  ])('agrees with resampling value by value (%s)', (_, size) => {
    const constant = [0, 0, 0];
    const b = Array.from({ length: size }, (_, i) => i);
    const [low, high] = naiveInterval(constant, b, 6000);
    const result = bootstrapMedianDifference(constant, b, { resamples: 6000 });
    expect(Math.abs((result.low as number) - (low as number))).toBeLessThanOrEqual(1);
    expect(Math.abs((result.high as number) - (high as number))).toBeLessThanOrEqual(1);
  });
});
