import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const draw = (seed: number, n = 20) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.float());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(0)).not.toEqual(draw(1));
  });

  it('draws floats in [0, 1)', () => {
    for (const value of draw(3, 2_000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('draws integers within inclusive bounds, reaching both ends', () => {
    const random = createRandom(5);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(random.int(7, 7)).toBe(7);
  });

  it('rejects bounds that are not an integer range', () => {
    const random = createRandom(5);
    expect(() => random.int(3, 1)).toThrow(RangeError);
    expect(() => random.int(0.5, 2)).toThrow(RangeError);
  });

  it('picks an item of the list and refuses an empty list', () => {
    const random = createRandom(9);
    const items = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 50; i++) expect(items).toContain(random.pick(items));
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('shuffles into a permutation without changing the input', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const shuffled = createRandom(11).shuffle(input);
    expect([...shuffled].sort()).toEqual([...input]);
    expect(shuffled).not.toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('makes UUID-shaped, distinct, reproducible ids', () => {
    const random = createRandom(13);
    const ids = Array.from({ length: 1_000 }, () => random.uuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(createRandom(13).uuid()).toBe(ids[0]);
  });

  it('forks streams that depend only on the seed and the label', () => {
    const untouched = createRandom(21);
    const used = createRandom(21);
    used.float();
    used.uuid();
    expect(used.fork('teams').uuid()).toBe(untouched.fork('teams').uuid());
    expect(untouched.fork('teams').uuid()).not.toBe(untouched.fork('drills').uuid());
    expect(createRandom(22).fork('teams').uuid()).not.toBe(untouched.fork('teams').uuid());
  });

  it('forks nested streams deterministically', () => {
    const a = createRandom(4).fork('drills').fork('team-1');
    const b = createRandom(4).fork('drills').fork('team-1');
    expect(a.float()).toBe(b.float());
  });
});
