import type { Client } from '../../../shared/records';
import { BUSINESS_KINDS, FREE_TEXT_DISCHARGE_REASONS, TEAMS, type BusinessKind } from './demo-vocabulary';
import { chooseBusiness, employerName, NATURAL_JOB_COUNT, planJobSequence, preReferralJob, type JobContext, type PlannedJob, type SearchSpan } from './demo-jobs';
import { drawBenefits, drawWorkHistory, makePerson } from './demo-person';
import type { StaffPlan } from './demo-staff';
import { isoOf, workingDayWithin } from './demo-calendar';
import type { Rng } from './prng';

/** One client's episode, with the day numbers later steps (contacts, wellbeing, activities) build on. */
export interface ClientStory {
  client: Client;
  post: number;
  referral: number;
  /** Last day the client is open: the discharge date, or today. */
  openEnd: number;
  age: number | null;
  profile: number | null;
  preferred: readonly BusinessKind[];
  firstEmployerContact: { day: number; employer: string } | null;
  jobs: PlannedJob[];
  searchSpans: SearchSpan[];
}

export interface StoryInput {
  rng: Rng;
  clientId: string;
  referral: number;
  today: number;
  staff: StaffPlan;
  nhsTaken: Set<string>;
  /** Benchmark scale: mean number of jobs for a client who finds work. Unset: the natural mix. */
  jobsPerWorkingClient?: number;
}

const RETENTION_SHARE = 0.08;
/** Of clients who agree an action plan: calibrated so ~40 % of all clients referred a year ago found work. */
const FIND_WORK_SHARE = 0.6;
const STATUS_MIX = [
  ['02', 45], ['04', 22], ['06', 8], ['03', 5], ['05', 3], ['07', 4], ['01', 5], ['08', 1], ['ZZ', 4], [null, 3],
] as const;
const ENGAGEMENT_MIX = [['never', 12], ['profile_only', 4], ['full', 84]] as const;
/** First employer contact relative to the vocational profile: mostly within 4 weeks, some before it. */
const FEC_OFFSETS: readonly (readonly [readonly [number, number], number])[] = [[[-14, -1], 8], [[0, 28], 55], [[29, 60], 22], [[61, 120], 15]];
const NOT_ENGAGED_REASONS = [['disengaged', 55], ['declined_further_support', 30], ['moved_away', 8], ['transferred', 7]] as const;
const LATER_REASONS = [
  ['disengaged', 25], ['declined_further_support', 20], ['moved_away', 12], ['transferred', 23], ['other', 15], ['free_text', 5],
] as const;
const YES_NO_UNKNOWN_MIX = [['yes', 55], ['no', 25], ['unknown', 20]] as const;

function preferredKinds(rng: Rng): BusinessKind[] {
  const kinds = new Set<BusinessKind>();
  const wanted = rng.int(1, 3);
  while (kinds.size < wanted) kinds.add(rng.pick(BUSINESS_KINDS));
  return [...kinds];
}

function laterDay(rng: Rng, from: number, [lo, hi]: readonly [number, number]): number {
  return from + rng.int(lo, hi);
}

