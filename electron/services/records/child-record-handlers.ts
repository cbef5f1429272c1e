import { audited, changedFields } from '../../../db/audited-write';
import type { WriteDb } from '../../../db/repositories/db';
import { deleteActivity, getActivity, insertActivity, updateActivity } from '../../../db/repositories/activities-repository';
import { clientPkOf } from '../../../db/repositories/clients-repository';
import { deleteContact, getContact, insertContact, listEmployerContacts, updateContact } from '../../../db/repositories/contacts-repository';
import { deleteJob, findJobByJobId, getJob, insertJob, updateJob } from '../../../db/repositories/jobs-repository';
import { anonymisationOf } from '../../../db/repositories/retention-repository';
import { deleteWellbeing, getWellbeing, insertWellbeing, updateWellbeing } from '../../../db/repositories/wellbeing-repository';
import { isIsoDate } from '../../../shared/dates';
import type { Handlers, ParsedInput } from '../../../shared/ipc/contract';
import type { Activity, Contact, Job, Wellbeing } from '../../../shared/records';
import { reidentifyingJobFields } from '../../../shared/retention';
import { conflictAt, invalidField, recordNotFound, stillAnonymous, unknownClient } from './record-errors';
import type { Caller } from '../../../shared/roles';
import type { ServiceContext } from '../service-context';

type ChildChannel =
  | 'jobs.save'
  | 'jobs.delete'
  | 'contacts.save'
  | 'contacts.delete'
  | 'contacts.listEmployer'
  | 'activities.save'
  | 'activities.delete'
  | 'wellbeing.save'
  | 'wellbeing.delete';

/**
 * How one kind of record that belongs to a client is stored. Records point at their client by the
 * team's `client_id`, which must be on the caseload; the table keeps the client's record id instead.
 */
interface ChildKind<R extends { client_id: string | null }> {
  /** The input field holding the record, and the audit entity. */
  field: 'job' | 'contact' | 'activity' | 'wellbeing';
  /** What people call it in messages. */
  noun: string;
  /** The stored record, for the audit entry's "before". */
  get(tx: WriteDb, id: string): R | undefined;
  insert(tx: WriteDb, record: R, clientPk: string | null): string;
  update(tx: WriteDb, id: string, record: R, clientPk: string | null): void;
  remove(tx: WriteDb, id: string): boolean;
  /** Rules beyond the client reference (job ids unique). */
  check?(tx: WriteDb, record: R, id: string | null): void;
}

function resolveClient(tx: WriteDb, field: string, clientId: string | null): string | null {
  if (clientId === null) return null;
  const pk = clientPkOf(tx, clientId);
  if (!pk) throw unknownClient([field, 'client_id'], clientId);
  return pk;
}

function saver<R extends { client_id: string | null }>(context: ServiceContext, kind: ChildKind<R>) {
  return (input: { id?: string | null | undefined }, record: R, caller: Caller): { id: string } =>
    context.write(caller, ({ db: tx }) => {
      const existingId = input.id ?? null;
      const before = existingId ? kind.get(tx, existingId) : null;
      if (existingId && !before) throw recordNotFound(kind.noun);
      const clientPk = resolveClient(tx, kind.field, record.client_id);
      kind.check?.(tx, record, existingId);
      let id: string;
      if (existingId) {
        kind.update(tx, existingId, record, clientPk);
        id = existingId;
      } else {
        id = kind.insert(tx, record, clientPk);
      }
      return audited({ id }, { action: `${kind.field}.${existingId ? 'update' : 'create'}`, entity: kind.field, entity_id: id, ...changedFields(before, record) });
    });
}

function deleter<R extends { client_id: string | null }>(context: ServiceContext, kind: ChildKind<R>) {
  return (input: { id: string }, caller: Caller): { deleted: true } =>
    context.write(caller, ({ db: tx }) => {
      const before = kind.get(tx, input.id);
      if (!before || !kind.remove(tx, input.id)) throw recordNotFound(kind.noun);
      return audited({ deleted: true as const }, { action: `${kind.field}.delete`, entity: kind.field, entity_id: input.id, before, after: null });
    });
}

