import { describe, expect, it } from 'vitest';
import { histogram } from './series';

describe('histogram', () => {
  it('gives a single recovery time a bin with a width, so it can be drawn', () => {
    expect(histogram([12])).toEqual([{ x0: 12, x1: 13, count: 1 }]);
  });

  it('puts identical recovery times in one bin one minute wide that holds the value', () => {
    expect(histogram([7.5, 7.5, 7.5])).toEqual([{ x0: 7, x1: 8, count: 3 }]);
  });

  it('keeps d3’s round, equal bins when the values differ', () => {
    expect(histogram([3.2, 10, 11, 47.5])).toEqual([
      { x0: 0, x1: 20, count: 3 },
      { x0: 20, x1: 40, count: 0 },
      { x0: 40, x1: 60, count: 1 },
    ]);
  });
});
