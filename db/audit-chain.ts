import { createHash, randomUUID } from 'node:crypto';
import type { QueryRaw } from './access';
import type { RawDatabase } from './connection';

/**
 * The audit log's hash chain. Each row's hash covers its own fields and the previous row's hash, so changing,
 * removing or re-ordering any row breaks every hash from there on, and `verifyAuditChain` names the first.
 */

/** One audit row as stored: JSON fields already serialised, exactly the text the hash covers. */
export interface AuditRow {
  id: string;
  at: string;
  user: string | null;
  role: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: string | null;
  before: string | null;
  after: string | null;
}

export const CHAIN_START = 'ipsdesk-audit-chain-v1';

export function auditRowHash(seq: number, row: AuditRow, previousHash: string): string {
  const fields = [seq, row.id, row.at, row.user, row.role, row.action, row.entity, row.entity_id, row.details, row.before, row.after];
  return createHash('sha256').update(previousHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

const COLUMNS = 'id, at, user, role, action, entity, entity_id, details, before, after';

/** The newest chained row's seq and hash (the chain's start when there is none). */
export function chainHead(raw: QueryRaw): { seq: number; hash: string } {
  const head = raw.prepare('SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  return head ?? { seq: 0, hash: CHAIN_START };
}

/** Appends one row to the chain. Call only inside the transaction that makes the change it records. */
export function appendAuditRow(raw: RawDatabase, row: AuditRow): void {
  const head = chainHead(raw);
  const seq = head.seq + 1;
  const at = row.at;
  raw
    .prepare(
      `INSERT INTO audit_log (${COLUMNS}, seq, hash, created_at, updated_at)
       VALUES (@id, @at, @user, @role, @action, @entity, @entity_id, @details, @before, @after, @seq, @hash, @created, @created)`,
    )
    .run({ ...row, seq, hash: auditRowHash(seq, row, head.hash), created: at });
}

const SEALED_KEY = 'audit_chain_sealed';

/**
 * Rows written before the chain existed (migration 0004) have no seq: they are put on the chain in the order
 * they were written, once, when the database is first opened by a version that chains. Only once: a row
 * added later behind the app's back must stay off the chain, where verifyAuditChain points at it.
 */
export function sealUnchainedAuditRows(raw: RawDatabase): number {
  const sealed = raw.prepare('SELECT 1 FROM database_meta WHERE key = ?').get(SEALED_KEY);
  if (sealed) return 0;
  const rows = raw.prepare(`SELECT ${COLUMNS} FROM audit_log WHERE seq IS NULL ORDER BY at, created_at, rowid`).all() as AuditRow[];
  raw.transaction(() => {
    const now = new Date().toISOString();
    raw.prepare('INSERT INTO database_meta (id, key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(randomUUID(), SEALED_KEY, now, now, now);
    let head = chainHead(raw);
    const update = raw.prepare('UPDATE audit_log SET seq = @seq, hash = @hash WHERE id = @id');
    for (const row of rows) {
      const seq = head.seq + 1;
      const hash = auditRowHash(seq, row, head.hash);
      update.run({ id: row.id, seq, hash });
      head = { seq, hash };
    }
  }).immediate();
  return rows.length;
}

export type AuditChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBroken: { seq: number | null; id: string | null; at: string | null; reason: string } };

/** Walks the whole chain in order; stops at the first row whose hash, number or place is wrong. */
export function verifyAuditChain(raw: QueryRaw): AuditChainCheck {
  const rows = raw.prepare(`SELECT ${COLUMNS}, seq, hash FROM audit_log ORDER BY seq IS NULL, seq`).iterate() as IterableIterator<
    AuditRow & { seq: number | null; hash: string | null }
  >;
  let previous = CHAIN_START;
  let expected = 1;
  let entries = 0;
  for (const row of rows) {
    const broken = (reason: string): AuditChainCheck => ({ ok: false, entries, firstBroken: { seq: row.seq, id: row.id, at: row.at, reason } });
    if (row.seq === null) return broken('the entry is not on the chain (it was added outside IPS Desk)');
    if (row.seq !== expected) return broken(`entry ${expected} is missing (the next one is ${row.seq}): entries were deleted`);
    if (row.hash !== auditRowHash(row.seq, row, previous)) return broken('the entry was changed after it was written');
    previous = row.hash;
    expected += 1;
    entries += 1;
  }
  return { ok: true, entries };
}
