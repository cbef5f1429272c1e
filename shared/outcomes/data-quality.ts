import { addDays, formatUkDate, type IsoDate } from '../dates';
import type { Client, Contact, Staff } from '../records';
import { isStaffInPostOn } from './facts';
import type { EngineJob } from './types';

/**
 * Data-quality problems that change or block report figures. `blocks`: a figure cannot be right until it is
 * fixed (double counting, missing hours or FTE, a job with no client); `changes`: the record is accepted but
 * a figure leaves it out or a reader would be misled (e.g. an engagement that cannot count yet).
 */
export type DataQualityProblem = {
  kind: DataQualityKind;
  severity: 'blocks' | 'changes';
  message: string;
  record: { type: 'client' | 'job' | 'staff' | 'contact'; id: string };
};

export type DataQualityKind =
  | 'profile_without_action_plan'
  | 'action_plan_without_profile'
  | 'job_without_hours'
  | 'job_without_client'
  | 'duplicate_job'
  | 'job_before_referral'
  | 'four_hours_unconfirmed'
  | 'contact_after_discharge'
  | 'staff_fte_missing'
  | 'no_recent_contact'
  | 'employer_contact_without_employer'
  | 'date_in_future'
  | 'profile_before_referral'
  | 'contact_before_referral';

/**
 * Per client, what data quality needs from the contacts table (one row per client_id that has any):
 * - `lastClientContact`: MAX(date) of client_face_to_face / client_other contacts with date ≤ as_of;
 * - `contactsAfterDischarge`: COUNT of contacts of any kind with this client_id dated after the client's
 *   discharge_date (0 when not discharged); `firstContactAfterDischarge`: MIN(date) of those;
 * - `employerContactsWithoutEmployer`: COUNT of employer contacts (either kind) on the client's behalf whose
 *   employer is blank (DOMAIN §2 allows it; it is worth a note, since nobody can follow it up);
 * - `contactsAfterAsOf`: COUNT of contacts of any kind with this client_id dated after as_of (a date typed wrong);
 * - `contactsBeforeReferral`: COUNT of them dated before the client's referral_date; `firstContactBeforeReferral`: MIN(date).
 * `contactSummaryFrom` computes it from raw contacts; the database layer may do the same in SQL.
 */
export type ClientContactSummary = {
  lastClientContact: IsoDate | null;
  contactsAfterDischarge: number;
  firstContactAfterDischarge: IsoDate | null;
  employerContactsWithoutEmployer: number;
  contactsAfterAsOf: number;
  contactsBeforeReferral: number;
  firstContactBeforeReferral: IsoDate | null;
};

export type DataQualityInput = {
  clients: readonly Client[];
  jobs: readonly EngineJob[];
  staff: readonly Staff[];
  contactSummary: Record<string, ClientContactSummary>;
  /** Employer contacts on behalf of no client with a blank employer. */
  unlinkedContactsWithoutEmployer?: number;
};

const isEmployerContact = (kind: Contact['kind']) => kind === 'employer_face_to_face' || kind === 'employer_other';
const isBlank = (text: string | null) => !text || text.trim() === '';

/** Employer contacts on behalf of no client whose employer is blank (the rest are counted per client). */
export function unlinkedContactsWithoutEmployer(contacts: Iterable<Pick<Contact, 'kind' | 'client_id' | 'employer'>>): number {
  let n = 0;
  for (const c of contacts) if (!c.client_id && isEmployerContact(c.kind) && isBlank(c.employer)) n += 1;
  return n;
}

/** No client contact for 8 weeks: none in [as_of − 55, as_of] (56 days, like the 28-day active window). */
export const NO_CONTACT_DAYS = 56;
/** Four paid hours should be confirmed within 2 weeks of a start; later than that is worth a prompt. */
export const FOUR_HOURS_GRACE_DAYS = 14;

