import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { DATABASE_META_KEYS, databaseMeta } from '../schema';
import type { Db, WriteDb } from './db';

/**
 * The secret behind client pseudonyms in returns (electron/xlsx/template/pseudonym.ts): 32 random bytes
 * made once per database, at its first export, and kept in database_meta inside the encrypted file, so a
 * client's pseudonym is the same in every return from this database and means nothing without it.
 */
const KEY = DATABASE_META_KEYS.pseudonymSecret;
const SECRET_BYTES = 32;

function decode(value: string | undefined): Buffer | null {
  if (!value) return null;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === SECRET_BYTES ? bytes : null;
}

export function readPseudonymSecret(db: Db): Buffer | null {
  return decode(db.select({ value: databaseMeta.value }).from(databaseMeta).where(eq(databaseMeta.key, KEY)).get()?.value);
}

/** The secret, made now if the database has none yet. Never replaces one: pseudonyms must stay stable. */
export function ensurePseudonymSecret(tx: WriteDb): { secret: Buffer; created: boolean } {
  const existing = tx.select({ value: databaseMeta.value }).from(databaseMeta).where(eq(databaseMeta.key, KEY)).get();
  if (existing) {
    const secret = decode(existing.value);
    if (!secret) throw new Error('The pseudonym secret stored in this database is damaged; pseudonyms cannot be made.');
    return { secret, created: false };
  }
  const secret = randomBytes(SECRET_BYTES);
  tx.insert(databaseMeta).values({ key: KEY, value: secret.toString('base64') }).run();
  return { secret, created: true };
}
