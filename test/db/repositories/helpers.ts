import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { WriteDb } from '../../../db/access';
import { createDrizzle, openEncryptedDatabase, type RawDatabase } from '../../../db/connection';
import { migrateDatabase } from '../../../db/migrate';
import {
  activitySchema, clientSchema, contactSchema, jobSchema, staffSchema, wellbeingSchema,
  type ActivityInput, type ClientInput, type ContactInput, type JobInput, type StaffInput, type WellbeingInput,
} from '../../../shared/records';

/**
 * A real encrypted, migrated database in `dir` (close it with `raw.close()`). Repository tests call the write
 * functions on the connection itself, statement by statement; the app only ever writes through writeAudited.
 */
export function openTestDatabase(dir: string): { db: WriteDb; raw: RawDatabase } {
  const raw = openEncryptedDatabase(join(dir, 'ipsdesk.db'), randomBytes(32), { create: true });
  migrateDatabase(raw, { backupDir: join(dir, 'backups') });
  return { db: createDrizzle(raw) as unknown as WriteDb, raw };
}

/** Valid NHS numbers (modulus 11). */
export const NHS = ['9434765919', '4010232137', '4857773457', '4505577104', '9990001111'] as const;

/** Records parsed by their real schemas, with the smallest valid defaults. */
export const client = (over: Partial<ClientInput> = {}) => clientSchema.parse({ client_id: 'C-1', referral_date: '2025-04-01', ...over });

export const job = (over: Partial<JobInput> = {}) =>
  jobSchema.parse({
    job_id: 'J-1', client_id: 'C-1', start_date: '2025-06-01', hours_per_week: 16, contract_type: 'permanent', four_hours_confirmed: true, ...over,
  });

export const contact = (over: Partial<ContactInput> = {}) =>
  contactSchema.parse({ date: '2025-05-01', kind: 'client_face_to_face', client_id: 'C-1', ...over });

export const activity = (over: Partial<ActivityInput> = {}) =>
  activitySchema.parse({ client_id: 'C-1', start_date: '2025-09-01', kind: 'fe_college', ...over });

export const wellbeingScore = (over: Partial<WellbeingInput> = {}) =>
  wellbeingSchema.parse({ client_id: 'C-1', date: '2025-05-01', measure: 'swemwbs', score: 21, ...over });

export const staffMember = (over: Partial<StaffInput> = {}) => staffSchema.parse({ name: 'Priya Shah', fte: 1, start_date: '2024-01-01', ...over });