export function contactSummaryFrom(
  clients: readonly Pick<Client, 'client_id' | 'discharge_date' | 'referral_date'>[],
  contacts: Iterable<Pick<Contact, 'date' | 'kind' | 'client_id' | 'employer'>>,
  asOf: IsoDate,
): Record<string, ClientContactSummary> {
  const discharge = new Map(clients.map((c) => [c.client_id, c.discharge_date]));
  const referral = new Map(clients.map((c) => [c.client_id, c.referral_date]));
  const out: Record<string, ClientContactSummary> = {};
  for (const contact of contacts) {
    if (!contact.client_id) continue;
    const s = (out[contact.client_id] ??= {
      lastClientContact: null,
      contactsAfterDischarge: 0,
      firstContactAfterDischarge: null,
      employerContactsWithoutEmployer: 0,
      contactsAfterAsOf: 0,
      contactsBeforeReferral: 0,
      firstContactBeforeReferral: null,
    });
    if (isEmployerContact(contact.kind) && isBlank(contact.employer)) s.employerContactsWithoutEmployer += 1;
    if (contact.date > asOf) s.contactsAfterAsOf += 1;
    const referred = referral.get(contact.client_id);
    if (referred && contact.date < referred) {
      s.contactsBeforeReferral += 1;
      if (s.firstContactBeforeReferral === null || contact.date < s.firstContactBeforeReferral) s.firstContactBeforeReferral = contact.date;
    }
    const isClient = contact.kind === 'client_face_to_face' || contact.kind === 'client_other';
    if (isClient && contact.date <= asOf && (s.lastClientContact === null || contact.date > s.lastClientContact)) {
      s.lastClientContact = contact.date;
    }
    const dischargeDate = discharge.get(contact.client_id);
    if (dischargeDate && contact.date > dischargeDate) {
      s.contactsAfterDischarge += 1;
      if (s.firstContactAfterDischarge === null || contact.date < s.firstContactAfterDischarge) s.firstContactAfterDischarge = contact.date;
    }
  }
  return out;
}

const uk = formatUkDate;
const normalise = (text: string | null) => (text ?? '').trim().toLowerCase();

function clientProblems(c: Client, summary: ClientContactSummary | undefined, asOf: IsoDate): DataQualityProblem[] {
  const out: DataQualityProblem[] = [];
  const record = { type: 'client' as const, id: c.client_id };
  if (c.vocational_profile_date && !c.action_plan_date) {
    out.push({
      kind: 'profile_without_action_plan',
      severity: 'changes',
      message: `Client ${c.client_id}: vocational profile done (${uk(c.vocational_profile_date)}) but no action plan date, so not counted as engaged`,
      record,
    });
  }
  if (c.action_plan_date && !c.vocational_profile_date) {
    out.push({
      kind: 'action_plan_without_profile',
      severity: 'changes',
      message: `Client ${c.client_id}: action plan agreed (${uk(c.action_plan_date)}) but no vocational profile date, so not engaged and no 4-week clock`,
      record,
    });
  }
  if (summary && summary.contactsAfterDischarge > 0) {
    const n = summary.contactsAfterDischarge;
    out.push({
      kind: 'contact_after_discharge',
      severity: 'changes',
      message: `Client ${c.client_id}: ${n} contact${n === 1 ? '' : 's'} after discharge on ${uk(c.discharge_date)} (first on ${uk(summary.firstContactAfterDischarge)}): check the discharge date`,
      record,
    });
  }
  if (c.discharge_date && c.discharge_date > asOf) {
    out.push({ kind: 'date_in_future', severity: 'changes', message: `Client ${c.client_id}: discharge date ${uk(c.discharge_date)} is in the future`, record });
  }
  if (c.vocational_profile_date && c.vocational_profile_date < c.referral_date) {
    out.push({
      kind: 'profile_before_referral',
      severity: 'changes',
      message: `Client ${c.client_id}: vocational profile (${uk(c.vocational_profile_date)}) is before the referral (${uk(c.referral_date)})`,
      record,
    });
  }
  if (summary && summary.contactsAfterAsOf > 0) {
    const n = summary.contactsAfterAsOf;
    out.push({ kind: 'date_in_future', severity: 'changes', message: `Client ${c.client_id}: ${n} contact${n === 1 ? '' : 's'} dated in the future`, record });
  }
  if (summary && summary.contactsBeforeReferral > 0) {
    const n = summary.contactsBeforeReferral;
    out.push({
      kind: 'contact_before_referral',
      severity: 'changes',
      message: `Client ${c.client_id}: ${n} contact${n === 1 ? '' : 's'} before the referral (${uk(c.referral_date)}), the first on ${uk(summary.firstContactBeforeReferral)}`,
      record,
    });
  }
  if (summary && summary.employerContactsWithoutEmployer > 0) {
    const n = summary.employerContactsWithoutEmployer;
    out.push({
      kind: 'employer_contact_without_employer',
      severity: 'changes',
      message: `Client ${c.client_id}: ${n} employer contact${n === 1 ? '' : 's'} with no employer named (still counted; add the employer if it is known)`,
      record,
    });
  }
  const open = c.referral_date <= asOf && (!c.discharge_date || c.discharge_date > asOf);
  const windowStart = addDays(asOf, -(NO_CONTACT_DAYS - 1));
  const last = summary?.lastClientContact ?? null;
  if (open && (last === null ? c.referral_date < windowStart : last < windowStart)) {
    out.push({
      kind: 'no_recent_contact',
      severity: 'changes',
      message: last
        ? `Client ${c.client_id}: no client contact for 8 weeks (last on ${uk(last)}) but not discharged`
        : `Client ${c.client_id}: no client contact recorded since referral on ${uk(c.referral_date)} (over 8 weeks) but not discharged`,
      record,
    });
  }
  return out;
}

