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
  SELECT c.client_id, f.d AS date FROM (
    SELECT client_pk, min(date) AS d FROM contacts INDEXED BY contacts_report_facts_idx
    WHERE kind = 'employer_face_to_face' AND client_pk IS NOT NULL AND date <= @asOf
    GROUP BY client_pk
  ) f JOIN clients c ON c.id = f.client_pk`;

// One kind at a time so each is an ordered walk of the index; the two kinds are merged in JavaScript.
const LAST_CONTACT_OF_KIND_SQL = `
  SELECT c.client_id, f.d AS date FROM (
    SELECT client_pk, max(date) AS d FROM contacts INDEXED BY contacts_report_facts_idx
    WHERE kind = @kind AND client_pk IS NOT NULL AND date <= @snap
    GROUP BY client_pk
  ) f JOIN clients c ON c.id = f.client_pk`;

// Grouped by the stored name; blank and untrimmed names are folded into specialistKey's keys in JavaScript,
// so the keys are exactly those contactFactsFrom makes (SQLite's trim() knows fewer spaces than JavaScript's).
const EMPLOYER_F2F_BY_SPECIALIST_SQL = `
  SELECT specialist, count(*) AS contacts FROM contacts INDEXED BY contacts_report_facts_idx
  WHERE kind = 'employer_face_to_face' AND date >= @start AND date <= @snap
  GROUP BY specialist`;

// Only contacts marked yes or no (DOMAIN §7 item 2): `unknown` and blank are in neither count.
const EMPLOYER_PREFERENCE_SQL = `
  SELECT count(*) AS marked, coalesce(sum(client_preference_based = 'yes'), 0) AS preference_based FROM contacts INDEXED BY contacts_report_facts_idx
  WHERE kind IN ('employer_face_to_face', 'employer_other') AND date >= @start AND date <= @snap
    AND client_preference_based IN ('yes', 'no')`;

type ClientDate = { client_id: string; date: IsoDate };

function dateMap(raw: QueryRaw, sql: string, params: Record<string, string>): Record<string, IsoDate> {
  const rows = preparedRaw(raw, sql).all(params) as ClientDate[];
  const out: Record<string, IsoDate> = {};
  for (const row of rows) out[row.client_id] = row.date;
  return out;
}

function lastClientContacts(raw: QueryRaw, snap: IsoDate): Record<string, IsoDate> {
  const out = dateMap(raw, LAST_CONTACT_OF_KIND_SQL, { kind: 'client_face_to_face', snap });
  const other = preparedRaw(raw, LAST_CONTACT_OF_KIND_SQL).all({ kind: 'client_other', snap }) as ClientDate[];
  for (const { client_id: clientId, date } of other) {
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
  const perSpecialist = preparedRaw(raw, EMPLOYER_F2F_BY_SPECIALIST_SQL).all(inPeriod) as { specialist: string | null; contacts: number }[];
  for (const row of perSpecialist) {
    const key = specialistKey(row.specialist);
    bySpecialist[key] = (bySpecialist[key] ?? 0) + row.contacts;
    total += row.contacts;
  }
  const preference = preparedRaw(raw, EMPLOYER_PREFERENCE_SQL).get(inPeriod) as { marked: number; preference_based: number };
  const { marked, preference_based: preferenceBased } = preference;

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
    max(CASE WHEN k.kind IN ('client_face_to_face', 'client_other') AND k.date <= @asOf THEN k.date END) AS last_client_contact,
    coalesce(sum(c.discharge_date IS NOT NULL AND k.date > c.discharge_date), 0) AS contacts_after_discharge,
    min(CASE WHEN c.discharge_date IS NOT NULL AND k.date > c.discharge_date THEN k.date END) AS first_contact_after_discharge,
    coalesce(sum(k.kind IN ('employer_face_to_face', 'employer_other') AND coalesce(trim(k.employer), '') = ''), 0) AS without_employer,
    coalesce(sum(k.date > @asOf), 0) AS after_as_of,
    coalesce(sum(k.date < c.referral_date), 0) AS before_referral,
    min(CASE WHEN k.date < c.referral_date THEN k.date END) AS first_before_referral
  FROM contacts k JOIN clients c ON c.id = k.client_pk
  GROUP BY k.client_pk`;

const UNLINKED_WITHOUT_EMPLOYER_SQL = `
  SELECT count(*) FROM contacts
  WHERE client_pk IS NULL AND kind IN ('employer_face_to_face', 'employer_other') AND coalesce(trim(employer), '') = ''`;

/** Per client, what data quality needs from the contacts table (semantics on ClientContactSummary). */
export function readContactSummary(raw: QueryRaw, asOf: IsoDate): Record<string, ClientContactSummary> {
  type Row = {
    client_id: string;
    last_client_contact: string | null;
    contacts_after_discharge: number;
    first_contact_after_discharge: string | null;
    without_employer: number;
    after_as_of: number;
    before_referral: number;
    first_before_referral: string | null;
  };
  const rows = preparedRaw(raw, CONTACT_SUMMARY_SQL).all({ asOf }) as Row[];
  const out: Record<string, ClientContactSummary> = {};
  for (const r of rows) {
    out[r.client_id] = {
      lastClientContact: r.last_client_contact,
      contactsAfterDischarge: r.contacts_after_discharge,
      firstContactAfterDischarge: r.first_contact_after_discharge,
      employerContactsWithoutEmployer: r.without_employer,
      contactsAfterAsOf: r.after_as_of,
      contactsBeforeReferral: r.before_referral,
      firstContactBeforeReferral: r.first_before_referral,
    };
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
  const clientRows = preparedRaw(raw, 'SELECT client_id, id FROM clients').all() as { client_id: string; id: string }[];
  const clients = new Map(clientRows.map((c) => [c.client_id, c.id]));
  const jobs = new Map<string, { id: string; clientPk: string }>();
  for (const j of preparedRaw(raw, 'SELECT job_id, id, client_pk FROM jobs').all() as { job_id: string; id: string; client_pk: string }[]) {
    jobs.set(j.job_id, { id: j.id, clientPk: j.client_pk });
  }
  const staff = new Map<string, string>();
  for (const s of preparedRaw(raw, 'SELECT name, id FROM staff ORDER BY name, id').all() as { name: string; id: string }[]) {
    if (!staff.has(s.name)) staff.set(s.name, s.id);
  }
  return { clients, jobs, staff };
}

/** The client_id of a client record, if it exists. */
export function clientIdOfRecord(raw: QueryRaw, clientPk: string): string | undefined {
  const row = preparedRaw(raw, 'SELECT client_id FROM clients WHERE id = ?').get(clientPk) as { client_id: string } | undefined;
  return row?.client_id;
}
