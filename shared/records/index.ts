export * from './client';
export * from './job';
export * from './contact';
export * from './activity';
export * from './wellbeing';
export * from './staff';

import type { Activity } from './activity';
import type { Client } from './client';
import type { Contact } from './contact';
import type { Job } from './job';
import type { Staff } from './staff';
import type { Wellbeing } from './wellbeing';

/** Everything a team records, one list per record type: the shape of an interchange workbook and of demo data. */
export interface TeamRecords {
  clients: Client[];
  jobs: Job[];
  contacts: Contact[];
  activities: Activity[];
  wellbeing: Wellbeing[];
  staff: Staff[];
}
export * from './warnings';
