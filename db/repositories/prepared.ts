import type { Statement } from 'better-sqlite3';
import type { QueryRaw } from '../access';

/** Statements are prepared once per connection (preparing is a measurable part of a small report). */
const prepared = new WeakMap<QueryRaw, Map<string, Statement>>();

export function preparedRaw(raw: QueryRaw, sql: string): Statement {
  let cache = prepared.get(raw);
  if (!cache) prepared.set(raw, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = raw.prepare(sql)));
  return statement;
}

