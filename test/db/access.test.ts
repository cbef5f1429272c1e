import { describe, expect, it } from 'vitest';
import { createReader, WriteOutsideTransactionError, type DatabaseReader } from '../../db/access';
import { audited, changedFields, writeAudited } from '../../db/audited-write';
import { insertClient, listStoredClients } from '../../db/repositories/clients-repository';
import { clients } from '../../db/schema';
import { clientSchema } from '../../shared/records';
import { useTempDirs } from './helpers';
import { createEncryptedDatabase } from './demo-database';

const tempDir = useTempDirs();
const actor = { user: 'Ann', role: 'manager' } as const;
const client = clientSchema.parse({ client_id: 'C-1', referral_date: '2025-04-01' });

/** Compile-time proof: none of these may type-check. If one ever does, `tsc` fails on the unused directive. */
export function readersCannotWrite(reader: DatabaseReader): void {
  // @ts-expect-error a reader's drizzle handle has no insert
  reader.db.insert(clients);
  // @ts-expect-error nor update
  reader.db.update(clients);
  // @ts-expect-error nor delete
  reader.db.delete(clients);
  // @ts-expect-error nor raw SQL that might write
  reader.db.run('DELETE FROM clients');
  // @ts-expect-error repository writes need the transaction writeAudited opens
  insertClient(reader.db, client);
}

describe('reading and writing the database', () => {
  it('a reader reads, and refuses to prepare any statement that writes', () => {
    const open = createEncryptedDatabase(tempDir());
    const reader = createReader(open);
    expect(reader.raw.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });
    for (const sql of ['DELETE FROM clients', "INSERT INTO staff (id, name, created_at, updated_at) VALUES ('x', 'y', '', '')", 'UPDATE clients SET team = 1', 'DROP TABLE clients', 'PRAGMA user_version = 3']) {
      expect(() => reader.raw.prepare(sql), sql).toThrow(WriteOutsideTransactionError);
    }
    open.raw.close();
  });

  it('writes the change and its audit entry together, or neither', () => {
    const open = createEncryptedDatabase(tempDir());
    const reader = createReader(open);
    const count = () => reader.raw.prepare('SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM audit_log) AS audit').get();
    expect(() =>
      writeAudited(open, actor, new Date(), ({ db }) => {
        insertClient(db, client);
        throw new Error('the disk is full');
      }),
    ).toThrow('the disk is full');
    expect(count()).toEqual({ clients: 0, audit: 0 });
    const id = writeAudited(open, actor, new Date('2026-01-02T03:04:05Z'), ({ db }) => {
      const pk = insertClient(db, client);
      return audited(pk, { action: 'client.create', entity: 'client', entity_id: pk, after: client });
    });
    expect(count()).toEqual({ clients: 1, audit: 1 });
    expect(listStoredClients(reader.db).map((c) => c.id)).toEqual([id]);
    expect(reader.raw.prepare('SELECT at, user, role, action, entity_id, seq FROM audit_log').get()).toEqual({
      at: '2026-01-02T03:04:05.000Z', user: 'Ann', role: 'manager', action: 'client.create', entity_id: id, seq: 1,
    });
    open.raw.close();
  });

  it('changedFields keeps only what changed, and whole records for creates and deletes', () => {
    expect(changedFields({ a: 1, b: 'x', c: [1] }, { a: 1, b: 'y', c: [1, 2] })).toEqual({ before: { b: 'x', c: [1] }, after: { b: 'y', c: [1, 2] } });
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({ before: null, after: null });
    expect(changedFields(null, { a: 1 })).toEqual({ before: null, after: { a: 1 } });
    expect(changedFields({ a: 1 }, null)).toEqual({ before: { a: 1 }, after: null });
    expect(changedFields({ a: null }, { b: 2 })).toEqual({ before: { b: null }, after: { b: 2 } });
  });
});
