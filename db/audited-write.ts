import { randomUUID } from 'node:crypto';
import type { Role } from '../shared/roles';
import type { WriteDb } from './access';
import { appendAuditRow } from './audit-chain';
import type { AppDatabase, RawDatabase } from './connection';

/**
 * The one way anything is written to the team database. `writeAudited` opens an immediate transaction, runs
 * the work, and appends the audit entry the work returns to the hash-chained audit log in the same
 * transaction: the change and its record of who, when and what are saved together or not at all. The work
 * must return exactly one entry (`audited(result, entry)`), which the types enforce.
 */

/** Who is writing. `user` is null only under the recovery key, before a name is chosen. */
export interface Actor {
  user: string | null;
  role: Role | null;
}

type Fields = Record<string, unknown>;

export interface AuditEntry {
  /** `area.verb`: `client.update`, `records.import`, `vault.unlock`, … */
  action: string;
  entity?: string | null;
  entity_id?: string | null;
  /** The changed fields as they were (null for a create) and as they are (null for a delete). */
  before?: Fields | null;
  after?: Fields | null;
  /** Anything else worth keeping: counts, the method of an unlock, a file's SHA-256. Never passphrases or keys. */
  details?: unknown;
}

export interface Audited<T> {
  result: T;
  audit: AuditEntry;
}

export function audited<T>(result: T, audit: AuditEntry): Audited<T> {
  return { result, audit };
}

/** Inside a write: drizzle for ordinary statements, the raw connection for prepared bulk inserts. */
export interface WriteScope {
  db: WriteDb;
  raw: RawDatabase;
}

export interface WritableDatabase {
  db: AppDatabase;
  raw: RawDatabase;
}

/** A missing field and a null one are the same blank. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields that differ between two versions of a record, as `{ before, after }` holding only those fields;
 * a create (no before) or delete (no after) keeps the whole record. Both null when nothing changed.
 */
export function changedFields(before: Fields | null | undefined, after: Fields | null | undefined): { before: Fields | null; after: Fields | null } {
  if (!before || !after) return { before: before ?? null, after: after ?? null };
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !sameValue(before[k], after[k]));
  if (keys.length === 0) return { before: null, after: null };
  return { before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])), after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])) };
}

/** JSON with object keys sorted, so the stored text (and its hash) does not depend on property order. */
export function canonicalJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function writeAudited<T>(database: WritableDatabase, actor: Actor, at: Date, work: (scope: WriteScope) => Audited<T>): T {
  return database.db.transaction(
    (tx) => {
      const { result, audit } = work({ db: tx, raw: database.raw });
      appendAuditRow(database.raw, {
        id: randomUUID(),
        at: at.toISOString(),
        user: actor.user,
        role: actor.role,
        action: audit.action,
        entity: audit.entity ?? null,
        entity_id: audit.entity_id ?? null,
        details: canonicalJson(audit.details),
        before: canonicalJson(audit.before),
        after: canonicalJson(audit.after),
      });
      return result;
    },
    { behavior: 'immediate' },
  );
}