const jobKind: ChildKind<Job> = {
  field: 'job',
  noun: 'job',
  get: (tx, id) => getJob(tx, id)?.job,
  insert: (tx, job, pk) => insertJob(tx, job, pk!),
  update: (tx, id, job, pk) => updateJob(tx, id, job, pk!),
  remove: deleteJob,
  check: (tx, job, id) => {
    const holder = findJobByJobId(tx, job.job_id);
    if (holder && holder.id !== id) throw conflictAt(['job', 'job_id'], `Job ID "${job.job_id}" is already used by another job`);
    const clientPk = clientPkOf(tx, job.client_id);
    const anonymised = clientPk ? anonymisationOf(tx, clientPk) : null;
    const fields = anonymised ? reidentifyingJobFields(job) : [];
    if (anonymised && fields.length > 0) throw stillAnonymous(job.client_id, anonymised.anonymised_at, fields, 'job');
  },
};

const contactKind: ChildKind<Contact> = {
  field: 'contact',
  noun: 'contact',
  get: (tx, id) => getContact(tx, id)?.contact,
  insert: insertContact,
  update: updateContact,
  remove: deleteContact,
};

const activityKind: ChildKind<Activity> = {
  field: 'activity',
  noun: 'activity',
  get: (tx, id) => getActivity(tx, id)?.activity,
  insert: (tx, activity, pk) => insertActivity(tx, activity, pk!),
  update: (tx, id, activity, pk) => updateActivity(tx, id, activity, pk!),
  remove: deleteActivity,
};

const wellbeingKind: ChildKind<Wellbeing> = {
  field: 'wellbeing',
  noun: 'wellbeing score',
  get: (tx, id) => getWellbeing(tx, id)?.wellbeing,
  insert: (tx, score, pk) => insertWellbeing(tx, score, pk!),
  update: (tx, id, score, pk) => updateWellbeing(tx, id, score, pk!),
  remove: deleteWellbeing,
};

/** The optional date range of the employer contacts log: real dates, in order. */
function checkRange(input: ParsedInput<'contacts.listEmployer'>): { from: string | null; to: string | null } {
  const from = input.from?.trim() || null;
  const to = input.to?.trim() || null;
  if (from && !isIsoDate(from)) throw invalidField(['from'], 'From date must be a real date (YYYY-MM-DD)');
  if (to && !isIsoDate(to)) throw invalidField(['to'], 'To date must be a real date (YYYY-MM-DD)');
  if (from && to && to < from) throw invalidField(['to'], 'To date must be on or after the From date');
  return { from, to };
}

export function createChildRecordHandlers(context: ServiceContext): Pick<Handlers, ChildChannel> {
  const saveJob = saver(context, jobKind);
  const saveContact = saver(context, contactKind);
  const saveActivity = saver(context, activityKind);
  const saveWellbeing = saver(context, wellbeingKind);
  return {
    'jobs.save': (input, caller) => saveJob(input, input.job, caller),
    'jobs.delete': deleter(context, jobKind),
    'contacts.save': (input, caller) => saveContact(input, input.contact, caller),
    'contacts.delete': deleter(context, contactKind),
    'contacts.listEmployer': (input) => {
      const range = checkRange(input);
      return { rows: context.read(({ db }) => listEmployerContacts(db, range)).map((c) => ({ ...c.contact, id: c.id })) };
    },
    'activities.save': (input, caller) => saveActivity(input, input.activity, caller),
    'activities.delete': deleter(context, activityKind),
    'wellbeing.save': (input, caller) => saveWellbeing(input, input.wellbeing, caller),
    'wellbeing.delete': deleter(context, wellbeingKind),
  };
}
