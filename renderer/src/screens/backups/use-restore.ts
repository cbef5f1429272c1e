import type { RestoreUnlock } from '../../../../shared/ipc/backups';
import type { IpcError } from '../../../../shared/ipc/result';
import { restoreEnded, restoreStarting } from '../../app/lock-notice';
import { useIpcMutation } from '../../data/ipc-query';

/**
 * backups.restore, told to the lock notice: a restore over an open session ends it (the page hears a lock
 * and starts afresh at the unlock screen, where the notice then says what was restored).
 */
export function useRestore() {
  const restore = useIpcMutation('backups.restore');
  async function run(file: string, unlock: RestoreUnlock): Promise<IpcError | null> {
    restoreStarting();
    const result = await restore.run({ file, unlock });
    if (!result.ok) {
      restoreEnded({ problem: result.error.message });
      return result.error;
    }
    const { restored, safetyBackup } = result.data;
    restoreEnded({ restored: { kind: 'restored', createdAt: restored.createdAt, reason: restored.reason, method: unlock.method, safetyBackup: safetyBackup !== null } });
    return null;
  }
  return { run, pending: restore.pending };
}
