import type { QueryRaw } from '../access';
import type { AuditEntryRow } from '../../shared/ipc/audit';
import type { SubjectAccessData } from '../../shared/rights/subject-access';
import { listActivitiesOfClient } from './activities-repository';
import { getClient, getEpisodeSummary } from './clients-repository';
import { listContactsOfClient } from './contacts-repository';
import type { Db } from './db';
import { listJobsOfClient } from './jobs-repository';
import { anonymisationOf } from './retention-repository';
import { listWellbeingOfClient } from './wellbeing-repository';

/**
 * What a subject access export holds about one client, read in the caller's transaction. Undefined when the
 * client record does not exist.
 */
export type SubjectAccessRecords = Omit<SubjectAccessData, 'serviceName' | 'generatedOn' | 'generatedBy'>;

const CHILD_ENTITIES = "('job', 'contact', 'activity', 'wellbeing')";

// The client_id references the record has had: the current one and any an edit replaced.
const FORMER_REFERENCES_SQL = `
  SELECT DISTINCT json_extract(before, '$.client_id') FROM audit_log
  WHERE entity = 'client' AND entity_id = @id AND json_valid(before) AND json_extract(before, '$.client_id') IS NOT NULL`;

// Jobs, contacts, activities and scores that were the client's at some time, including those since deleted:
// their create and delete entries hold the whole record, client_id included.
const FORMER_CHILD_IDS_SQL = `
  SELECT DISTINCT entity_id FROM audit_log
  WHERE entity IN ${CHILD_ENTITIES} AND entity_id IS NOT NULL AND (
    (json_valid(before) AND json_extract(before, '$.client_id') IN (SELECT value FROM json_each(@refs))) OR
    (json_valid(after) AND json_extract(after, '$.client_id') IN (SELECT value FROM json_each(@refs))))`;

// Entries about the record itself, about any of its child records, or naming it in their details (the
// retention rule lists the records it anonymised there). Record ids are UUIDs, so instr() cannot match another.
const ENTRIES_SQL = `
  SELECT seq, at, user, role, action, entity, entity_id, before, after, details FROM audit_log
  WHERE entity_id = @id
    OR (entity IN ${CHILD_ENTITIES} AND entity_id IN (SELECT value FROM json_each(@childIds)))
    OR instr(details, @id) > 0
  ORDER BY seq IS NULL DESC, seq, at`;

type StoredRow = Omit<AuditEntryRow, 'before' | 'after' | 'details'> & { before: string | null; after: string | null; details: string | null };

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** Audit entries about client record `id` and its jobs, contacts, activities and wellbeing, oldest first. */
export function auditEntriesAboutClient(raw: QueryRaw, id: string, currentClientId: string, currentChildIds: readonly string[]): AuditEntryRow[] {
  const former = raw.prepare(FORMER_REFERENCES_SQL).pluck().all({ id }) as string[];
  const refs = JSON.stringify([...new Set([currentClientId, ...former])]);
  const formerChildren = raw.prepare(FORMER_CHILD_IDS_SQL).pluck().all({ refs }) as string[];
  const childIds = JSON.stringify([...new Set([...currentChildIds, ...formerChildren])]);
  const rows = raw.prepare(ENTRIES_SQL).all({ id, childIds }) as StoredRow[];
  return rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after), details: parse(r.details) }));
}

export function readSubjectAccessRecords(db: Db, raw: QueryRaw, id: string): SubjectAccessRecords | undefined {
  const stored = getClient(db, id);
  if (!stored) return undefined;
  const jobs = listJobsOfClient(db, id);
  const contacts = listContactsOfClient(db, id);
  const activities = listActivitiesOfClient(db, id);
  const wellbeing = listWellbeingOfClient(db, id);
  const childIds = [...jobs, ...contacts, ...activities, ...wellbeing].map((r) => r.id);
  const anonymisation = anonymisationOf(db, id);
  return {
    client: { ...stored.client, id },
    record: {
      previousEpisode: stored.previous_episode_id ? (getEpisodeSummary(db, stored.previous_episode_id)?.client_id ?? null) : null,
      anonymisedAt: anonymisation?.anonymised_at ?? null,
      ageBandAtReferral: anonymisation?.age_band_at_referral ?? null,
    },
    jobs: jobs.map((j) => j.job),
    contacts: contacts.map((c) => c.contact),
    activities: activities.map((a) => a.activity),
    wellbeing: wellbeing.map((w) => w.wellbeing),
    audit: auditEntriesAboutClient(raw, id, stored.client.client_id, childIds),
  };
}
