import type { AppDatabase, AppTransaction } from './connection';
import { auditLog } from './schema';

export interface AuditEntry {
  /** Who: the unlocked user's name; null for actions under the recovery key before a name is chosen. */
  user: string | null;
  /** What, as `area.verb`: `vault.unlock`, `client.update`, … */
  action: string;
  entity?: string | null;
  entity_id?: string | null;
  /** Never passphrases, keys or personal data: ids, counts and outcomes only. */
  details?: unknown;
}

export function recordAudit(db: AppDatabase | AppTransaction, entry: AuditEntry, at: Date = new Date()): void {
  db.insert(auditLog)
    .values({
      at: at.toISOString(),
      user: entry.user,
      action: entry.action,
      entity: entry.entity ?? null,
      entity_id: entry.entity_id ?? null,
      details: entry.details ?? null,
    })
    .run();
}
