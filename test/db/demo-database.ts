import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createDrizzle, openEncryptedDatabase, type AppDatabase, type RawDatabase } from '../../db/connection';
import { migrateDatabase } from '../../db/migrate';
import type { DemoData } from '../../electron/services/demo';
import type { WriteDb } from '../../db/access';

/**
 * Test and benchmark set-up: a real encrypted database in a temp folder, filled with demo data through
 * prepared statements in one transaction (fast enough for 10,000 clients and 200,000 contacts).
 */
export function createEncryptedDatabase(dir: string, fileName = 'ipsdesk.db', key = randomBytes(32)): { raw: RawDatabase; db: AppDatabase; key: Buffer } {
  const raw = openEncryptedDatabase(join(dir, fileName), key, { create: true });
  migrateDatabase(raw, { backupDir: join(dir, 'backups') });
  return { raw, db: createDrizzle(raw), key };
}

/** Runs repository writes on a test database in one transaction (the app writes only through writeAudited). */
export function inTransaction<T>(db: AppDatabase, work: (tx: WriteDb) => T): T {
  return db.transaction(work);
}

const yn = (b: boolean) => (b ? 'yes' : 'no');

/** Inserts every record of `data`; returns client_id → record id. */
export function insertDemoData(raw: RawDatabase, data: Pick<DemoData, 'clients' | 'jobs' | 'contacts' | 'activities' | 'staff'> & Partial<Pick<DemoData, 'wellbeing'>>): Map<string, string> {
  const now = new Date().toISOString();
  const insertClient = raw.prepare(`INSERT INTO clients (id, client_id, nhs_number, given_name, family_name, date_of_birth, gender,
    ethnicity, diagnosis, specialist, team, referral_date, employment_status_at_referral, retention_case, retention_return_date,
    vocational_profile_date, action_plan_date, discharge_date, discharge_reason, education_level, benefits, paid_work_recency,
    maintained_job_over_1y, in_secondary_mh_care, care_plan_employment_actions, care_plan_retention_actions, created_at, updated_at)
    VALUES (${Array(28).fill('?').join(', ')})`);
  const insertJob = raw.prepare(`INSERT INTO jobs (id, job_id, client_pk, employer, job_title, start_date, four_hours_confirmed, end_date,
    hours_per_week, contract_type, competitive, sector, soc_major_group, evidence, created_at, updated_at)
    VALUES (${Array(16).fill('?').join(', ')})`);
  const insertContact = raw.prepare(`INSERT INTO contacts (id, date, kind, client_pk, employer, specialist, client_preference_based,
    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertActivity = raw.prepare('INSERT INTO activities (id, client_pk, start_date, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertWellbeing = raw.prepare('INSERT INTO wellbeing (id, client_pk, date, measure, score, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertStaff = raw.prepare('INSERT INTO staff (id, name, fte, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');

  const ids = new Map<string, string>();
  const pk = (clientId: string | null) => {
    if (clientId === null) return null;
    const id = ids.get(clientId);
    if (!id) throw new Error(`No client ${clientId}`);
    return id;
  };
  raw.transaction(() => {
    for (const c of data.clients) {
      const id = randomUUID();
      ids.set(c.client_id, id);
      insertClient.run(
        id, c.client_id, c.nhs_number, c.given_name, c.family_name, c.date_of_birth, c.gender, c.ethnicity, c.diagnosis, c.specialist,
        c.team, c.referral_date, c.employment_status_at_referral, yn(c.retention_case), c.retention_return_date, c.vocational_profile_date,
        c.action_plan_date, c.discharge_date, c.discharge_reason, c.education_level, JSON.stringify(c.benefits), c.paid_work_recency,
        c.maintained_job_over_1y, c.in_secondary_mh_care, c.care_plan_employment_actions, c.care_plan_retention_actions, now, now,
      );
    }
    for (const j of data.jobs) {
      insertJob.run(
        randomUUID(), j.job_id, pk(j.client_id), j.employer, j.job_title, j.start_date, yn(j.four_hours_confirmed), j.end_date,
        j.hours_per_week, j.contract_type, yn(j.competitive), j.sector, j.soc_major_group, j.evidence, now, now,
      );
    }
    for (const k of data.contacts) {
      insertContact.run(randomUUID(), k.date, k.kind, pk(k.client_id), k.employer, k.specialist, k.client_preference_based, now, now);
    }
    for (const a of data.activities) insertActivity.run(randomUUID(), pk(a.client_id), a.start_date, a.kind, now, now);
    for (const w of data.wellbeing ?? []) insertWellbeing.run(randomUUID(), pk(w.client_id), w.date, w.measure, w.score, now, now);
    for (const s of data.staff) insertStaff.run(randomUUID(), s.name, s.fte, s.start_date, s.end_date, now, now);
  })();
  return ids;
}
