import type { Actor, WritableDatabase } from './audited-write';
import { createDrizzle, openEncryptedDatabase } from './connection';

/**
 * What another thread needs to open the open team database itself and write to it through the one audited
 * write path: a long write (an import) then runs off the main thread, on a connection of its own. Plain data,
 * so it can be posted to a worker thread; the key is a copy, wiped by both sides when the work ends.
 */
export interface SecondConnection {
  databaseFile: string;
  key: Uint8Array;
  nativeBinding?: string;
  busyTimeoutMs?: number;
  /** Who the write is recorded as, and when. */
  actor: Actor;
  at: Date;
}

/** Opens the connection (WAL, foreign keys and the rest as the app's own) and wipes the key it was given. */
export function openSecondConnection(target: SecondConnection): WritableDatabase {
  const key = Buffer.from(target.key.buffer, target.key.byteOffset, target.key.byteLength);
  try {
    const raw = openEncryptedDatabase(target.databaseFile, key, {
      ...(target.nativeBinding ? { nativeBinding: target.nativeBinding } : {}),
      ...(target.busyTimeoutMs !== undefined ? { busyTimeoutMs: target.busyTimeoutMs } : {}),
    });
    return { raw, db: createDrizzle(raw) };
  } finally {
    key.fill(0);
  }
}
