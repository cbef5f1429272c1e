import { listAllActivities } from '../../../db/repositories/activities-repository';
import { listStoredClients } from '../../../db/repositories/clients-repository';
import { listAllContacts } from '../../../db/repositories/contacts-repository';
import { listAllJobs } from '../../../db/repositories/jobs-repository';
import { listStaff } from '../../../db/repositories/staff-repository';
import { listAllWellbeing } from '../../../db/repositories/wellbeing-repository';
import type { Db } from '../../../db/repositories/db';
import type { InterchangeRecords } from '../../xlsx/interchange-columns';

/** Every record of the data set, as the interchange workbook holds them (exports, reports). */
export function readAllRecords(db: Db): InterchangeRecords {
  return {
    clients: listStoredClients(db).map((s) => s.client),
    jobs: listAllJobs(db).map((s) => s.job),
    contacts: listAllContacts(db).map((s) => s.contact),
    activities: listAllActivities(db).map((s) => s.activity),
    wellbeing: listAllWellbeing(db).map((s) => s.wellbeing),
    staff: listStaff(db).map((s) => s.staff),
  };
}
