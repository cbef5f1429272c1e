import { describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/ipc/router';
import { createAppHandlers } from '../../electron/services/app-handlers';
import type { PathRequest } from '../../electron/services/path-dialogs';
import { createVaultService } from '../../electron/services/vault-service';
import type { ChannelInput, ChannelName } from '../../shared/ipc/contract';
import { TEST_SCRYPT_COST, useTempDirs } from '../db/helpers';

const tempDir = useTempDirs();
const APP = 'app://ipsdesk/index.html';
const ANN = 'river stone meadow 7';
const BEN = 'ben keeps his own passphrase';

/** A vault behind the real router whose "Open dialog" records what it was asked and picks `answer`. */
function appWith(answer: string | null, options: { choosePath?: false } = {}) {
  const vault = createVaultService({ dataDir: tempDir(), scryptCost: TEST_SCRYPT_COST });
  const asked: PathRequest[] = [];
  const choosePath = async (request: PathRequest) => {
    asked.push(request);
    return answer;
  };
  const handlers = createAppHandlers(vault, options.choosePath === false ? {} : { choosePath });
  const router = createRouter(handlers, { isTrustedSender: (u) => u === APP, caller: vault.caller, validateOutput: true });
  const dispatch = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => router.dispatch(channel, input, APP);
  return { vault, asked, dispatch };
}

describe('the Open dialogs for backups', () => {
  it('lets anyone choose a backup file before IPS Desk is set up (restoring on a new laptop)', async () => {
    const { vault, asked, dispatch } = appWith('/media/usb/northfield.ipsdesk-backup');
    expect(await dispatch('dialogs.chooseBackupFile', {})).toEqual({ ok: true, data: { path: '/media/usb/northfield.ipsdesk-backup' } });
    // No backups folder yet: the dialog opens wherever the system likes.
    expect(asked).toEqual([{ kind: 'backup-file' }]);
    vault.close();
  });

  it('opens the file dialog in the backups folder once there is one, and hands back a cancel as null', async () => {
    const { vault, asked, dispatch } = appWith(null);
    await vault.setup({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', passphrase: ANN });
    expect(await dispatch('backups.create', {})).toMatchObject({ ok: true });
    expect(await dispatch('dialogs.chooseBackupFile', {})).toEqual({ ok: true, data: { path: null } });
    expect(asked).toEqual([{ kind: 'backup-file', startIn: vault.paths.backupDir }]);
    vault.close();
  });

  it('lets only a signed-in manager choose the folder for copies', async () => {
    const { vault, asked, dispatch } = appWith('/mnt/team-share/ips-backups');
    await vault.setup({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', passphrase: ANN });
    expect(await dispatch('dialogs.chooseBackupFolder', {})).toEqual({ ok: true, data: { path: '/mnt/team-share/ips-backups' } });
    expect(asked).toEqual([{ kind: 'folder' }]);

    expect(await dispatch('users.add', { name: 'Ben Specialist', role: 'specialist', passphrase: BEN })).toMatchObject({ ok: true });
    await vault.lock();
    expect(await dispatch('dialogs.chooseBackupFolder', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    await vault.unlock({ user: 'Ben Specialist', passphrase: BEN });
    expect(await dispatch('dialogs.chooseBackupFolder', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Refused before the dialog was shown.
    expect(asked).toHaveLength(1);
    vault.close();
  });

  it('says plainly that a copy with no window cannot show the dialog', async () => {
    const { vault, dispatch } = appWith(null, { choosePath: false });
    expect(await dispatch('dialogs.chooseBackupFile', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('needs the IPS Desk app') } });
    vault.close();
  });
});
