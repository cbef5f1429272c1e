import { ServiceError } from './service-error';

/**
 * What a person sees when another process (a second copy of IPS Desk, the command line, a backup tool)
 * holds the database's write lock for longer than the busy timeout (5 s): never SQLite's own "database is
 * locked".
 */
export const BUSY_MESSAGE = 'IPS Desk is busy with another task. Try again in a moment.';

/** SQLITE_BUSY and SQLITE_LOCKED with their extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE, …). */
export function isDatabaseBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

/** The busy ServiceError for a busy failure; anything else is returned unchanged. */
export function busyAsServiceError(error: unknown): unknown {
  return isDatabaseBusy(error) ? new ServiceError('busy', BUSY_MESSAGE) : error;
}
