import { existsSync, rmSync, statSync, closeSync, openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { BackupStatus } from '../../../shared/ipc/backups';
import { backupIsStale } from '../../../shared/backups';
import type { Caller } from '../../../shared/roles';
import { audited } from '../../../db/audited-write';
import { backupDatabase, backupFilesAsTheyAre, listBackups, type BackupResult } from '../../../db/backup';
import { keyringFromBytes, openBackupSource, type BackupSource } from '../../../db/backup-source';
import { passphraseUsers } from '../../../db/keyring';
import { commitRestore, stageRestore } from '../../../db/restore';
import { serviceSettings } from '../../../db/schema';
import { BACKUP_COPY_FOLDER_KEY } from '../../../shared/settings';
import { ServiceError } from '../service-error';
import { backUpSession, backupInfo, describeFileProblem, entryInfo, readCopyFolder, readLastAttempt } from './session-backup';
import type { VaultCore } from './vault-core';

/**
 * Backups and restore for Settings and the command line. Backing up needs the database open (a manager's
 * session); restoring does not, because it must work when the laptop, the live keyring or every passphrase
 * is gone: a backup file plus a passphrase in it, or the recovery key, is enough.
 *
 * Who may restore: while IPS Desk is unlocked, the signed-in manager (the router checks nothing for this
 * public channel, so the vault does). While it is locked or not yet set up, the person whose passphrase (or
 * the recovery key) opens the backup, provided they are a manager in it; whatever was here is kept byte
 * for byte first, so a restore can always be undone.
 */
export function createBackupOperations(core: VaultCore) {
  const { paths, serial } = core;
  const now = () => new Date(core.clock());

  function status(): BackupStatus {
    const session = core.ready();
    const databaseId = session.database.databaseId;
    const local = listOrExplain(paths.backupDir, databaseId);
    const copyFolder = readCopyFolder(session.reader.db);
    const copies = copyFolder ? listOrExplain(copyFolder, databaseId) : { backups: [], unreadable: [] };
    const newest = local.backups.at(-1);
    return {
      folder: paths.backupDir,
      copyFolder,
      lastBackup: newest ? entryInfo(newest) : null,
      lastAttempt: readLastAttempt(paths),
      stale: backupIsStale(newest ? newest.createdAt : null, now()),
      backups: local.backups.map(entryInfo).reverse(),
      copies: copies.backups.map(entryInfo).reverse(),
      unreadable: [...local.unreadable, ...copies.unreadable],
    };
  }

  /** A folder's backups; a folder that cannot be read (a disconnected network drive) is listed as unreadable. */
  function listOrExplain(folder: string, databaseId: string): ReturnType<typeof listBackups> {
    try {
      return listBackups(folder, databaseId);
    } catch (error) {
      return { backups: [], unreadable: [{ file: folder, problem: describeFileProblem(error, folder) }] };
    }
  }

  /** Why a folder cannot take copies of the backups, or null when it can (it is written to and cleaned up). */
  function copyFolderProblem(folder: string): string | null {
    if (!isAbsolute(folder)) return 'Give the full path of the folder, e.g. starting with a drive letter.';
    if (!existsSync(folder)) return `There is no folder ${folder}. Create it first, or connect the drive it is on.`;
    if (!statSync(folder).isDirectory()) return `${folder} is a file, not a folder.`;
    const own = [paths.backupDir, dirname(paths.databaseFile)].map((p) => resolve(p));
    if (own.includes(resolve(folder))) return `${folder} is IPS Desk's own folder. Choose a second place, such as a synced or network folder.`;
    const probe = join(folder, `.ipsdesk-write-test-${randomBytes(6).toString('hex')}.tmp`);
    try {
      closeSync(openSync(probe, 'wx', 0o600));
    } catch (error) {
      return describeFileProblem(error, folder);
    } finally {
      rmSync(probe, { force: true });
    }
    return null;
  }

  function sourceInfo(source: BackupSource) {
    return backupInfo(source.file, source.header, source.bytes);
  }

  return {
    status,

    /** "Back up now" in Settings: the data folder, then the second folder if set. One audit entry. */
    backupNow: (caller: Caller) =>
      serial(() => {
        const session = core.ready();
        const made = backUpSession(paths, session, 'manual', now());
        core.writeAs(session, caller, () =>
          audited(undefined, {
            action: 'backup.create',
            entity: 'backup',
            entity_id: made.backup.fileName,
            details: {
              reason: 'manual',
              bytes: made.backup.bytes,
              ...(made.copy ? { copy: made.copy } : {}),
              ...(made.removed.length > 0 ? { removed: made.removed.map((f) => basename(f)) } : {}),
            },
          }),
        );
        return made;
      }),

    /** The command line's `backup --out DIR`: one file in the folder named, which is left as it is otherwise (no rotation). */
    backupTo: (folder: string, caller: Caller) =>
      serial(() => {
        const session = core.ready();
        let made: BackupResult;
        try {
          made = backupDatabase(session.database.raw, folder, { reason: 'manual', keyringFile: paths.keyringFile, now: now(), rotate: false });
        } catch (error) {
          throw new ServiceError('internal', `The backup could not be written: ${describeFileProblem(error, folder)}`);
        }
        const info = backupInfo(made.file, made.header, statSync(made.file).size);
        core.writeAs(session, caller, () =>
          audited(undefined, { action: 'backup.create', entity: 'backup', entity_id: info.fileName, details: { reason: 'manual', bytes: info.bytes, folder } }),
        );
        return info;
      }),

    setCopyFolder: (input: ParsedInput<'backups.setCopyFolder'>, caller: Caller) =>
      serial(() => {
        const session = core.ready();
        const folder = input.folder === null ? null : resolve(input.folder);
        if (folder !== null) {
          const problem = copyFolderProblem(folder);
          if (problem) throw new ServiceError('invalid_input', problem, { issues: [{ path: ['folder'], message: problem }] });
        }
        const before = readCopyFolder(session.reader.db);
        core.writeAs(session, caller, ({ db }) => {
          const key = BACKUP_COPY_FOLDER_KEY;
          if (folder === null) db.delete(serviceSettings).where(eq(serviceSettings.key, key)).run();
          else db.insert(serviceSettings).values({ key, value: folder }).onConflictDoUpdate({ target: serviceSettings.key, set: { value: folder } }).run();
          return audited(undefined, { action: 'settings.backup_copy_folder', entity: 'setting', entity_id: key, before: { copy_folder: before }, after: { copy_folder: folder } });
        });
        return status();
      }),

    /** A backup file's header and whose passphrases open it; nothing is unlocked or written. */
    inspect: (input: ParsedInput<'backups.inspect'>) =>
      serial(() => {
        const source = openBackupSource(resolve(input.file));
        const keyring = source.keyringBytes();
        const users = keyring ? passphraseUsers(keyringFromBytes(keyring, source.file)) : [];
        const here = core.session?.database.databaseId ?? core.liveDatabaseId();
        return {
          backup: sourceInfo(source),
          users,
          sameDatabase: here === null ? null : here === source.header.database_id,
        };
      }),

    restore: (input: ParsedInput<'backups.restore'>) =>
      serial(async () => {
        const session = core.session;
        if (session) {
          const caller = core.caller();
          if (!caller || caller.role !== 'manager') throw new ServiceError('forbidden', 'Only a manager can restore a backup.');
        }
        core.assertLocalFolder();
        const source = openBackupSource(resolve(input.file));
        const staged = await stageRestore({
          source,
          target: paths,
          unlock: input.unlock,
          now: now(),
          ...core.scryptCost,
          ...core.nativeBinding,
          ...(core.options.migrationsFolder ? { migrationsFolder: core.options.migrationsFolder } : {}),
        });
        let safety: BackupResult | undefined;
        try {
          if (!session && staged.role !== 'manager') {
            throw new ServiceError('forbidden', `${staged.user} is not a manager in this backup, and restoring a backup is a manager's task.`);
          }
          // Never replace what could not be backed up first.
          safety = session
            ? backupDatabase(session.database.raw, paths.backupDir, { reason: 'before-restore', keyringFile: paths.keyringFile, now: now() })
            : backupFilesAsTheyAre({ databaseFile: paths.databaseFile, keyringFile: paths.keyringFile, destDir: paths.backupDir, reason: 'before-restore', now: now() });
        } catch (error) {
          staged.discard();
          throw error;
        }
        if (session) core.endSession('system');
        const databasePart = source.header.parts.find((p) => p.name === 'database');
        commitRestore(staged, {
          action: 'backup.restore',
          entity: 'database',
          entity_id: staged.keyring.database_id,
          details: {
            from: source.file,
            backup_created_at: source.header.created_at,
            backup_reason: source.header.reason,
            ...(databasePart ? { database_sha256: databasePart.sha256 } : {}),
            method: input.unlock.method,
            ...(staged.newKeyring ? { passphrase_set_for: staged.user } : {}),
            ...(safety ? { safety_backup: basename(safety.file) } : {}),
          },
        });
        return { restored: sourceInfo(source), safetyBackup: safety?.file ?? null, status: core.status() };
      }),
  };
}
