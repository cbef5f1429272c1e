import { beforeEach, describe, expect, it } from 'vitest';
import { clearLockNotice, currentLockNotice, noteLock, restoreEnded, restoreStarting } from '../../../renderer/src/app/lock-notice';
import { lockNoticeText } from '../../../renderer/src/app/lock-notice-text';
import { discardUnsavedChanges, registerUnsaved, unsavedFormNames } from '../../../renderer/src/app/unsaved-changes';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();

describe('the lock notice', () => {
  beforeEach(() => clearLockNotice());

  it('says why IPS Desk locked itself and which forms lost their typing', () => {
    expect(lockNoticeText({ kind: 'locked', reason: 'idle', discarded: ['Add job', 'Service details'] })).toEqual({
      title: 'Unsaved changes were discarded',
      lines: [
        'IPS Desk locked itself because nobody had used the computer for a while.',
        'What you had typed on “Add job” and “Service details” and not saved was thrown away, so that it was not left on the screen. Unlock and type it again.',
      ],
    });
    expect(lockNoticeText({ kind: 'locked', reason: 'system', discarded: [] })).toEqual({
      title: 'IPS Desk locked itself',
      lines: ['IPS Desk locked itself because the computer was locked, went to sleep or switched user.'],
    });
  });

  it('says what a restore brought back and how to unlock', () => {
    const text = lockNoticeText({ kind: 'restored', createdAt: local(2026, 3, 9, 8, 2), reason: 'daily', method: 'recovery_key', safetyBackup: true });
    expect(text.title).toBe('Backup restored');
    expect(text.lines).toEqual([
      'The records are now as they were on 09/03/2026 08:02 (a daily backup).',
      'Unlock with the new passphrase you have just chosen.',
      'What was here before is kept: it was backed up just before the restore.',
    ]);
  });

  it('names only the forms holding unsaved typing, each once', () => {
    const stop = [
      registerUnsaved('a', () => true, 'Add job'),
      registerUnsaved('b', () => false, 'Service details'),
      registerUnsaved('c', () => true, 'Add job'),
      registerUnsaved('d', () => true),
    ];
    expect(unsavedFormNames()).toEqual(['Add job', 'a form']);
    discardUnsavedChanges();
    expect(unsavedFormNames()).toEqual([]);
    for (const s of stop) s();
  });
});

describe('the lock notice store', () => {
  it('keeps a self-lock’s notice, drops it for the Lock button, and lets a restore speak instead of its own lock', () => {
    const seen = { last: currentLockNotice };
    noteLock({ reason: 'idle' }, ['Add job']);
    expect(seen.last()).toEqual({ kind: 'locked', reason: 'idle', discarded: ['Add job'] });
    noteLock({ reason: 'user' }, []);
    expect(seen.last()).toBeNull();

    restoreStarting();
    noteLock({ reason: 'system' }, []);
    expect(seen.last()).toEqual({ kind: 'restoring' });
    restoreEnded({ restored: { kind: 'restored', createdAt: local(2026, 3, 9, 8, 2), reason: 'manual', method: 'passphrase', safetyBackup: true } });
    expect(seen.last()).toMatchObject({ kind: 'restored' });

    // A refused restore that never closed the records leaves the notice alone (the form shows the refusal)…
    restoreStarting();
    restoreEnded({ problem: 'Wrong passphrase.' });
    expect(seen.last()).toMatchObject({ kind: 'restored' });
    // …one that did close them says so on the unlock screen.
    restoreStarting();
    noteLock({ reason: 'system' }, []);
    restoreEnded({ problem: 'The backup is damaged.' });
    expect(seen.last()).toEqual({ kind: 'restore-failed', message: 'The backup is damaged.' });
  });
});
