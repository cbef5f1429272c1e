import type { QueryRaw } from '../access';
import type { IsoDate } from '../../shared/dates';
import { specialistKey, type ClientContactSummary, type ContactFacts, type PeriodRange } from '../../shared/outcomes';
import { preparedRaw } from './prepared';

/**
 * Contact aggregates computed by SQLite, so a report never turns ~200,000 contacts into JavaScript objects.
 * Each query is exactly the SQL spelled out on `ContactFacts` (shared/outcomes/types.ts); the pure
 * `contactFactsFrom` is the reference and test/db/report-facts.test.ts holds the two equal. Contacts point at
 * clients by record id (`client_pk`); the join gives back the team's `client_id` the engine keys on.
 * Dates are ISO text, so comparing them as text compares the dates.
 */

// Every query reads only contacts_report_facts_idx (kind, client_pk, date, specialist, client_preference_based),
// named so the planner never trades it for the narrower (kind, date) index plus a table read per row: that
// costs ~10× more on an encrypted file. Per-client queries walk one kind's slice in client order (no sorting).

const FIRST_EMPLOYER_F2F_SQL = `
  SELECT c.client_id, f.d FROM (
    SELECT client_pk, min(date) AS d FROM contacts INDEXED BY contacts_report_facts_idx
    WHERE kind = 'employer_face_to_face' AND client_pk IS NOT NULL AND date <= @asOf
    GROUP BY client_pk
  ) f JOIN clients c ON c.id = f.client_pk`;

// One kind at a time so each is an ordered walk of the index; the two kinds are merged in JavaScript.
const LAST_CONTACT_OF_KIND_SQL = `
  SELECT c.client_id, f.d FROM (
    SELECT client_pk, max(date) AS d FROM contacts INDEXED BY contacts_report_facts_idx
    WHERE kind = @kind AND client_pk IS NOT NULL AND date <= @snap
    GROUP BY client_pk
  ) f JOIN clients c ON c.id = f.client_pk`;

// Grouped by the stored name; blank and untrimmed names are folded into specialistKey's keys in JavaScript,
// so the keys are exactly those contactFactsFrom makes (SQLite's trim() knows fewer spaces than JavaScript's).
const EMPLOYER_F2F_BY_SPECIALIST_SQL = `
  SELECT specialist, count(*) FROM contacts INDEXED BY contacts_report_facts_idx
  WHERE kind = 'employer_face_to_face' AND date >= @start AND date <= @snap
  GROUP BY specialist`;

// Only contacts marked yes or no (DOMAIN §7 item 2): `unknown` and blank are in neither count.
const EMPLOYER_PREFERENCE_SQL = `
  SELECT count(*), coalesce(sum(client_preference_based = 'yes'), 0) FROM contacts INDEXED BY contacts_report_facts_idx
  WHERE kind IN ('employer_face_to_face', 'employer_other') AND date >= @start AND date <= @snap
    AND client_preference_based IN ('yes', 'no')`;

function dateMap(raw: QueryRaw, sql: string, params: Record<string, string>): Record<string, IsoDate> {
  const rows = preparedRaw(raw, sql).raw(true).all(params) as [string, string][];
  const out: Record<string, IsoDate> = {};
  for (const [clientId, date] of rows) out[clientId] = date;
  return out;
}

function lastClientContacts(raw: QueryRaw, snap: IsoDate): Record<string, IsoDate> {
  const out = dateMap(raw, LAST_CONTACT_OF_KIND_SQL, { kind: 'client_face_to_face', snap });
  const other = preparedRaw(raw, LAST_CONTACT_OF_KIND_SQL).raw(true).all({ kind: 'client_other', snap }) as [string, string][];
  for (const [clientId, date] of other) {
    const seen = out[clientId];
    if (seen === undefined || date > seen) out[clientId] = date;
  }
  return out;
}

