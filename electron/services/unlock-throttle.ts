/**
 * Slows down guessing at the unlock screen: the first few wrong attempts are free (typos happen), then each
 * further failure closes the door for twice as long as the last, up to a ceiling. Kept in memory: a restart
 * clears it, but scrypt already makes every guess cost half a second.
 */
export interface UnlockThrottleOptions {
  clock?: () => number;
  freeFailures?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

export class UnlockThrottle {
  private failures = 0;
  private blockedUntil = 0;
  private readonly clock: () => number;
  private readonly freeFailures: number;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(options: UnlockThrottleOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.freeFailures = options.freeFailures ?? 3;
    this.firstDelayMs = options.firstDelayMs ?? 2000;
    this.maxDelayMs = options.maxDelayMs ?? 5 * 60 * 1000;
  }

  /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
  waitMs(): number {
    return Math.max(0, this.blockedUntil - this.clock());
  }

  /** Counts a wrong attempt and returns the wait it imposes (0 while still within the free ones). */
  recordFailure(): number {
    this.failures += 1;
    const over = this.failures - this.freeFailures;
    if (over <= 0) return 0;
    const delay = Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** Math.min(over - 1, 30));
    this.blockedUntil = this.clock() + delay;
    return delay;
  }

  reset(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}

/** "8 seconds", "1 minute", "5 minutes": rounded up, so the person never tries a moment too soon. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
