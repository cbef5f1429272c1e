import type { AppTransaction } from '../../../db/connection';
import type { StoredClient } from '../../../db/repositories/clients-repository';
import type { StoredJob } from '../../../db/repositories/jobs-repository';
import { anonymisedClients } from '../../../db/repositories/retention-repository';
import { staffNameKey } from '../../../db/repositories/staff-repository';
import { formatUkDate } from '../../../shared/dates';
import type { Job, Staff } from '../../../shared/records';
import { reidentifyingFields, reidentifyingJobFields } from '../../../shared/retention';
import { INTERCHANGE_SHEETS, type InterchangeClient, type RecordKey } from '../../xlsx/interchange-columns';
import { clipText } from '../../xlsx/interchange-text';

const SHEET_NAME = Object.fromEntries(INTERCHANGE_SHEETS.map((def) => [def.key, def.name])) as Record<RecordKey, string>;

/** The clients and jobs stored before the merge, read once for both the checks and the writes. */
export interface StoredBeforeMerge {
  clients: readonly StoredClient[];
  jobs: readonly StoredJob[];
}

/**
 * The checks only the database can settle, made on each record as it comes: a job moving between clients, a
 * client that is neither stored nor in the records, an id or a name twice, an anonymised client named again. Holds the
 * problems found; `writing` is false once there is one.
 */
export class MergeChecks {
  readonly problems: string[] = [];
  /** Stored clients and those taken so far: every client is taken before any record that names one. */
  readonly knownClients: Set<string>;
  private readonly ownerOfJob: Map<string, string>;
  private readonly anonymised: ReadonlyMap<string, string>;
  private readonly staffNames = new Set<string>();
  /** Ids taken in this merge: the same id twice is one record given twice (the database would refuse the second). */
  private readonly clientIdsTaken = new Set<string>();
  private readonly jobIdsTaken = new Set<string>();

  constructor(tx: AppTransaction, stored: StoredBeforeMerge) {
    this.knownClients = new Set(stored.clients.map((s) => s.client.client_id));
    this.ownerOfJob = new Map(stored.jobs.map((j) => [j.job.job_id, j.job.client_id]));
    this.anonymised = anonymisedClients(tx);
  }

  get writing(): boolean {
    return this.problems.length === 0;
  }

  client(client: InterchangeClient): void {
    this.once(SHEET_NAME.clients, 'Client ID', client.client_id, this.clientIdsTaken);
    this.knownClients.add(client.client_id);
    const fields = this.anonymised.has(client.client_id) ? reidentifyingFields(client) : [];
    if (fields.length > 0) this.reidentifying(SHEET_NAME.clients, `Client ID "${client.client_id}"`, client.client_id, fields);
  }

  /** After every client: the earlier episodes named must be on the caseload. */
  previousEpisodes(links: readonly { clientId: string; previousClientId: string }[]): void {
    for (const { clientId, previousClientId } of links) {
      if (!this.knownClients.has(previousClientId)) {
        this.problems.push(`${SHEET_NAME.clients}: the previous episode "${clipText(previousClientId)}" of "${clipText(clientId)}" is not on the caseload`);
      }
    }
  }

  staff(person: Staff): void {
    const key = staffNameKey(person.name);
    if (this.staffNames.has(key)) this.problems.push(`${SHEET_NAME.staff}: "${clipText(person.name)}" appears more than once; each member of staff is one row`);
    this.staffNames.add(key);
  }

  job(job: Job): void {
    this.once(SHEET_NAME.jobs, 'Job ID', job.job_id, this.jobIdsTaken);
    const owner = this.ownerOfJob.get(job.job_id);
    if (owner !== undefined && owner !== job.client_id) {
      this.problems.push(`${SHEET_NAME.jobs}: Job ID "${clipText(job.job_id)}" is recorded for client "${clipText(owner)}", not "${clipText(job.client_id)}"; a job cannot move to another client by import`);
    }
    this.onCaseload('jobs', job);
    const fields = this.anonymised.has(job.client_id) ? reidentifyingJobFields(job) : [];
    if (fields.length > 0) this.reidentifying(SHEET_NAME.jobs, `Job ID "${job.job_id}"`, job.client_id, fields);
  }

  /** Whether a record's client (if it names one) is on the caseload; a problem if not. */
  onCaseload(key: RecordKey, record: { client_id: string | null }): boolean {
    if (record.client_id === null || this.knownClients.has(record.client_id)) return true;
    this.problems.push(`${SHEET_NAME[key]}: Client ID "${clipText(record.client_id)}" is not on the caseload`);
    return false;
  }

  private once(sheet: string, label: string, id: string, taken: Set<string>): void {
    if (taken.has(id)) this.problems.push(`${sheet}: ${label} "${clipText(id)}" appears more than once`);
    taken.add(id);
  }

  /** Anonymising is one-way: a row (of an older workbook, say) must not name the person again. */
  private reidentifying(sheet: string, what: string, clientId: string, labels: readonly { label: string }[]): void {
    this.problems.push(
      `${sheet}: ${what} holds the ${labels.map((l) => l.label).join(', ')} of client "${clientId}", anonymised on ${formatUkDate(this.anonymised.get(clientId))}; anonymised records cannot be named again`,
    );
  }
}
