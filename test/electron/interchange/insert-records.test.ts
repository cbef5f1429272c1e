import { describe, expect, it } from 'vitest';
import { prepareRecordInserts, ROWS_PER_STATEMENT } from '../../../electron/services/interchange/insert-records';
import { generateDemoData } from '../../../electron/services/demo';
import { createEncryptedDatabase } from '../../db/demo-database';
import { useTempDirs } from '../../db/helpers';

/**
 * The bulk writer holds rows back and writes many to a statement. These check that no row is lost or written
 * out of turn: a part-filled statement's rows on flush, a client before its contacts (the foreign key would
 * refuse them otherwise), and before an episode link names it.
 */
const tempDir = useTempDirs();
const data = generateDemoData({ clients: 20, contactsPerClient: 15, jobsPerClient: 1, seed: 3, today: '2026-02-14' });

function newDatabase() {
  return createEncryptedDatabase(tempDir()).raw;
}

const count = (raw: ReturnType<typeof newDatabase>, table: string) => raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('bulk record inserts', () => {
  it('writes every row, in full statements and the rest on flush', () => {
    const raw = newDatabase();
    const contacts = data.contacts.filter((c) => c.client_id !== null);
    expect(contacts.length % ROWS_PER_STATEMENT).not.toBe(0);
    expect(contacts.length).toBeGreaterThan(2 * ROWS_PER_STATEMENT);
    raw.transaction(() => {
      const insert = prepareRecordInserts(raw);
      const pk = new Map(data.clients.map((c) => [c.client_id, insert.client(c)]));
      for (const contact of contacts) insert.contact(contact, pk.get(contact.client_id!)!);
      // Clients went in before the first contact: their foreign keys held.
      expect(count(raw, 'clients')).toBe(data.clients.length);
      expect(count(raw, 'contacts')).toBe(contacts.length - (contacts.length % ROWS_PER_STATEMENT));
      insert.flush();
    })();
    expect(count(raw, 'contacts')).toBe(contacts.length);
    const stored = raw.prepare('SELECT date, kind, employer FROM contacts ORDER BY id').all();
    expect(stored).toEqual(contacts.map((c) => ({ date: c.date, kind: c.kind, employer: c.employer })));
    raw.close();
  });

  it('stores the clients before linking an episode to an earlier one', () => {
    const raw = newDatabase();
    const [first, second] = data.clients;
    raw.transaction(() => {
      const insert = prepareRecordInserts(raw);
      const earlier = insert.client(first!);
      const later = insert.client(second!);
      insert.linkEpisode(later, earlier);
    })();
    const linked = raw.prepare('SELECT client_id, previous_episode_id FROM clients ORDER BY id').all();
    const ids = raw.prepare('SELECT id FROM clients ORDER BY id').pluck().all();
    expect(linked).toEqual([
      { client_id: first!.client_id, previous_episode_id: null },
      { client_id: second!.client_id, previous_episode_id: ids[0] },
    ]);
    raw.close();
  });
});
