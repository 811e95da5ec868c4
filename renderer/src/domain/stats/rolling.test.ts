import { describe, expect, it } from 'vitest';
import { rollingMedian } from './rolling';

const points = (values: number[]) => values.map((value, i) => ({ at: 1000 * (i + 1), value }));

describe('rollingMedian (trailing window)', () => {
  it('takes the median of the current point and the ones before it', () => {
    // Window 3: [5] → 5, [5,1] → 3, [5,1,9] → 5, [1,9,2] → 2, [9,2,100] → 9
    expect(rollingMedian(points([5, 1, 9, 2, 100]), 3).map((p) => p.value)).toEqual([
      5, 3, 5, 2, 9,
    ]);
  });

  it('orders points by time before rolling and keeps their times', () => {
    const shuffled = [
      { at: 3000, value: 9 },
      { at: 1000, value: 5 },
      { at: 2000, value: 1 },
    ];
    expect(rollingMedian(shuffled, 2)).toEqual([
      { at: 1000, value: 5 },
      { at: 2000, value: 3 },
      { at: 3000, value: 5 },
    ]);
  });

  it('is the points themselves with a window of 1 and nothing for no points', () => {
    expect(rollingMedian(points([4, 8]), 1).map((p) => p.value)).toEqual([4, 8]);
    expect(rollingMedian(points([4, 8]), 0).map((p) => p.value)).toEqual([4, 8]);
    expect(rollingMedian([], 5)).toEqual([]);
  });

  it('is not pulled up by one very long drill the way a mean would be', () => {
    const line = rollingMedian(points([10, 12, 300, 11, 13]), 5).map((p) => p.value);
    expect(line.at(-1)).toBe(12);
  });
});
