import { asc } from 'drizzle-orm';
import { listAllActivities } from '../../../db/repositories/activities-repository';
import { listStoredClients } from '../../../db/repositories/clients-repository';
import { listAllJobs } from '../../../db/repositories/jobs-repository';
import { listStaff } from '../../../db/repositories/staff-repository';
import { listAllWellbeing } from '../../../db/repositories/wellbeing-repository';
import type { QueryRaw } from '../../../db/access';
import type { Db } from '../../../db/repositories/db';
import { preparedRaw } from '../../../db/repositories/prepared';
import { contacts } from '../../../db/schema';
import type { Contact } from '../../../shared/records';
import type { InterchangeRecords } from '../../xlsx/interchange-columns';

/**
 * Every record of the data set, as the interchange workbook holds them (exports, imports matching what is
 * stored): a re-referral carries its earlier episode's client_id as `previous_episode_id`. `raw` is the
 * same connection (or transaction) as `db`, for the contacts (allContacts).
 */
export function readAllRecords(db: Db, raw: QueryRaw): InterchangeRecords {
  const stored = listStoredClients(db);
  const clientIdOf = new Map(stored.map((s) => [s.id, s.client.client_id]));
  return {
    clients: stored.map((s) => {
      const previous = s.previous_episode_id === null ? undefined : clientIdOf.get(s.previous_episode_id);
      return previous === undefined ? s.client : { ...s.client, previous_episode_id: previous };
    }),
    jobs: listAllJobs(db).map((s) => s.job),
    contacts: allContacts(db, clientIdOf, raw),
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
 * bulk of a data set (twenty per client and more), so only the columns the interchange holds are read, in
 * one plain scan, and joined to their client here: a join in SQL costs several times as much for 200,000
 * rows. The ORDER BY does not, and spares reading every record id only to sort by it. Drizzle builds the
 * query; it runs on the raw connection `db` runs on (`raw`), which takes rows one at a time (better-sqlite3's
 * `iterate`), so that a row's array is garbage as soon as its contact is made; drizzle's `values` returns them
 * all at once, and the garbage collector then copies 200,000 arrays it cannot free yet (~0.2 s and 20 MB).
 */
export function allContacts(db: Db, clientIdOf: ReadonlyMap<string, string>, raw: QueryRaw): Contact[] {
  const { sql, params } = db.select(CONTACT_VALUES).from(contacts).orderBy(asc(contacts.date), asc(contacts.kind), asc(contacts.id)).toSQL();
  const rows = preparedRaw(raw, sql).raw(true).iterate(...params) as Iterable<ContactValues>;
  const list: Contact[] = [];
  for (const [date, kind, clientPk, employer, specialist, preference] of rows) {
    list.push({
      date,
      kind,
      client_id: clientPk === null ? null : (clientIdOf.get(clientPk) ?? null),
      employer,
      specialist,
      client_preference_based: preference,
    });
  }
  return list;
}
