import { performance } from 'node:perf_hooks';

/** Milliseconds of one call, and its result. */
export function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounded to 0.1 ms for printing. */
export const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Runs each named task `runs` times, interleaved (a, b, a, b, …) so that caches and the garbage collector
 * weigh on every task alike, after one unmeasured warm-up round. Returns every time per task.
 */
export function interleaved(tasks: Record<string, () => unknown>, runs: number): Record<string, number[]> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  for (const task of Object.values(tasks)) task();
  for (let i = 0; i < runs; i++) {
    for (const [name, task] of Object.entries(tasks)) times[name]!.push(time(task).ms);
  }
  return times;
}
