import { DISCHARGE_REASON } from './codes';
import type { IsoDate } from './dates';
import { ageAtReferral, ageBand, type AgeBand } from './outcomes/facts';
import type { Client } from './records';

/**
 * The retention rule (issue 10 point 9): a person's records are anonymised once every referral episode of
 * theirs was discharged more than `years` whole years ago. Pure, so the preview, the write and the tests
 * share one answer.
 *
 * What anonymising removes: everything that names the person or describes them in free text.
 * - Client: `given_name`, `family_name`, `nhs_number`, `date_of_birth` (its Sainsbury B1 age band at referral is
 *   stored first, so `intake_age_band` does not change), and `discharge_reason` when it is free text (a suggested
 *   code is kept; free text becomes `other`, which is what it was: a reason other than the listed ones).
 * - The client's jobs: `employer` and `job_title` (free text that points at the person's workplace).
 * What it keeps: the team's `client_id`, every date, code, yes/no answer, benefit and number (hours, scores),
 * the specialist (a member of staff, and the caseload-per-FTE breakdown), the referring team (an organisation,
 * not the person), and the contacts made on the person's behalf, employer names included (the team's record of
 * its work with employers: it says nothing about the person once the person is not named).
 * Not touched: the audit trail (hash-chained, never rewritten; see the retention report) and backups made
 * before the anonymisation, which age out as they rotate.
 */
export const ANONYMISED_CLIENT_FIELDS = ['given_name', 'family_name', 'nhs_number', 'date_of_birth'] as const;
export const ANONYMISED_JOB_FIELDS = ['employer', 'job_title'] as const;

/** What the rule reads of each referral episode. */
export interface RetentionEpisode {
  id: string;
  client_id: string;
  nhs_number: string | null;
  previous_episode_id: string | null;
  referral_date: IsoDate;
  discharge_date: IsoDate | null;
  anonymised_at: IsoDate | null;
}

/**
 * The first discharge date that is *not* old enough: `today` less `years` calendar years (29 February falls
 * back to 28 February). A client discharged before it was discharged more than `years` years ago.
 */
