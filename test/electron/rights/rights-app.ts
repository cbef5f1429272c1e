import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readKeyring, unwrapWithPassphrase } from '../../../db/keyring';
import type { RecordsApp } from '../records/records-app';

/** What openRecordsApp signs in with. */
export const MANAGER = { user: 'Ann Manager', passphrase: 'river stone meadow 7' };
export const SPECIALIST = { user: 'Ben Specialist', passphrase: 'ben gets his own passphrase' };

/** Adds a specialist and signs in as them (the manager's session ends). */
export async function signInAsSpecialist(app: RecordsApp): Promise<void> {
  await app.call('users.add', { name: SPECIALIST.user, role: 'specialist', passphrase: SPECIALIST.passphrase });
  await app.vault.lock();
  await app.vault.unlock({ user: SPECIALIST.user, passphrase: SPECIALIST.passphrase });
}

/** Every text cell of every table in the open database, as `table.column` → values (the decrypted tables). */
export function allTextCells(app: RecordsApp): { where: string; text: string }[] {
  const { raw } = app.vault.reader();
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const out: { where: string; text: string }[] = [];
  for (const table of tables) {
    for (const row of raw.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) if (typeof value === 'string') out.push({ where: `${table}.${column}`, text: value });
    }
  }
  return out;
}

/**
 * The whole database file as plain bytes: the vault is closed (so SQLite folds the WAL back into the file),
 * a copy is opened with the key from the keyring and decrypted in place. Whatever the file still holds —
 * live rows, freed pages, old cells — is in these bytes.
 */
export async function decryptedFileBytes(app: RecordsApp, dir: string): Promise<Buffer> {
  app.vault.close();
  const copy = join(dir, 'decrypted-copy.db');
  copyFileSync(app.vault.paths.databaseFile, copy);
  const key = await unwrapWithPassphrase(readKeyring(app.vault.paths.keyringFile), MANAGER.user, MANAGER.passphrase);
  const db = new Database(copy);
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.pragma('journal_mode=DELETE');
    db.pragma("rekey=''");
    if (db.prepare('SELECT count(*) FROM clients').pluck().get() === undefined) throw new Error('copy not readable');
  } finally {
    db.close();
  }
  const bytes = readFileSync(copy);
  if (bytes.subarray(0, 15).toString('latin1') !== 'SQLite format 3') throw new Error('The copy was not decrypted');
  return bytes;
}
