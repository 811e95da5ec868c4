import { describe, expect, it } from 'vitest';
import { median, quantile, SMALL_SAMPLE, summarise } from './summary';

describe('quantile (type 7, linear interpolation)', () => {
  it('interpolates between the two nearest order statistics', () => {
    // h = (4 − 1) × 0.5 = 1.5 → 20 + 0.5 × (30 − 20)
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    // h = 3 × 0.9 = 2.7 → 30 + 0.7 × 10
    expect(quantile([10, 20, 30, 40], 0.9)).toBeCloseTo(37);
    // h = 3 × 0.25 = 0.75 → 10 + 0.75 × 10
    expect(quantile([10, 20, 30, 40], 0.25)).toBeCloseTo(17.5);
  });

  it('returns the ends at q = 0 and q = 1 and clamps beyond them', () => {
    expect(quantile([1, 5, 9], 0)).toBe(1);
    expect(quantile([1, 5, 9], 1)).toBe(9);
    expect(quantile([1, 5, 9], 1.5)).toBe(9);
    expect(quantile([1, 5, 9], -1)).toBe(1);
  });

  it('is undefined for no values', () => {
    expect(quantile([], 0.5)).toBeUndefined();
  });
});

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('handles one value, duplicates and no values', () => {
    expect(median([7])).toBe(7);
    expect(median([5, 5, 5, 1])).toBe(5);
    expect(median([])).toBeUndefined();
  });

  it('sorts numerically, not as text', () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it('leaves the input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarise', () => {
  it('gives median, p90, mean, min, max and n together', () => {
    // Sorted: 2 4 4 5 7 9 10 12 30 40 (n = 10).
    const summary = summarise([9, 4, 12, 2, 40, 7, 4, 30, 5, 10]);
    expect(summary.n).toBe(10);
    expect(summary.median).toBe(8); // (7 + 9) / 2
    // h = 9 × 0.9 = 8.1 → 30 + 0.1 × 10
    expect(summary.p90).toBeCloseTo(31);
    expect(summary.mean).toBeCloseTo(12.3);
    expect(summary.min).toBe(2);
    expect(summary.max).toBe(40);
    expect(summary.smallSample).toBe(false);
  });

  it('flags fewer than five values as a small sample', () => {
    expect(SMALL_SAMPLE).toBe(5);
    expect(summarise([1, 2, 3, 4]).smallSample).toBe(true);
    expect(summarise([1, 2, 3, 4, 5]).smallSample).toBe(false);
  });

  it('has no figures for no values, and says it is a small sample', () => {
    expect(summarise([])).toEqual({
      n: 0,
      median: undefined,
      p90: undefined,
      mean: undefined,
      min: undefined,
      max: undefined,
      smallSample: true,
    });
  });

  it('gives the one value for every figure when n = 1', () => {
    const summary = summarise([12]);
    expect([summary.median, summary.p90, summary.mean, summary.min, summary.max]).toEqual([
      12, 12, 12, 12, 12,
    ]);
  });
});
