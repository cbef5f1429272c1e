import { generateDemoData, type DemoData } from '../../../electron/services/demo';

/** A Saturday in Q4 of 2025-26: the window is 2023-04-01..2026-02-14. */
export const TODAY = '2026-02-14';
export const WINDOW_START = '2023-04-01';
export const SEEDS = [1, 2, 3, 4, 5] as const;

const cache = new Map<number, DemoData>();

/** The app's default demo (300 clients) for a seed, generated once per test file. */
export function demoFor(seed: number): DemoData {
  let data = cache.get(seed);
  if (!data) {
    data = generateDemoData({ clients: 300, seed, today: TODAY });
    cache.set(seed, data);
  }
  return data;
}
