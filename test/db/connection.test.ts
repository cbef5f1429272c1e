import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDrizzle, IPS_DESK_APPLICATION_ID, openEncryptedDatabase } from '../../db/connection';
import { DatabaseMissingError, NotAnIpsDeskDatabaseError, WrongKeyError } from '../../db/errors';
import { migrateDatabase } from '../../db/migrate';
import { clients } from '../../db/schema';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();

function newDatabase() {
  const dir = tempDir();
  const file = join(dir, 'ipsdesk.db');
  const key = randomBytes(32);
  const raw = openEncryptedDatabase(file, key, { create: true });
  migrateDatabase(raw, { backupDir: join(dir, 'backups') });
  return { dir, file, key, raw };
}

const fileBytes = (file: string) => (existsSync(file) ? readFileSync(file) : Buffer.alloc(0));

describe('openEncryptedDatabase', () => {
  it('pins SQLCipher v4 settings and the connection pragmas', () => {
    const { raw, file } = newDatabase();
    expect(raw.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(String(raw.pragma('legacy', { simple: true }))).toBe('4');
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(raw.pragma('secure_delete', { simple: true })).toBe(1);
    expect(raw.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(raw.pragma('application_id', { simple: true })).toBe(IPS_DESK_APPLICATION_ID);
    raw.close();
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('leaves no plaintext in the database, its WAL or any journal, before and after a checkpoint', () => {
    const { raw, file } = newDatabase();
    const name = 'Zebulon Quixotically';
    const nhsNumber = '9434765919';
    createDrizzle(raw)
      .insert(clients)
      .values({ client_id: 'PLAIN-1', referral_date: '2025-05-01', retention_case: false, benefits: [], given_name: name, nhs_number: nhsNumber })
      .run();
    const secrets = [name, nhsNumber, 'SQLite format 3', 'PLAIN-1'];
    const sidecars = ['', '-wal', '-shm', '-journal'].map((s) => file + s);
    const scan = () => {
      const found: string[] = [];
      for (const f of sidecars) {
        const bytes = fileBytes(f);
        for (const secret of secrets) if (bytes.includes(Buffer.from(secret, 'utf8'))) found.push(`${secret} in ${f}`);
      }
      return found;
    };
    expect(fileBytes(`${file}-wal`).length).toBeGreaterThan(0); // the row is in the WAL right now
    expect(scan()).toEqual([]);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    expect(scan()).toEqual([]);
    raw.close();
    expect(scan()).toEqual([]);
  });

  it('refuses a wrong key on opening, with a typed error', () => {
    const { raw, file } = newDatabase();
    raw.close();
    expect(() => openEncryptedDatabase(file, randomBytes(32))).toThrow(WrongKeyError);
  });

  it('refuses plain SQLite, empty and missing files without writing to them', () => {
    const dir = tempDir();
    const plain = join(dir, 'plain.db');
    const other = new Database(plain);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const before = readFileSync(plain);
    expect(() => openEncryptedDatabase(plain, randomBytes(32))).toThrow(NotAnIpsDeskDatabaseError);
    expect(readFileSync(plain).equals(before)).toBe(true);

    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    expect(() => openEncryptedDatabase(empty, randomBytes(32))).toThrow(NotAnIpsDeskDatabaseError);
    expect(readFileSync(empty).length).toBe(0);

    const junk = join(dir, 'junk.db');
    writeFileSync(junk, randomBytes(8192));
    const junkBytes = readFileSync(junk);
    expect(() => openEncryptedDatabase(junk, randomBytes(32))).toThrow(WrongKeyError);
    expect(readFileSync(junk).equals(junkBytes)).toBe(true);

    expect(() => openEncryptedDatabase(join(dir, 'missing.db'), randomBytes(32))).toThrow(DatabaseMissingError);
  });

  it('refuses an encrypted database that is not an IPS Desk one', () => {
    const dir = tempDir();
    const file = join(dir, 'foreign.db');
    const key = randomBytes(32);
    const foreign = new Database(file);
    foreign.pragma(`cipher='sqlcipher'`);
    foreign.pragma('legacy=4');
    foreign.pragma(`key="x'${key.toString('hex')}'"`);
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    expect(() => openEncryptedDatabase(file, key)).toThrow(/not an IPS Desk database/);
  });

  it('never creates over an existing file', () => {
    const { raw, file } = newDatabase();
    raw.close();
    expect(() => openEncryptedDatabase(file, randomBytes(32), { create: true })).toThrow(/already exists/);
  });
});
