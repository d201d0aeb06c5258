/**
 * Small deterministic randomness for the synthetic world. Never Math.random: a world is a pure
 * function of (seed, case index), so any prefix of a large world equals the smaller world.
 */

// Module-scope copies: global lookups are slow inside vm contexts such as jest's.
const imul = Math.imul;
const floor = Math.floor;

/** lowbias32: a bijective 32-bit integer mix (distinct inputs give distinct outputs). */
export function mix32(input: number): number {
  let x = input >>> 0;
  x ^= x >>> 16;
  x = imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The seed of the independent stream for item `index` (a case) of the world seeded `seed`. */
export function streamSeed(seed: number, index: number, salt = 0): number {
  return mix32((mix32(seed >>> 0) + imul(mix32(index + 0x9e3779b9), 0x85ebca6b) + salt) >>> 0);
}

export type WeightedEntries<T> = readonly (readonly [T, number])[];

/** A weighted table with precomputed cumulative weights, built once and picked from many times. */
export class WeightedTable<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: WeightedEntries<T>) {
    this.values = entries.map(([value]) => value);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
    if (this.total <= 0) throw new RangeError("a weighted table needs a positive total weight");
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    const cumulative = this.cumulative;
    for (let i = 0; i < cumulative.length; i++) {
      if (target < cumulative[i]) return this.values[i];
    }
    return this.values[this.values.length - 1];
  }
}

/** mulberry32: tiny, fast, good enough for synthetic data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[floor(this.next() * items.length)];
  }

  /** `count` distinct items in their original order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const wanted = Math.min(count, items.length);
    const chosen: T[] = [];
    let remaining = items.length;
    let needed = wanted;
    // Selection sampling (Knuth's algorithm S): one pass, order preserved.
    for (let i = 0; i < items.length && needed > 0; i++, remaining--) {
      if (this.next() * remaining < needed) {
        chosen.push(items[i]);
        needed--;
      }
    }
    return chosen;
  }
}

export enum IdKind {
  Case = 1,
  Person = 2,
  Review = 3,
  ImmigrationQuery = 4,
}

const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The low `width` (2, 4, 6 or 8) hex digits of a 32-bit value. */
function hex(value: number, width: number): string {
  let out = "";
  for (let shift = (width - 2) * 4; shift >= 0; shift -= 8) out += BYTE_HEX[(value >>> shift) & 0xff];
  return out;
}

/**
 * A UUID-shaped (version 4 layout) id that is a pure function of (seed, kind, index, sub).
 * The first 12 hex digits determine (index, kind, sub) for a fixed seed (the mix is invertible),
 * so ids never collide for index < 2^32, kind < 256 and sub < 256; the rest is hash noise.
 */
export function deterministicUuid(seed: number, kind: IdKind, index: number, sub = 0): string {
  const key = mix32(seed ^ 0x5eed1d5);
  const kindAndSub = ((kind & 0xff) << 8) | (sub & 0xff);
  // A different offset per (kind, sub) so that a case's and its subject's ids look unrelated.
  const head = mix32((index + mix32(key ^ imul(kindAndSub, 0x9e3779b1))) >>> 0);
  const tag = kindAndSub ^ (mix32(head ^ key) & 0xffff);
  const a = mix32(head ^ imul(tag + 1, 0x27d4eb2d));
  const b = mix32(a ^ key);
  const c = mix32(b + 0x165667b1);
  return `${hex(head, 8)}-${hex(tag, 4)}-${hex(0x4000 | (a & 0x0fff), 4)}-${hex(0x8000 | (b & 0x3fff), 4)}-${hex(c, 8)}${hex(a >>> 16, 4)}`;
}
