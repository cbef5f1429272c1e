/**
 * Seeded randomness for the demo generator. mulberry32 is tiny and fast, and its 32-bit state means a
 * seed fixes the whole stream: the same seed always gives the same demo data (Math.random never does).
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One key, chosen with probability proportional to its weight. */
  weighted<K>(entries: readonly (readonly [K, number])[]): K;
  normal(mean: number, sd: number): number;
  /** Number of events for a Poisson process with mean `lambda`. */
  poisson(lambda: number): number;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Mixes a seed with stream keys (murmur3 finaliser), so each client and each purpose draws from its own
 * stream: changing how many contacts are made never changes who the clients are.
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    between: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (entries) => {
      let total = 0;
      for (const [, w] of entries) total += w;
      let x = next() * total;
      for (const [key, w] of entries) {
        x -= w;
        if (x < 0) return key;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new RangeError('Cannot pick from an empty list');
      return last[0];
    },
    normal: (mean, sd) => {
      // Box–Muller; 1 − u keeps the logarithm away from 0.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    poisson: (lambda) => {
      if (lambda <= 0) return 0;
      // Knuth's method is fine for the small means used here; large means fall back to a normal.
      if (lambda > 30) return Math.max(0, Math.round(rng.normal(lambda, Math.sqrt(lambda))));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
  return rng;
}