export function planClientStory(input: StoryInput): ClientStory {
  const { rng, clientId, referral: r, today, staff } = input;
  const person = makePerson(rng, r, input.nhsTaken);
  const post = staff.assignPost(rng, r);
  const retention = rng.chance(RETENTION_SHARE);
  const status = retention ? '01' : rng.weighted(STATUS_MIX);
  const inWork = status === '01';
  const preferred = preferredKinds(rng);
  const engagement = retention ? (rng.chance(0.95) ? 'full' : 'profile_only') : rng.weighted(ENGAGEMENT_MIX);

  // Vocational profile within 0–30 days (mostly the first fortnight), action plan a few days later.
  const profileDay = engagement === 'never' ? null : r + Math.floor(31 * Math.min(rng.next(), rng.next()));
  const profile = profileDay !== null && profileDay <= today ? profileDay : null;
  const planDay = engagement === 'full' && profile !== null ? profile + rng.int(1, 14) : null;
  const actionPlan = planDay !== null && planDay <= today ? planDay : null;

  const ctx: JobContext = { rng, clientId, familyName: person.family_name, today, preferred, nextNumber: 1 };
  const jobs: PlannedJob[] = [];
  const searchSpans: SearchSpan[] = [];
  const existing = inWork ? preReferralJob(ctx, r, retention) : null;
  if (existing) jobs.push(existing);
  let returnDay: number | null = null;
  if (retention && existing && rng.chance(0.75)) {
    const day = r + rng.int(14, 150);
    if (day <= today && (existing.end === null || day <= existing.end)) returnDay = day;
  }

  let firstEmployerContact: ClientStory['firstEmployerContact'] = null;
  if (profile !== null && rng.chance(0.93)) {
    const day = workingDayWithin(Math.max(r, laterDay(rng, profile, rng.weighted(FEC_OFFSETS))), r, today);
    const employer = retention && existing ? (existing.job.employer ?? '') : employerName(rng, chooseBusiness(rng, preferred));
    if (day !== null && employer) firstEmployerContact = { day, employer };
  }

  let firstStart: number | null = null;
  if (engagement === 'full' && profile !== null) {
    if (!retention && rng.chance(FIND_WORK_SHARE)) {
      const searchFrom = firstEmployerContact?.day ?? profile;
      firstStart = Math.max(profile + 14 + Math.floor(350 * rng.next() ** 1.8), searchFrom + rng.int(3, 21));
    } else if (retention && existing?.end != null && rng.chance(0.5)) {
      firstStart = existing.end + rng.int(14, 180);
    }
  }
  const started = firstStart !== null && firstStart <= today ? firstStart : null;
  if (started !== null) {
    const mean = input.jobsPerWorkingClient;
    const count = mean === undefined ? rng.weighted(NATURAL_JOB_COUNT) : 1 + rng.poisson(Math.max(0, mean - 1));
    const sequence = planJobSequence(ctx, started, count, mean === undefined ? undefined : count);
    jobs.push(...sequence.jobs);
    searchSpans.push(...sequence.searchSpans);
  }
  const searchFrom = retention ? (existing?.end ?? null) : (firstEmployerContact?.day ?? null);
  if (searchFrom !== null) searchSpans.unshift([searchFrom + 1, started === null ? null : started - 1]);

  // Discharge: never before anything the service recorded for the client.
  const startsAfterReferral = jobs.filter((j) => j.start >= r).map((j) => j.start);
  const lastJobStart = startsAfterReferral.length > 0 ? Math.max(...startsAfterReferral) : null;
  let planned: number | null;
  if (engagement === 'never') planned = r + rng.int(28, 150);
  else if (engagement === 'profile_only') planned = r + rng.int(60, 240);
  else if (retention) planned = rng.chance(0.9) ? (returnDay ?? r + 60) + rng.int(60, 300) : null;
  else if (lastJobStart !== null) planned = rng.chance(0.88) ? lastJobStart + rng.int(91, 420) : null;
  else planned = rng.chance(0.88) ? r + rng.int(150, 720) : null;
  const floor = Math.max(r, profile ?? r, actionPlan ?? r, returnDay ?? r, firstEmployerContact?.day ?? r, lastJobStart ?? r);
  if (planned !== null && planned <= floor) planned = floor + rng.int(7, 30);
  const discharge = planned !== null && planned <= today ? planned : null;
  const openEnd = discharge ?? today;

  let reason: string | null = null;
  if (discharge !== null) {
    const sustained = jobs.some((j) => j.job.competitive && j.start >= r && (j.end ?? openEnd) - j.start >= 91);
    const code = engagement !== 'full' ? rng.weighted(NOT_ENGAGED_REASONS)
      : sustained && rng.chance(0.75) ? 'employed_sustained'
        : rng.weighted(LATER_REASONS);
    reason = code === 'free_text' ? rng.pick(FREE_TEXT_DISCHARGE_REASONS) : code;
  }

  const hasWork = inWork || started !== null;
  const client: Client = {
    client_id: clientId,
    nhs_number: person.nhs_number,
    given_name: person.given_name,
    family_name: person.family_name,
    date_of_birth: person.date_of_birth,
    gender: person.gender,
    ethnicity: person.ethnicity,
    diagnosis: person.diagnosis,
    specialist: staff.holderOn(post, openEnd),
    team: rng.chance(0.9) ? rng.pick(staff.posts[post]?.teams ?? TEAMS) : rng.pick(TEAMS),
    referral_date: isoOf(r),
    employment_status_at_referral: status,
    retention_case: retention,
    retention_return_date: returnDay === null ? null : isoOf(returnDay),
    vocational_profile_date: profile === null ? null : isoOf(profile),
    action_plan_date: actionPlan === null ? null : isoOf(actionPlan),
    discharge_date: discharge === null ? null : isoOf(discharge),
    discharge_reason: reason,
    education_level: person.education_level,
    benefits: drawBenefits(rng, inWork),
    ...drawWorkHistory(rng, existing === null ? null : r - existing.start > 365),
    in_secondary_mh_care: person.in_secondary_mh_care,
    care_plan_employment_actions: rng.weighted(YES_NO_UNKNOWN_MIX),
    care_plan_retention_actions: hasWork
      ? rng.weighted([['yes', 50], ['no', 20], ['unknown', 30]] as const)
      : rng.weighted([['yes', 10], ['no', 30], ['unknown', 60]] as const),
  };
  return { client, post, referral: r, openEnd, age: person.age, profile, preferred, firstEmployerContact, jobs, searchSpans };
}
