import { eq, inArray, isNotNull } from 'drizzle-orm';
import type { AgeBand } from '../../shared/outcomes/facts';
import { anonymiseClient, type RetentionEpisode } from '../../shared/retention';
import { clients, jobs } from '../schema';
import { insertInChunks, type Db, type WriteDb } from './db';

/**
 * Reads and writes of the retention rule (shared/retention.ts decides who is due and what changes): the
 * episodes the rule looks at, whether a record was anonymised, and the anonymisation itself.
 */

export function listRetentionEpisodes(db: Db): RetentionEpisode[] {
  return db
    .select({
      id: clients.id,
      client_id: clients.client_id,
      nhs_number: clients.nhs_number,
      previous_episode_id: clients.previous_episode_id,
      referral_date: clients.referral_date,
      discharge_date: clients.discharge_date,
      anonymised_at: clients.anonymised_at,
    })
    .from(clients)
    .all();
}

/** When the client record was anonymised (null if it never was), and the age band kept then. */
export function anonymisationOf(db: Db, id: string): { anonymised_at: string; age_band_at_referral: AgeBand | null } | null {
  const row = db.select({ anonymised_at: clients.anonymised_at, age_band_at_referral: clients.age_band_at_referral }).from(clients).where(eq(clients.id, id)).get();
  return row?.anonymised_at ? { anonymised_at: row.anonymised_at, age_band_at_referral: row.age_band_at_referral } : null;
}

/** client_id → the date it was anonymised, for every anonymised client (imports check against it). */
export function anonymisedClients(db: Db): Map<string, string> {
  const rows = db.select({ client_id: clients.client_id, anonymised_at: clients.anonymised_at }).from(clients).where(isNotNull(clients.anonymised_at)).all();
  return new Map(rows.map((r) => [r.client_id, r.anonymised_at!]));
}

/**
 * Anonymises the given client records and their jobs (what changes: anonymiseClient). The connection has
 * secure_delete on, so the old values are overwritten in the file, not just unlinked.
 */
export function anonymiseClients(db: WriteDb, ids: readonly string[], today: string): void {
  const now = new Date().toISOString();
  insertInChunks(ids, (chunk) => {
    const rows = db
      .select({ id: clients.id, date_of_birth: clients.date_of_birth, referral_date: clients.referral_date, discharge_reason: clients.discharge_reason })
      .from(clients)
      .where(inArray(clients.id, chunk))
      .all();
    for (const row of rows) {
      db.update(clients)
        .set({ ...anonymiseClient(row, today), updated_at: now })
        .where(eq(clients.id, row.id))
        .run();
    }
    db.update(jobs).set({ employer: null, job_title: null, updated_at: now }).where(inArray(jobs.client_pk, chunk)).run();
  });
}
