import { describe, expect, it } from 'vitest';
import { mergeResults, toResult, verdict, type Result } from './results';

const timed = { unit: 'ms', budget: 100, ratioBudget: 4 };

describe('toResult', () => {
  it('keeps the median, runs and budget, and adds the floor, the ratio and its budget', () => {
    const result = toResult(
      { name: 'mark', unit: 'ms', samples: [30, 10, 20], floor: [10, 5, 5] },
      timed,
    );
    expect(result).toEqual({
      name: 'mark',
      unit: 'ms',
      median: 20,
      runs: 3,
      budget: 100,
      floor: 5,
      ratio: 3,
      ratioBudget: 4,
      met: 'both',
    });
  });

  it('takes the ratio run by run, so a slow spell that slows a run and its floor cancels out', () => {
    // The machine was four times slower from the third run on, except during the last floor: the
    // medians say 80 ÷ 10 = 8, while four runs in five took twice their floor.
    const result = toResult(
      { name: 'import', unit: 'ms', samples: [20, 20, 80, 80, 80], floor: [10, 10, 40, 40, 10] },
      timed,
    );
    expect(result).toMatchObject({ median: 80, floor: 10, ratio: 2 });
  });

  it('passes a metric over its budget when its ratio holds, and says so', () => {
    const result = toResult({ name: 'import', unit: 'ms', samples: [300], floor: [80] }, timed);
    expect(result.met).toBe('ratio');
    expect(verdict(result)).toMatch(/ratio budget/);
  });

  it('passes a metric over its ratio budget when the figure holds', () => {
    const result = toResult({ name: 'repaint', unit: 'ms', samples: [50], floor: [5] }, timed);
    expect(result).toMatchObject({ ratio: 10, met: 'budget' });
  });

  it('fails a metric only when it misses both budgets', () => {
    const result = toResult({ name: 'import', unit: 'ms', samples: [500], floor: [100] }, timed);
    expect(result.met).toBe('neither');
    expect(verdict(result)).toBe('OVER BOTH BUDGETS');
  });

  it('gives a size no floor and no ratio', () => {
    const size = toResult({ name: 'js', unit: 'KB', samples: [210] }, { unit: 'KB', budget: 200 });
    expect(size).toEqual({
      name: 'js',
      unit: 'KB',
      median: 210,
      runs: 1,
      budget: 200,
      met: 'neither',
    });
    expect(verdict(size)).toBe('OVER BUDGET');
  });

  it('refuses a measurement whose budget is missing, in another unit, or without a ratio budget', () => {
    const mark = { name: 'mark', unit: 'ms', samples: [1], floor: [1] };
    expect(() => toResult(mark, undefined)).toThrow(/No budget for mark/);
    expect(() => toResult(mark, { ...timed, unit: 's' })).toThrow(/unit/);
    expect(() => toResult(mark, { unit: 'ms', budget: 100 })).toThrow(/ratioBudget/);
    expect(() => toResult({ ...mark, floor: undefined }, timed)).toThrow(/ratioBudget/);
  });

  it('refuses a floor measured a different number of times, or not at all', () => {
    expect(() =>
      toResult({ name: 'mark', unit: 'ms', samples: [1, 2], floor: [1] }, timed),
    ).toThrow(/must match/);
    expect(() =>
      toResult({ name: 'mark', unit: 'ms', samples: [1, 2], floor: [1, 0] }, timed),
    ).toThrow(/floor run measured no time/);
  });
});

describe('mergeResults', () => {
  const old = (name: string, median: number): Result => ({
    name,
    unit: 'ms',
    median,
    runs: 1,
    budget: 10,
    met: 'budget',
  });

  it('replaces measured metrics in place and appends new ones', () => {
    const merged = mergeResults([old('a', 1), old('b', 2)], [old('b', 3), old('c', 4)]);
    expect(merged.map((r) => [r.name, r.median])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 4],
    ]);
  });
});
