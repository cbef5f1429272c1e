import type { QueryRaw } from '../access';
import type { AuditEntryRow, AuditFilter } from '../../shared/ipc/audit';

type StoredRow = Omit<AuditEntryRow, 'before' | 'after' | 'details'> & { before: string | null; after: string | null; details: string | null };

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * One page of the audit trail, newest first, filtered in SQL. Dates compare as text against the ISO
 * timestamps (`to` takes the whole day).
 */
export function listAuditEntries(raw: QueryRaw, filter: AuditFilter): { entries: AuditEntryRow[]; more: boolean } {
  const where = ['seq IS NOT NULL'];
  const params: Record<string, string | number> = { limit: filter.limit + 1 };
  if (filter.user) {
    where.push('user = @user');
    params.user = filter.user;
  }
  if (filter.action) {
    where.push(filter.action.includes('.') ? 'action = @action' : "action LIKE @action || '.%'");
    params.action = filter.action;
  }
  if (filter.entityId) {
    where.push('entity_id = @entityId');
    params.entityId = filter.entityId;
  }
  if (filter.from) {
    where.push('at >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    where.push("at < date(@to, '+1 day')");
    params.to = filter.to;
  }
  if (filter.beforeSeq) {
    where.push('seq < @beforeSeq');
    params.beforeSeq = filter.beforeSeq;
  }
  const rows = raw
    .prepare(`SELECT seq, at, user, role, action, entity, entity_id, before, after, details FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT @limit`)
    .all(params) as StoredRow[];
  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after), details: parse(r.details) })),
    more: rows.length > filter.limit,
  };
}

/** The names and actions that occur, for the viewer's filter lists. */
export function auditFilterChoices(raw: QueryRaw): { users: string[]; actions: string[] } {
  const users = raw.prepare('SELECT DISTINCT user FROM audit_log WHERE user IS NOT NULL ORDER BY user').pluck().all() as string[];
  const actions = raw.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').pluck().all() as string[];
  return { users, actions };
}

/** When `user` last opened client record `clientPk`, if ever. */
export function lastClientView(raw: QueryRaw, user: string, clientPk: string): string | null {
  const row = raw
    .prepare(`SELECT max(at) FROM audit_log WHERE entity = 'client' AND entity_id = ? AND action = 'client.view' AND user = ?`)
    .pluck()
    .get(clientPk, user) as string | null;
  return row ?? null;
}