function jobProblems(jobs: readonly EngineJob[], clients: Map<string, Client>, asOf: IsoDate): DataQualityProblem[] {
  const out: DataQualityProblem[] = [];
  const seen = new Map<string, string>();
  for (const j of jobs) {
    const record = { type: 'job' as const, id: j.job_id };
    const client = clients.get(j.client_id);
    if (!client) {
      out.push({ kind: 'job_without_client', severity: 'blocks', message: `Job ${j.job_id}: client ${j.client_id} does not exist`, record });
      continue;
    }
    if (j.hours_per_week === null || !(j.hours_per_week > 0)) {
      out.push({
        kind: 'job_without_hours',
        severity: 'blocks',
        message: `Job ${j.job_id} (client ${j.client_id}): hours per week missing, so average hours and hours bands are wrong`,
        record,
      });
    }
    const key = `${j.client_id}\u0000${normalise(j.employer)}\u0000${j.start_date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({
        kind: 'duplicate_job',
        severity: 'blocks',
        message: `Job ${j.job_id} repeats job ${first}: same client (${j.client_id}), employer and start date (${uk(j.start_date)}); it would be counted twice`,
        record,
      });
    } else seen.set(key, j.job_id);
    if (j.start_date > asOf) {
      out.push({ kind: 'date_in_future', severity: 'changes', message: `Job ${j.job_id} (client ${j.client_id}): start date ${uk(j.start_date)} is in the future`, record });
    }
    if (j.start_date < client.referral_date) {
      // A retention case's existing job is expected to start before referral; for anyone else it is worth a look.
      if (!client.retention_case) {
        out.push({
          kind: 'job_before_referral',
          severity: 'changes',
          message: `Job ${j.job_id} (client ${j.client_id}): job began before referral (${uk(client.referral_date)}): not counted as a job start`,
          record,
        });
      }
    } else if (j.competitive && !j.four_hours_confirmed && addDays(j.start_date, FOUR_HOURS_GRACE_DAYS) < asOf) {
      out.push({
        kind: 'four_hours_unconfirmed',
        severity: 'changes',
        message: `Job ${j.job_id} (client ${j.client_id}): started ${uk(j.start_date)} but four paid hours are not confirmed, so it is not counted as a job start`,
        record,
      });
    }
  }
  return out;
}

function staffProblems(staff: readonly Staff[], asOf: IsoDate): DataQualityProblem[] {
  return staff
    .filter((s) => s.fte === null)
    .map((s) => ({
      kind: 'staff_fte_missing' as const,
      // Only someone in post on the as-of date changes today's caseload per FTE.
      severity: isStaffInPostOn(s, asOf) ? ('blocks' as const) : ('changes' as const),
      message: `Staff member ${s.name}: FTE is blank, so caseload per full-time specialist leaves them out`,
      record: { type: 'staff' as const, id: s.name },
    }));
}

function unlinkedContactProblems(n: number): DataQualityProblem[] {
  if (n === 0) return [];
  return [
    {
      kind: 'employer_contact_without_employer',
      severity: 'changes',
      message: `${n} employer contact${n === 1 ? '' : 's'} on behalf of no client with no employer named (still counted; add the employer if it is known)`,
      record: { type: 'contact', id: '' },
    },
  ];
}

/** Every problem found, blocking ones first, then in record order. */
export function findDataQualityProblems(input: DataQualityInput, asOf: IsoDate): DataQualityProblem[] {
  const clients = new Map(input.clients.map((c) => [c.client_id, c]));
  const problems = [
    ...input.clients.flatMap((c) => clientProblems(c, input.contactSummary[c.client_id], asOf)),
    ...jobProblems(input.jobs, clients, asOf),
    ...staffProblems(input.staff, asOf),
    ...unlinkedContactProblems(input.unlinkedContactsWithoutEmployer ?? 0),
  ];
  return [...problems.filter((p) => p.severity === 'blocks'), ...problems.filter((p) => p.severity === 'changes')];
}
