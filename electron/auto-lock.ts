import type { LockReason } from './services/vault-service';

/**
 * Locks the database when nobody has used the computer for the chosen minutes, or at once when the computer
 * locks, sleeps or switches user. Kept free of 'electron' so it runs in tests and in the e2e harness: main.ts
 * feeds it Electron's powerMonitor (system-wide idle time and its events), the harness the time since the
 * page's last request.
 */
export interface AutoLockOptions {
  /** Seconds since the person last touched the keyboard or mouse. */
  idleSeconds(): number;
  /** The limit now (Settings › Auto-lock), or null while nothing is unlocked. */
  limitSeconds(): number | null;
  lock(reason: LockReason): Promise<unknown>;
  /** How often to look; default every 15 s (a lock is never more than that late). */
  checkEveryMs?: number;
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval };
  /** Told about a lock that failed (it is tried again at the next check). */
  onError?(error: unknown): void;
}

export type SystemEvent = 'lock-screen' | 'suspend' | 'user-did-resign-active';

export interface AutoLock {
  /** One look at the idle time: locks if it is past the limit. Resolves when done (tests await it). */
  check(): Promise<void>;
  /** The computer locked, slept or switched user: lock now, whatever the idle time. */
  systemEvent(event: SystemEvent): Promise<void>;
  stop(): void;
}

export function startAutoLock(options: AutoLockOptions): AutoLock {
  const timers = options.timers ?? { setInterval, clearInterval };
  let busy = false;

  async function lock(reason: LockReason): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      await options.lock(reason);
    } catch (error) {
      options.onError?.(error);
    } finally {
      busy = false;
    }
  }

  async function check(): Promise<void> {
    const limit = options.limitSeconds();
    if (limit === null) return;
    if (options.idleSeconds() >= limit) await lock('idle');
  }

  const timer = timers.setInterval(() => void check(), options.checkEveryMs ?? 15_000);
  // Never keeps a process (the CLI, a test) alive on its own.
  (timer as { unref?: () => void }).unref?.();

  return {
    check,
    systemEvent: async () => {
      if (options.limitSeconds() !== null) await lock('system');
    },
    stop: () => timers.clearInterval(timer),
  };
}
