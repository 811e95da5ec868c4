// Deterministic randomness for generated data (the demo data set). The same seed always gives the
// same sequence, so generated records — ids included — are reproducible and testable.
//
// Streams are forked by *label*, not by position: `fork('drills')` depends only on the root seed
// and the label, never on how many numbers were drawn before. That is what lets a generator add a
// new section later without changing a single record of the sections before it.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[];
  /** A version-4-shaped UUID, drawn from this stream. */
  uuid(): string;
  /** An independent stream that depends only on this stream's seed and `label`. */
  fork(label: string): Random;
}

/** `seed` is used as a 32-bit integer (fractions are dropped). */
export function createRandom(seed: number): Random {
  return streamFor(mix32(Math.trunc(seed) >>> 0));
}

function streamFor(key: number): Random {
  const rng = xoroshiro128plus(key);
  const int = (min: number, max: number): number => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`int(${min}, ${max}) needs integer bounds with min <= max`);
    }
    return uniformInt(rng, min, max);
  };
  return {
    float: () => uniformFloat64(rng),
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs at least one item');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    shuffle: (items) => shuffleWith(int, items),
    uuid: () => formatUuid([rng.next(), rng.next(), rng.next(), rng.next()]),
    fork: (label) => streamFor(mix32(key ^ hashLabel(label))),
  };
}

function shuffleWith<T>(int: (min: number, max: number) => number, items: readonly T[]): T[] {
  const out = [...items];
  // Fisher–Yates: every permutation equally likely.
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function formatUuid(words: readonly number[]): string {
  const hex = words.map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
  // Set the version (4) and RFC 4122 variant bits so the id is indistinguishable in shape from
  // crypto.randomUUID() and passes any UUID check applied to imported data.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** FNV-1a over UTF-16 code units: a stable hash of a fork label. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads nearby seeds (1, 2, 3…) far apart before they seed the PRNG. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
