import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../random';
import { canonicalJson } from './canonical-json';

/**
 * An independent way to the same text, for plain data: every object rebuilt with its entries
 * sorted as it is stringified. Slow, and wrong for a key named "__proto__" (Object.fromEntries
 * gives it the meaning of a prototype), so the generated values below never hold one.
 */
function oracle(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner)
            .filter(([, field]) => field !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}

// Keys that catch a wrong order or a wrong read: array indexes (numeric order, before the rest),
// number-like keys that are not indexes, names of Object.prototype's members, and non-ASCII text.
const KEYS = [
  'id',
  'teamId',
  'at',
  'b',
  'a',
  'B',
  '0',
  '1',
  '2',
  '9',
  '10',
  '01',
  '-1',
  '1.5',
  '4294967294',
  '4294967295',
  'toString',
  'constructor',
  'valueOf',
  'hasOwnProperty',
  'toJSON',
  '',
  'é',
  'z',
  '日本',
  '😀',
];

function randomValue(random: Random, depth: number): unknown {
  const pick = random.int(0, depth >= 4 ? 5 : 8);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return random.int(-1000, 1000) / random.pick([1, 7, 1000]);
    case 2:
      return random.pick(['', 'text', 'quote " and \\ back', 'line\nbreak', 'é', '😀', '\u2028']);
    case 3:
      return random.float() < 0.5;
    case 4:
      return undefined;
    case 5:
      return random.pick([Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 5e-7]);
    case 6:
    case 7: {
      const object: Record<string, unknown> = {};
      for (const key of random.shuffle(KEYS).slice(0, random.int(0, 6))) {
        object[key] = randomValue(random, depth + 1);
      }
      return object;
    }
    default:
      return Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth + 1));
  }
}

describe('canonicalJson', () => {
  it('writes the keys of every object, at every depth, in sorted order', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: [{ f: 1, e: 2 }] } })).toBe(
      '{"a":{"c":[{"e":2,"f":1}],"d":1},"b":1}',
    );
  });

  it('gives equal data the same text whatever order its keys were written in', () => {
    const one = { id: 'x', events: [{ seq: 1, at: 5 }], teamId: 't' };
    const other = { teamId: 't', events: [{ at: 5, seq: 1 }], id: 'x' };
    expect(canonicalJson(one)).toBe(canonicalJson(other));
  });

  it('puts array-index keys first, in numeric order, then the others sorted', () => {
    const value = { b: 1, '10': 1, '9': 1, a: 1, '01': 1, '4294967295': 1, '4294967294': 1 };
    expect(canonicalJson(value)).toBe(
      '{"9":1,"10":1,"4294967294":1,"01":1,"4294967295":1,"a":1,"b":1}',
    );
  });

  it('drops undefined fields, and writes an undefined array item as null, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('leaves out a key an object lacks even when Object.prototype has a member of that name', () => {
    expect(canonicalJson([{ toString: 'own' }, { a: 1 }, { constructor: 2 }])).toBe(
      '[{"toString":"own"},{"a":1},{"constructor":2}]',
    );
  });

  it('keeps a key named "__proto__" as plain data', () => {
    const parsed: unknown = JSON.parse('{"b":2,"__proto__":{"a":1}}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"a":1},"b":2}');
    expect(canonicalJson([{ x: 1 }, parsed])).toBe('[{"x":1},{"__proto__":{"a":1},"b":2}]');
  });

  it('writes an object that is not plain data by its own enumerable keys, as before', () => {
    expect(canonicalJson({ at: new Date(0), byId: new Map([[1, 2]]), n: 1 })).toBe(
      '{"at":{},"byId":{},"n":1}',
    );
  });

  it('reads prototype-less objects like plain ones', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.b = 1;
    bare.a = [2];
    expect(canonicalJson(bare)).toBe('{"a":[2],"b":1}');
  });

  it('throws for a BigInt and gives no text for undefined, as JSON.stringify does', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(canonicalJson(undefined)).toBeUndefined();
    expect(canonicalJson({ f: () => 1, a: [() => 1] })).toBe('{"a":[null]}');
  });

  it('writes primitives as JSON does', () => {
    expect(canonicalJson('é "q"')).toBe(JSON.stringify('é "q"'));
    expect(canonicalJson(Number.NaN)).toBe('null');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('leaves its input as it was', () => {
    const value = { b: { d: 1, c: 2 }, a: [3] };
    const before = JSON.stringify(value);
    canonicalJson(value);
    expect(JSON.stringify(value)).toBe(before);
    expect(Object.keys(value)).toEqual(['b', 'a']);
  });

  it('agrees with an independent sorted rebuild on 3,000 generated values', () => {
    const random = createRandom(20261207);
    for (let i = 0; i < 3000; i++) {
      const value = randomValue(random, 0);
      expect(canonicalJson(value)).toBe(oracle(value));
    }
  });
});
