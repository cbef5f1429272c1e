import { listAllActivities } from '../../../db/repositories/activities-repository';
import { listStoredClients } from '../../../db/repositories/clients-repository';
import { listAllContacts } from '../../../db/repositories/contacts-repository';
import { listAllJobs } from '../../../db/repositories/jobs-repository';
import { listStaff } from '../../../db/repositories/staff-repository';
import { listAllWellbeing } from '../../../db/repositories/wellbeing-repository';
import type { Db } from '../../../db/repositories/db';
import type { InterchangeRecords } from '../../xlsx/interchange-columns';

/**
 * Every record of the data set, as the interchange workbook holds them (exports, reports): a re-referral
 * carries its earlier episode's client_id as `previous_episode_id`.
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
    contacts: listAllContacts(db).map((s) => s.contact),
    activities: listAllActivities(db).map((s) => s.activity),
    wellbeing: listAllWellbeing(db).map((s) => s.wellbeing),
    staff: listStaff(db).map((s) => s.staff),
  };
}
