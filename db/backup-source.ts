import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BackupReason } from '../shared/ipc/backups';
import {
  BACKUP_FORMAT, BACKUP_FORMAT_VERSION, copyFilePrivately, describeFile, extractBackupParts, looksLikeBackupFile, readBackupHeader,
  readBackupPart, type BackupHeader, type PartName,
} from './backup-file';
import { BackupDamagedError } from './errors';
import { keyringPathFor, readKeyring, type Keyring } from './keyring';

/**
 * A backup to restore from: a one-file backup, or an old two-file backup (`…-backup-<time>[-reason].db` with
 * its `….keyring.json` beside it, as IPS Desk wrote before the one-file format). Old backups carry no
 * checksums, so for them only SQLite's integrity check after unlocking can tell damage; they are cheap to
 * read because they are exactly the two files a restore needs.
 */
export interface BackupSource {
  file: string;
  header: BackupHeader;
  /** Size of the backup on disk (both files for an old backup). */
  bytes: number;
  legacy: boolean;
  /** The embedded keyring's bytes (checksum checked), or null when the backup holds none. */
  keyringBytes(): Buffer | null;
  /** Writes the parts into new private files, checking checksums; a part without a target is skipped. */
  extract(targets: Partial<Record<PartName, string>>): void;
}

export function openBackupSource(file: string): BackupSource {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupDamagedError(file, 'there is no such file');
  if (looksLikeBackupFile(file)) {
    const read = readBackupHeader(file);
    return {
      file,
      header: read.header,
      bytes: read.bytes,
      legacy: false,
      keyringBytes: () => readBackupPart(file, read, 'keyring'),
      extract: (targets) => extractBackupParts(file, read, targets),
    };
  }
  const keyringFile = keyringPathFor(file);
  if (!existsSync(keyringFile)) {
    throw new BackupDamagedError(file, 'it is not an IPS Desk backup (nor an old-style backup with its keyring beside it)');
  }
  const keyring = readKeyring(keyringFile);
  const stamp = /-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(basename(file));
  const createdAt = stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}T${stamp[4]}:${stamp[5]}:${stamp[6]}.${stamp[7]}Z` : statSync(file).mtime.toISOString();
  const reason: BackupReason = basename(file).includes('-before-migration') ? 'before-migration' : 'manual';
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    database_id: keyring.database_id,
    created_at: createdAt,
    reason,
    kind: 'copy',
    parts: [
      { name: 'keyring', ...describeFile(keyringFile) },
      { name: 'database', ...describeFile(file) },
    ],
  };
  return {
    file,
    header,
    bytes: statSync(file).size + statSync(keyringFile).size,
    legacy: true,
    keyringBytes: () => readFileSync(keyringFile),
    extract: (targets) => {
      if (targets.keyring) copyFilePrivately(keyringFile, targets.keyring);
      if (targets.database) copyFilePrivately(file, targets.database);
    },
  };
}

/**
 * A keyring held in memory (from a backup), read and checked by db/keyring.ts's own readKeyring. That
 * function reads files only, so the bytes pass through a private temporary file; a `parseKeyring(text)`
 * there would make this a plain call.
 */
export function keyringFromBytes(bytes: Buffer, label: string): Keyring {
  const dir = mkdtempSync(join(tmpdir(), 'ipsdesk-keyring-'));
  try {
    const file = join(dir, 'backup.keyring.json');
    writeFileSync(file, bytes, { mode: 0o600 });
    try {
      return readKeyring(file);
    } catch (error) {
      throw new BackupDamagedError(label, `its keyring cannot be used (${error instanceof Error ? error.message.replace(file, 'the keyring') : String(error)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
