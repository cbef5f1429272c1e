import { recordAudit, type AuditEntry } from '../../../db/audit';
import type { AppDatabase, AppTransaction, RawDatabase } from '../../../db/connection';
import { todayIso, type IsoDate } from '../../../shared/dates';

/** What the record services need from the vault: the open database and who unlocked it. */
export interface RecordsVault {
  /** Throws ServiceError('locked') while the database is locked. */
  getDatabase(): { db: AppDatabase; raw: RawDatabase };
  currentUser(): string | undefined;
}

export interface RecordServiceOptions {
  /** The manager's "today" (local date); injectable so tests and demos are reproducible. */
  today?: () => IsoDate;
}

export type Audit = (entry: Omit<AuditEntry, 'user'>) => void;

export interface RecordContext {
  today(): IsoDate;
  /** Runs a read against the open database. */
  read<T>(work: (db: AppDatabase) => T): T;
  /**
   * Runs `work` in one transaction with the audit entries it records: if anything in it throws, nothing
   * of it (audit entries included) is written.
   */
  write<T>(work: (tx: AppTransaction, audit: Audit) => T): T;
  user(): string | null;
}

export function createRecordContext(vault: RecordsVault, options: RecordServiceOptions = {}): RecordContext {
  const user = () => vault.currentUser() ?? null;
  return {
    today: () => options.today?.() ?? todayIso(),
    read: (work) => work(vault.getDatabase().db),
    write: (work) => {
      const { db } = vault.getDatabase();
      const at = new Date();
      return db.transaction((tx) => work(tx, (entry) => recordAudit(tx, { ...entry, user: user() }, at)), { behavior: 'immediate' });
    },
    user,
  };
}