export function retentionCutoff(today: IsoDate, years: number): IsoDate {
  const year = Number(today.slice(0, 4)) - years;
  const monthDay = today.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = monthDay === '02-29' && !leap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${day}`;
}

export interface RetentionPlan {
  cutoff: IsoDate;
  /** Episodes to anonymise now, in client_id order. */
  due: RetentionEpisode[];
  /**
   * Episodes discharged before the cutoff but kept whole because another episode of the same person is open or
   * was discharged more recently (`by`: the latest such episode).
   */
  heldBack: { episode: RetentionEpisode; by: RetentionEpisode }[];
  /** Episodes anonymised before. */
  anonymisedBefore: number;
}

/** Groups episodes into people: linked by a re-referral (`previous_episode_id`) or by the same NHS number. */
function peopleOf(episodes: readonly RetentionEpisode[]): Map<string, RetentionEpisode[]> {
  const parent = new Map<string, string>(episodes.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Point every node on the way at the root, so later finds are one step.
    let node = id;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const join = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  const byNhs = new Map<string, string>();
  for (const e of episodes) {
    if (e.previous_episode_id) join(e.id, e.previous_episode_id);
    if (e.nhs_number) {
      const first = byNhs.get(e.nhs_number);
      if (first) join(e.id, first);
      else byNhs.set(e.nhs_number, e.id);
    }
  }
  const people = new Map<string, RetentionEpisode[]>();
  for (const e of episodes) {
    const root = find(e.id);
    const list = people.get(root);
    if (list) list.push(e);
    else people.set(root, [e]);
  }
  return people;
}

/** Open episodes sort after every discharged one; otherwise the later discharge is the more recent. */
function moreRecent(a: RetentionEpisode, b: RetentionEpisode): RetentionEpisode {
  if (a.discharge_date === null) return a;
  if (b.discharge_date === null) return b;
  return a.discharge_date >= b.discharge_date ? a : b;
}

/**
 * Which episodes the rule anonymises on `today` with a retention of `years`. A person is due when every one of
 * their episodes was discharged before the cutoff: retention runs from the end of the last contact with the
 * person, so an old episode of someone referred again stays whole while the later one is kept. An NHS number
 * shared by mistake only ever keeps records longer, never removes them sooner.
 */
export function planRetention(episodes: readonly RetentionEpisode[], today: IsoDate, years: number): RetentionPlan {
  const cutoff = retentionCutoff(today, years);
  const old = (e: RetentionEpisode) => e.discharge_date !== null && e.discharge_date < cutoff;
  const due: RetentionEpisode[] = [];
  const heldBack: RetentionPlan['heldBack'] = [];
  for (const person of peopleOf(episodes).values()) {
    const pending = person.filter((e) => e.anonymised_at === null && old(e));
    if (pending.length === 0) continue;
    const recent = person.filter((e) => !old(e));
    if (recent.length === 0) {
      due.push(...pending);
    } else {
      const by = recent.reduce(moreRecent);
      for (const episode of pending) heldBack.push({ episode, by });
    }
  }
  const byClientId = (a: RetentionEpisode, b: RetentionEpisode) => (a.client_id < b.client_id ? -1 : a.client_id > b.client_id ? 1 : 0);
  due.sort(byClientId);
  heldBack.sort((a, b) => byClientId(a.episode, b.episode));
  return { cutoff, due, heldBack, anonymisedBefore: episodes.filter((e) => e.anonymised_at !== null).length };
}

const DISCHARGE_CODES: readonly string[] = DISCHARGE_REASON.values;

/** A suggested discharge-reason code is kept; free text is replaced by `other`. */
export function anonymisedDischargeReason(reason: string | null): string | null {
  if (reason === null || reason === '') return null;
  return DISCHARGE_CODES.includes(reason) ? reason : 'other';
}

/** The client fields anonymising sets, worked out from the record as it stands. */
export interface ClientAnonymisation {
  given_name: null;
  family_name: null;
  nhs_number: null;
  date_of_birth: null;
  discharge_reason: string | null;
  age_band_at_referral: AgeBand;
  anonymised_at: IsoDate;
}

export function anonymiseClient(client: Pick<Client, 'date_of_birth' | 'referral_date' | 'discharge_reason'>, today: IsoDate): ClientAnonymisation {
  return {
    given_name: null,
    family_name: null,
    nhs_number: null,
    date_of_birth: null,
    discharge_reason: anonymisedDischargeReason(client.discharge_reason),
    age_band_at_referral: ageBand(ageAtReferral(client)),
    anonymised_at: today,
  };
}

type RemovedField = (typeof ANONYMISED_CLIENT_FIELDS)[number] | 'discharge_reason' | (typeof ANONYMISED_JOB_FIELDS)[number];

const FIELD_LABELS: Record<RemovedField, string> = {
  given_name: 'given name',
  family_name: 'family name',
  nhs_number: 'NHS number',
  date_of_birth: 'date of birth',
  discharge_reason: 'discharge reason in free text',
  employer: 'employer',
  job_title: 'job title',
};

const filled = (value: string | null | undefined) => value !== null && value !== undefined && value !== '';
const named = (field: RemovedField) => ({ field, label: FIELD_LABELS[field] });

/**
 * The removed fields a change would put back on an anonymised record, with what people call them (empty when
 * none): anonymising is one-way, so a form or an import may not name the person again.
 */
export function reidentifyingFields(client: Pick<Client, (typeof ANONYMISED_CLIENT_FIELDS)[number] | 'discharge_reason'>): { field: RemovedField; label: string }[] {
  const out = ANONYMISED_CLIENT_FIELDS.filter((f) => filled(client[f])).map(named);
  if (filled(client.discharge_reason) && anonymisedDischargeReason(client.discharge_reason) !== client.discharge_reason) out.push(named('discharge_reason'));
  return out;
}

export function reidentifyingJobFields(job: { employer: string | null; job_title: string | null }): { field: RemovedField; label: string }[] {
  return ANONYMISED_JOB_FIELDS.filter((f) => filled(job[f])).map(named);
}
