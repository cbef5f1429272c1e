import { z } from 'zod';
import { passphraseSchema, personNameSchema, recoveryKeyInputSchema, vaultStatusSchema } from './vault';

/** Why a backup was made: shown beside it in Settings and written into its file name. */
export const BACKUP_REASONS = ['daily', 'manual', 'before-migration', 'before-restore', 'after-key-change'] as const;
export const backupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof backupReasonSchema>;

/** Settings warns when the newest backup is older than this many days (or there is none). */
export const BACKUP_STALE_AFTER_DAYS = 7;

export const backupInfoSchema = z.object({
  /** Absolute path: what `backups.inspect` and `backups.restore` take back. */
  file: z.string(),
  fileName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  reason: backupReasonSchema,
  /** Size of the backup file. */
  bytes: z.number().int().nonnegative(),
  /** Null only for a copy of files whose keyring could not be read (kept byte for byte before a restore). */
  databaseId: z.string().nullable(),
  /** `copy`: a consistent copy of the open database; `files`: the files as they were on disk, taken without opening them. */
  kind: z.enum(['copy', 'files']),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** What happened to the copy in the manager's chosen folder. */
export const backupCopySchema = z.object({
  folder: z.string(),
  ok: z.boolean(),
  file: z.string().optional(),
  problem: z.string().optional(),
});
export type BackupCopy = z.infer<typeof backupCopySchema>;

/** The latest attempt, kept beside the backups so a failed automatic backup shows in Settings. */
export const backupAttemptSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  ok: z.boolean(),
  reason: backupReasonSchema,
  file: z.string().optional(),
  problem: z.string().optional(),
  copy: backupCopySchema.optional(),
});
export type BackupAttempt = z.infer<typeof backupAttemptSchema>;

export const unreadableBackupSchema = z.object({ file: z.string(), problem: z.string() });

export const backupStatusSchema = z.object({
  /** `<data folder>/backups`: where every backup is written first. */
  folder: z.string(),
  /** The manager's second folder (e.g. a synced network folder), or null. */
  copyFolder: z.string().nullable(),
  lastBackup: backupInfoSchema.nullable(),
  lastAttempt: backupAttemptSchema.nullable(),
  /** True when there is no backup, or the newest is older than BACKUP_STALE_AFTER_DAYS: Settings shows a warning. */
  stale: z.boolean(),
  /** This database's backups in `folder`, newest first. */
  backups: z.array(backupInfoSchema),
  /** This database's backups in `copyFolder`, newest first (empty when none is set or it cannot be read). */
  copies: z.array(backupInfoSchema),
  /** Files that look like backups but cannot be read (cut off, damaged): never deleted by rotation. */
  unreadable: z.array(unreadableBackupSchema),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const backupFileSchema = z.string().trim().min(1, 'Choose a backup file').max(4096, 'The path is too long');

/** How a restore proves it may open the backup: a passphrase in it, or the recovery key and a new passphrase. */
export const restoreUnlockSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('passphrase'), user: personNameSchema, passphrase: z.string().min(1, 'Enter the passphrase') }),
  z.object({
    method: z.literal('recovery_key'),
    recoveryKey: recoveryKeyInputSchema,
    /** Whose passphrase to set; default: the first manager in the backup. */
    user: personNameSchema.optional(),
    newPassphrase: passphraseSchema,
  }),
]);
export type RestoreUnlock = z.infer<typeof restoreUnlockSchema>;

export const backupChannels = {
  'backups.status': { input: z.object({}), output: backupStatusSchema },
  /** "Back up now": writes to `folder`, copies to `copyFolder` if set, rotates both. */
  'backups.create': {
    input: z.object({}),
    output: z.object({ backup: backupInfoSchema, copy: backupCopySchema.nullable(), removed: z.array(z.string()) }),
  },
  /** Sets (or clears, with null) the second folder; refused with the reason if it does not exist or cannot be written. */
  'backups.setCopyFolder': {
    input: z.object({ folder: z.string().trim().min(1, 'Choose a folder').max(4096, 'The path is too long').nullable() }),
    output: backupStatusSchema,
  },
  /** Reads a backup file's header (no passphrase needed): when it was made, why, and whose passphrases open it. */
  'backups.inspect': {
    input: z.object({ file: backupFileSchema }),
    output: z.object({
      backup: backupInfoSchema,
      users: z.array(z.string()),
      /** Whether it is a backup of the database set up here (null when none is). */
      sameDatabase: z.boolean().nullable(),
    }),
  },
  /**
   * Replaces the team database with a backup, after checking the file's checksum and SQLite's integrity check.
   * The database that was there is backed up first. Ends locked: unlock with the passphrase used (or set) here.
   */
  'backups.restore': {
    input: z.object({ file: backupFileSchema, unlock: restoreUnlockSchema }),
    output: z.object({ restored: backupInfoSchema, safetyBackup: z.string().nullable(), status: vaultStatusSchema }),
  },
} as const;
