import { describe, expect, it } from 'vitest';
import { startAutoLock } from '../../electron/auto-lock';
import type { LockReason } from '../../electron/services/vault-service';

/** Manual timers: nothing runs until the test says so. */
function manualTimers() {
  const callbacks: Array<() => void> = [];
  return {
    timers: {
      setInterval: ((fn: () => void) => (callbacks.push(fn), callbacks.length)) as unknown as typeof setInterval,
      clearInterval: (() => callbacks.splice(0)) as unknown as typeof clearInterval,
    },
    tick: () => callbacks.forEach((fn) => fn()),
    count: () => callbacks.length,
  };
}

function setUp(state: { idle: number; limit: number | null }) {
  const locks: LockReason[] = [];
  const manual = manualTimers();
  const autoLock = startAutoLock({
    idleSeconds: () => state.idle,
    limitSeconds: () => state.limit,
    lock: async (reason) => {
      locks.push(reason);
      state.limit = null; // locked: nothing left to lock
    },
    timers: manual.timers,
  });
  return { autoLock, locks, manual };
}

describe('auto-lock', () => {
  it('locks once the idle time reaches the limit, not before', async () => {
    const state = { idle: 599, limit: 600 };
    const { autoLock, locks } = setUp(state);
    await autoLock.check();
    expect(locks).toEqual([]);
    state.idle = 600;
    await autoLock.check();
    expect(locks).toEqual(['idle']);
    state.idle = 5_000;
    await autoLock.check();
    expect(locks).toEqual(['idle']);
  });

  it('locks at once when the computer locks, sleeps or switches user, but only if something is unlocked', async () => {
    const state = { idle: 0, limit: 600 as number | null };
    const { autoLock, locks } = setUp(state);
    await autoLock.systemEvent('suspend');
    expect(locks).toEqual(['system']);
    await autoLock.systemEvent('lock-screen');
    expect(locks).toEqual(['system']);
  });

  it('checks on its timer and stops when told', async () => {
    const state = { idle: 700, limit: 600 };
    const { autoLock, locks, manual } = setUp(state);
    manual.tick();
    await new Promise((resolve) => setImmediate(resolve));
    expect(locks).toEqual(['idle']);
    autoLock.stop();
    expect(manual.count()).toBe(0);
  });

  it('survives a lock that fails, and tries again at the next check', async () => {
    const errors: unknown[] = [];
    let attempts = 0;
    const autoLock = startAutoLock({
      idleSeconds: () => 1_000,
      limitSeconds: () => 600,
      lock: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('disk busy');
      },
      onError: (error) => errors.push(error),
      timers: manualTimers().timers,
    });
    await autoLock.check();
    await autoLock.check();
    expect(attempts).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
