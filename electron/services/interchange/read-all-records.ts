import { asc } from 'drizzle-orm';
import { listAllActivities } from '../../../db/repositories/activities-repository';
import { listStoredClients } from '../../../db/repositories/clients-repository';
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

/** The contact fields the interchange holds, with the client's record id in place of its client_id. */
const CONTACT_VALUES = {
  date: contacts.date,
  kind: contacts.kind,
  client_pk: contacts.client_pk,
  employer: contacts.employer,
  specialist: contacts.specialist,
  client_preference_based: contacts.client_preference_based,
};
type ContactValues = [Contact['date'], Contact['kind'], string | null, Contact['employer'], Contact['specialist'], Contact['client_preference_based']];

/**
 * Every contact, in date order (then kind, then record id), with its client's client_id. Contacts are the
 * bulk of a data set (twenty per client and more), so they are read in one plain scan of the columns the
 * interchange holds, as arrays (drizzle's `values`: no row object per contact, only the contact itself),
 * and joined to their client here. A join in SQL costs several times as much for 200,000 rows; the ORDER
 * BY does not, and spares reading every record id only to sort by it.
 */
export function allContacts(db: Db, clientIdOf: ReadonlyMap<string, string>): Contact[] {
  const rows = db.select(CONTACT_VALUES).from(contacts).orderBy(asc(contacts.date), asc(contacts.kind), asc(contacts.id)).values() as ContactValues[];
  return rows.map(([date, kind, clientPk, employer, specialist, preference]) => ({
    date,
    kind,
    client_id: clientPk === null ? null : (clientIdOf.get(clientPk) ?? null),
    employer,
    specialist,
    client_preference_based: preference,
  }));
}
