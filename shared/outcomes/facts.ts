import { wholeYearsBetween, type IsoDate } from '../dates';
import type { Client, Staff } from '../records';
import type { Sustainment } from './sustainment';
import type { EngineJob } from './types';

/**
 * Derived facts of DOMAIN §3, on day numbers (integers: days since 1970-01-01). The engine computes them
 * once per client (client-index.ts) and every metric reads them from there.
 */

/**
 * Day number of an ISO date (same result as dates.toDayNumber), by integer arithmetic on the characters
 * (H. Hinnant's days-from-civil) instead of a Date: a report converts ~100,000 dates and this is ~10× faster.
 * Assumes a valid `YYYY-MM-DD` (records are validated at the edges).
 */
export function dayNumber(iso: IsoDate): number {
  // '0' is char code 48; 48 × 1111 = 53328, 48 × 11 = 528.
  const y = iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53328;
  const m = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528;
  const d = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1; // from 1 March
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function dayOrNull(iso: IsoDate | null | undefined): number | null {
  return iso ? dayNumber(iso) : null;
}

/** Why a job is not a counted job; empty when it is counted. */
export type NotCountedReason = 'non_competitive' | 'four_hours_not_confirmed' | 'before_referral';

/** Counted job: competitive = yes and four_hours_confirmed = yes and start_date ≥ the client's referral_date. */
const COUNTED: readonly NotCountedReason[] = Object.freeze([]);

export function jobNotCountedReasons(
  job: Pick<EngineJob, 'competitive' | 'four_hours_confirmed' | 'start_date'>,
  referralDate: IsoDate,
): readonly NotCountedReason[] {
  // Most jobs are counted: share one empty list rather than allocate 30,000 of them.
  if (job.competitive && job.four_hours_confirmed && job.start_date >= referralDate) return COUNTED;
  const reasons: NotCountedReason[] = [];
  if (!job.competitive) reasons.push('non_competitive');
  if (job.start_date < referralDate) reasons.push('before_referral');
  if (!job.four_hours_confirmed) reasons.push('four_hours_not_confirmed');
  return reasons;
}

export type JobFacts = {
  job: EngineJob;
  id: string;
  clientId: string;
  start: number;
  /** null = still in the job. */
  end: number | null;
  /** Weekly hours; null only in legacy data (the schema requires it). */
  hoursPerWeek: number | null;
  counted: boolean;
  notCounted: readonly NotCountedReason[];
};

export type ClientFacts = {
  client: Client;
  id: string;
  referral: number;
  discharge: number | null;
  vocationalProfile: number | null;
  actionPlan: number | null;
  /** Later of vocational profile and action plan; null if either is blank. */
  engagement: number | null;
  /** Clock start (initial assessment) = vocational profile date. */
  clock: number | null;
  retentionReturn: number | null;
  /** All the client's jobs, by start date then job id. */
  jobs: JobFacts[];
  /** Competitive jobs of any start: these make a client "employed on day d". */
  competitiveJobs: JobFacts[];
  /** Counted jobs, by start date then job id. */
  countedJobs: JobFacts[];
  /** Job entry: start of the first counted job (may be after as_of if a job was entered ahead). */
  jobEntry: number | null;
  /** First employer face-to-face contact on the client's behalf, on or before as_of. */
  fec: number | null;
  /** Latest client contact on or before snap. */
  lastClientContact: number | null;
  sustainment: Sustainment;
  activityStarts: number[];
  /** The age band kept when the record was anonymised (its date of birth removed); null otherwise. */
  storedAgeBand: AgeBand | null;
};

/** Engagement date: the later of vocational_profile_date and action_plan_date; none if either is blank. */
export function engagementDay(vocationalProfile: number | null, actionPlan: number | null): number | null {
  if (vocationalProfile === null || actionPlan === null) return null;
  return Math.max(vocationalProfile, actionPlan);
}

/** In work at referral: a retention case or employment status 01. */
export function inWorkAtReferral(client: Pick<Client, 'retention_case' | 'employment_status_at_referral'>): boolean {
  return client.retention_case || client.employment_status_at_referral === '01';
}

/** Employed on day d: some competitive job of the client (any start) covers d (blank end = open). */
export function isEmployedOnDay(cf: Pick<ClientFacts, 'competitiveJobs'>, day: number): boolean {
  return cf.competitiveJobs.some((j) => j.start <= day && (j.end === null || day <= j.end));
}

/** Counted jobs covering day d. */
export function countedJobsCovering(cf: Pick<ClientFacts, 'countedJobs'>, day: number): JobFacts[] {
  return cf.countedJobs.filter((j) => j.start <= day && (j.end === null || day <= j.end));
}

/** Open on day d: referral_date ≤ d and (no discharge or discharge_date > d). */
export function isOpenOnDay(cf: Pick<ClientFacts, 'referral' | 'discharge'>, day: number): boolean {
  return cf.referral <= day && (cf.discharge === null || cf.discharge > day);
}

/**
 * Open during P: open on some day of [start(P), snap], i.e. referral_date ≤ snap and (no discharge or
 * discharge_date > max(start(P), referral_date)).
 */
export function isOpenDuring(cf: Pick<ClientFacts, 'referral' | 'discharge'>, start: number, snap: number): boolean {
  if (cf.referral > snap) return false;
  return cf.discharge === null || cf.discharge > Math.max(start, cf.referral);
}

/** Age at referral: whole years from date_of_birth to referral_date (a birthday on the day counts). */
export function ageAtReferral(client: Pick<Client, 'date_of_birth' | 'referral_date'>): number | null {
  return client.date_of_birth ? wholeYearsBetween(client.date_of_birth, client.referral_date) : null;
}

export const AGE_BANDS = ['16-35', '36-50', '51-65', 'other', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Sainsbury B1 bands; under 16 or over 65 is `other`, no date of birth is `unknown`. */
export function ageBand(age: number | null): AgeBand {
  if (age === null) return 'unknown';
  if (age >= 16 && age <= 35) return '16-35';
  if (age >= 36 && age <= 50) return '36-50';
  if (age >= 51 && age <= 65) return '51-65';
  return 'other';
}

/**
 * The client's age band at referral: from the date of birth, or, once anonymisation has removed it, the band
 * stored at that moment (so intake figures stay the same); `unknown` when neither is known.
 */
export function ageBandOf(cf: Pick<ClientFacts, 'client' | 'storedAgeBand'>): AgeBand {
  if (cf.client.date_of_birth) return ageBand(ageAtReferral(cf.client));
  return cf.storedAgeBand ?? 'unknown';
}

/**
 * Staff in post on d: start_date ≤ d and (no end_date or end_date ≥ d). A blank start date is read as
 * "in post since before any report" (the form lets a manager add a person before filling it in).
 */
export function isStaffInPostOn(staff: Pick<Staff, 'start_date' | 'end_date'>, day: IsoDate): boolean {
  return (staff.start_date === null || staff.start_date <= day) && (staff.end_date === null || staff.end_date >= day);
}

export const TIME_IN_SERVICE_BANDS = ['lt6m', '6to12m', 'gt12m', 'no_assessment'] as const;
export type TimeInServiceBand = (typeof TIME_IN_SERVICE_BANDS)[number];

/** Job start − clock start in days: < 183 `lt6m`, 183–365 `6to12m`, > 365 `gt12m`; no clock `no_assessment`. */
export function timeInServiceBand(jobStart: number, clock: number | null): TimeInServiceBand {
  if (clock === null) return 'no_assessment';
  const days = jobStart - clock;
  if (days < 183) return 'lt6m';
  if (days <= 365) return '6to12m';
  return 'gt12m';
}

export const PLACED_HOURS_BANDS = ['lt5', '5to16', 'ge16'] as const;
export type PlacedHoursBand = (typeof PLACED_HOURS_BANDS)[number] | 'unknown';

/** Sainsbury D1 bands: `lt5` < 5, `5to16` 5 ≤ h < 16, `ge16` ≥ 16; no hours recorded (legacy) `unknown`. */
export function placedHoursBand(hours: number | null): PlacedHoursBand {
  if (hours === null || !(hours > 0)) return 'unknown';
  if (hours < 5) return 'lt5';
  if (hours < 16) return '5to16';
  return 'ge16';
}
