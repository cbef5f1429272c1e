import { listAllActivities } from '../../../db/repositories/activities-repository';
import { listStoredClients } from '../../../db/repositories/clients-repository';
import { toContact } from '../../../db/repositories/contacts-repository';
import { listAllJobs } from '../../../db/repositories/jobs-repository';
import { listStaff } from '../../../db/repositories/staff-repository';
import { listAllWellbeing } from '../../../db/repositories/wellbeing-repository';
import type { Db } from '../../../db/repositories/db';
import { contacts } from '../../../db/schema';
import type { Contact } from '../../../shared/records';
import type { InterchangeRecords } from '../../xlsx/interchange-columns';

/**
 * Every record of the data set, as the interchange workbook holds them (exports, imports matching what is
 * stored): a re-referral carries its earlier episode's client_id as `previous_episode_id`.
 */
export function readAllRecords(db: Db): InterchangeRecords {
  const stored = listStoredClients(db);
  const clientIdOf = new Map(stored.map((s) => [s.id, s.client.client_id]));
  return {
    clients: stored.map((s) => {
      const previous = s.previous_episode_id === null ? undefined : clientIdOf.get(s.previous_episode_id);
      return previous === undefined ? s.client : { ...s.client, previous_episode_id: previous };
    }),
    jobs: listAllJobs(db).map((s) => s.job),
    contacts: allContacts(db, clientIdOf),
    activities: listAllActivities(db).map((s) => s.activity),
    wellbeing: listAllWellbeing(db).map((s) => s.wellbeing),
    staff: listStaff(db).map((s) => s.staff),
  };
}

/**
 * Every contact, in date order (then kind, then record id), with its client's client_id. Contacts are the
 * bulk of a data set (twenty per client and more), so they are read in one plain scan and joined to their
 * client here: a join and ORDER BY in SQL cost several times as much for 200,000 rows.
 */
export function allContacts(db: Db, clientIdOf: ReadonlyMap<string, string>): Contact[] {
  const rows = db.select().from(contacts).all();
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : 1));
  return rows.map((row) => toContact({ ...row, client_id: row.client_pk === null ? null : (clientIdOf.get(row.client_pk) ?? null) }));
}