/** ContactFacts for `period` as the data stood on `asOf` (snap = min(end, asOf)). */
export function readContactFacts(raw: QueryRaw, period: Pick<PeriodRange, 'start' | 'end'>, asOf: IsoDate): ContactFacts {
  const snap = period.end < asOf ? period.end : asOf;
  const inPeriod = { start: period.start, snap };

  const bySpecialist: Record<string, number> = {};
  let total = 0;
  const perSpecialist = preparedRaw(raw, EMPLOYER_F2F_BY_SPECIALIST_SQL).raw(true).all(inPeriod) as [string | null, number][];
  for (const [name, n] of perSpecialist) {
    const key = specialistKey(name);
    bySpecialist[key] = (bySpecialist[key] ?? 0) + n;
    total += n;
  }
  const [marked, preferenceBased] = preparedRaw(raw, EMPLOYER_PREFERENCE_SQL).raw(true).get(inPeriod) as [number, number];

  return {
    firstEmployerF2F: dateMap(raw, FIRST_EMPLOYER_F2F_SQL, { asOf }),
    lastClientContact: lastClientContacts(raw, snap),
    employerF2FInPeriod: { total, bySpecialist },
    employerContactsPreference: { marked, preferenceBased },
  };
}

// One row per client with any contact, as contactSummaryFrom (shared/outcomes/data-quality.ts) builds it.
const CONTACT_SUMMARY_SQL = `
  SELECT c.client_id,
    max(CASE WHEN k.kind IN ('client_face_to_face', 'client_other') AND k.date <= @asOf THEN k.date END),
    coalesce(sum(c.discharge_date IS NOT NULL AND k.date > c.discharge_date), 0),
    min(CASE WHEN c.discharge_date IS NOT NULL AND k.date > c.discharge_date THEN k.date END),
    coalesce(sum(k.kind IN ('employer_face_to_face', 'employer_other') AND coalesce(trim(k.employer), '') = ''), 0)
  FROM contacts k JOIN clients c ON c.id = k.client_pk
  GROUP BY k.client_pk`;

const UNLINKED_WITHOUT_EMPLOYER_SQL = `
  SELECT count(*) FROM contacts
  WHERE client_pk IS NULL AND kind IN ('employer_face_to_face', 'employer_other') AND coalesce(trim(employer), '') = ''`;

/** Per client, what data quality needs from the contacts table (semantics on ClientContactSummary). */
export function readContactSummary(raw: QueryRaw, asOf: IsoDate): Record<string, ClientContactSummary> {
  const rows = preparedRaw(raw, CONTACT_SUMMARY_SQL).raw(true).all({ asOf }) as [string, string | null, number, string | null, number][];
  const out: Record<string, ClientContactSummary> = {};
  for (const [clientId, last, after, firstAfter, withoutEmployer] of rows) {
    out[clientId] = { lastClientContact: last, contactsAfterDischarge: after, firstContactAfterDischarge: firstAfter, employerContactsWithoutEmployer: withoutEmployer };
  }
  return out;
}

/** Employer contacts on behalf of no client with a blank employer (as unlinkedContactsWithoutEmployer counts them). */
export function readUnlinkedContactsWithoutEmployer(raw: QueryRaw): number {
  return preparedRaw(raw, UNLINKED_WITHOUT_EMPLOYER_SQL).pluck().get() as number;
}

/** Record ids for turning the team's references into links: client_id → uuid, job_id → job and client uuids. */
export type RecordIdLookup = {
  clients: Map<string, string>;
  jobs: Map<string, { id: string; clientPk: string }>;
  /** Staff by name (the engine names staff by name); the first record of a repeated name wins. */
  staff: Map<string, string>;
};

export function readRecordIds(raw: QueryRaw): RecordIdLookup {
  const clients = new Map(preparedRaw(raw, 'SELECT client_id, id FROM clients').raw(true).all() as [string, string][]);
  const jobs = new Map<string, { id: string; clientPk: string }>();
  for (const [jobId, id, clientPk] of preparedRaw(raw, 'SELECT job_id, id, client_pk FROM jobs').raw(true).all() as [string, string, string][]) {
    jobs.set(jobId, { id, clientPk });
  }
  const staff = new Map<string, string>();
  for (const [name, id] of preparedRaw(raw, 'SELECT name, id FROM staff ORDER BY name, id').raw(true).all() as [string, string][]) {
    if (!staff.has(name)) staff.set(name, id);
  }
  return { clients, jobs, staff };
}

/** The client_id of a client record, if it exists. */
export function clientIdOfRecord(raw: QueryRaw, clientPk: string): string | undefined {
  const row = preparedRaw(raw, 'SELECT client_id FROM clients WHERE id = ?').raw(true).get(clientPk) as [string] | undefined;
  return row?.[0];
}
