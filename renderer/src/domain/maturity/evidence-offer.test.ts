import { describe, expect, it } from 'vitest';
import { evidenceOffer } from './evidence-offer';

describe('evidenceOffer', () => {
  it('offers every supporting record not yet in the evidence, in the rule order', () => {
    expect(evidenceOffer(['c', 'b', 'a'], ['b'], 20)).toEqual({
      missing: ['c', 'a'],
      toAdd: ['c', 'a'],
      overflow: false,
    });
  });

  it('offers nothing when the evidence already holds every supporting record', () => {
    expect(evidenceOffer(['a', 'b'], ['a', 'b', 'x'], 20)).toEqual({
      missing: [],
      toAdd: [],
      overflow: false,
    });
  });

  it('offers only the newest that fit when the evidence is near its limit', () => {
    expect(evidenceOffer(['d', 'c', 'b'], ['x', 'y'], 4)).toEqual({
      missing: ['d', 'c', 'b'],
      toAdd: ['d', 'c'],
      overflow: true,
    });
  });

  it('offers nothing to add when the evidence is full, and says some do not fit', () => {
    expect(evidenceOffer(['a'], ['x', 'y'], 2)).toEqual({
      missing: ['a'],
      toAdd: [],
      overflow: true,
    });
    // An evidence list already over the limit (an older model's) leaves no room, never less.
    expect(evidenceOffer(['a'], ['x', 'y', 'z'], 2).toAdd).toEqual([]);
  });

  it('has nothing to offer when no record supports the criterion', () => {
    expect(evidenceOffer([], ['x'], 20)).toEqual({ missing: [], toAdd: [], overflow: false });
  });
});
