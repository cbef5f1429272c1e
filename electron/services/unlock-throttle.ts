import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/atomic-file';

/**
 * Slows down guessing at the unlock screen: the first few wrong attempts are free (typos happen), then each
 * further failure closes the door for twice as long as the last, up to a ceiling. The count is kept in a file
 * beside the keyring, so quitting and restarting the app (or the CLI) does not reset it.
 */
export interface UnlockThrottleOptions {
  clock?: () => number;
  freeFailures?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  store?: ThrottleStore;
}

/** Kept for the audit trail: the database is locked while these happen, so they are written at the next unlock. */
const failedAttemptSchema = z.object({ at: z.string().max(40), user: z.string().max(100).nullable(), method: z.enum(['passphrase', 'recovery_key']) });
export type FailedAttempt = z.infer<typeof failedAttemptSchema>;
export const MAX_KEPT_ATTEMPTS = 100;

const throttleStateSchema = z.object({
  failures: z.number().int().min(0).max(1_000_000),
  blockedUntil: z.number().min(0),
  attempts: z.array(failedAttemptSchema).max(MAX_KEPT_ATTEMPTS).default([]),
});
export type ThrottleState = z.infer<typeof throttleStateSchema>;

export interface ThrottleStore {
  load(): ThrottleState | null;
  save(state: ThrottleState): void;
}

/**
 * The throttle's file. Not secret (a count and a time); a damaged or missing file counts as no failures,
 * since scrypt already makes every guess slow and refusing to start would lock the team out.
 */
export function fileThrottleStore(file: string): ThrottleStore {
  return {
    load() {
      try {
        const parsed = throttleStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(state) {
      writeFileAtomic(file, `${JSON.stringify(state)}\n`);
    },
  };
}

export class UnlockThrottle {
  private failures = 0;
  private blockedUntil = 0;
  private attempts: FailedAttempt[] = [];
  private readonly clock: () => number;
  private readonly freeFailures: number;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly store: ThrottleStore | undefined;

  constructor(options: UnlockThrottleOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.freeFailures = options.freeFailures ?? 3;
    this.firstDelayMs = options.firstDelayMs ?? 2000;
    this.maxDelayMs = options.maxDelayMs ?? 5 * 60 * 1000;
    this.store = options.store;
  }

  /** Picks up what another run (an earlier app session, the CLI) left in the store. */
  private refresh(): void {
    const saved = this.store?.load();
    if (saved) ({ failures: this.failures, blockedUntil: this.blockedUntil, attempts: this.attempts } = saved);
  }

  private persist(): void {
    this.store?.save({ failures: this.failures, blockedUntil: this.blockedUntil, attempts: this.attempts });
  }

  /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
  waitMs(): number {
    this.refresh();
    // A clock set back (or a tampered file) must not block for longer than the ceiling.
    return Math.min(this.maxDelayMs, Math.max(0, this.blockedUntil - this.clock()));
  }

  /** Counts a wrong attempt and returns the wait it imposes (0 while still within the free ones). */
  recordFailure(attempt?: Omit<FailedAttempt, 'at'>): number {
    this.refresh();
    this.failures += 1;
    if (attempt) this.attempts = [...this.attempts, { ...attempt, at: new Date(this.clock()).toISOString() }].slice(-MAX_KEPT_ATTEMPTS);
    const over = this.failures - this.freeFailures;
    const delay = over <= 0 ? 0 : Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** Math.min(over - 1, 30));
    if (delay > 0) this.blockedUntil = this.clock() + delay;
    this.persist();
    return delay;
  }

  /** After a right passphrase: the count starts again. The failed attempts wait for takeAttempts. */
  reset(): void {
    this.refresh();
    this.failures = 0;
    this.blockedUntil = 0;
    this.persist();
  }

  /** The failed attempts not yet written to the audit trail, which the caller now writes; cleared here. */
  takeAttempts(): FailedAttempt[] {
    this.refresh();
    const taken = this.attempts;
    this.attempts = [];
    this.persist();
    return taken;
  }
}

/** "8 seconds", "1 minute", "5 minutes": rounded up, so the person never tries a moment too soon. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
