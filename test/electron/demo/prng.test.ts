import { describe, expect, it } from 'vitest';
import { createRng, mixSeed, mulberry32 } from '../../../electron/services/demo/prng';

describe('demo prng', () => {
  it('mulberry32 gives the same stream for the same seed and a different one for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(sa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });

  it('mixSeed separates streams by key and is stable', () => {
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(1, 3, 2));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 2));
  });

  it('int stays within both ends and reaches them', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('weighted follows the weights roughly and never picks a zero weight', () => {
    const rng = createRng(9);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted([['a', 3], ['b', 1], ['c', 0]] as const)]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('poisson has about the right mean', () => {
    const rng = createRng(11);
    let total = 0;
    for (let i = 0; i < 5000; i++) total += rng.poisson(4);
    expect(total / 5000).toBeGreaterThan(3.8);
    expect(total / 5000).toBeLessThan(4.2);
  });

  it('pick refuses an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(/empty/);
  });
});
