import type { Job } from '../../../shared/records';
import { BUSINESS_KINDS, PLACES, SELF_EMPLOYED_TRADES, SHELTERED_SETTINGS, type BusinessKind } from './demo-vocabulary';
import { isoOf } from './demo-calendar';
import type { Rng } from './prng';

/** A job with its day numbers kept beside it, so later steps need not parse dates back. */
export interface PlannedJob {
  job: Job;
  start: number;
  end: number | null;
}

/** Days during which the specialist contacts employers for the client; `null` end = until discharge. */
export type SearchSpan = readonly [from: number, to: number | null];

export interface JobContext {
  rng: Rng;
  clientId: string;
  familyName: string | null;
  today: number;
  preferred: readonly BusinessKind[];
  /** Next job number for this client (`DEMO-0001-J3`). */
  nextNumber: number;
}

type ContractType = Job['contract_type'];

/** Hours bands Sainsbury D1 and the outcome engine care about: under 5, 5 to under 16, exactly 16, over 16. */
const HOURS_MIX: readonly (readonly [readonly number[], number])[] = [
  [[2, 3, 4, 4.5], 18], [[5, 6, 7.5, 8, 10, 12, 12.5, 15], 37], [[16], 15], [[18, 20, 22.5, 24, 25, 30, 35, 37.5], 30],
] as const;
const PART_TIME_HOURS = [4, 6, 8, 10, 12, 15] as const;
const CONTRACT_MIX = [
  ['permanent', 42], ['zero_hours', 30], ['temporary_4w_plus', 12], ['temporary_lt4w', 5], ['seasonal_4w_plus', 4], ['seasonal_lt4w', 3],
] as const;
const EVIDENCE_MIX = [['payslip', 45], ['employer_letter', 20], ['timesheet', 20], ['self_declaration', 15]] as const;
/** How long permanent and zero-hours jobs last, when they end at all. */
const DURATION_BANDS: readonly (readonly [readonly [number, number], number])[] = [[[7, 41], 10], [[42, 180], 30], [[181, 400], 30], [[401, 1000], 30]];
/** Natural number of jobs for someone who finds work. */
export const NATURAL_JOB_COUNT = [[1, 55], [2, 28], [3, 12], [4, 5]] as const;

export function employerName(rng: Rng, kind: BusinessKind): string {
  return `${rng.pick(PLACES)} ${kind.name}`;
}

/** 80 % of the time a business of a kind the client wants (IPS: jobs follow preferences). */
export function chooseBusiness(rng: Rng, preferred: readonly BusinessKind[]): BusinessKind {
  return preferred.length > 0 && rng.chance(0.8) ? rng.pick(preferred) : rng.pick(BUSINESS_KINDS);
}

function daysFor(rng: Rng, contract: ContractType): number | null {
  if (contract === 'temporary_lt4w' || contract === 'seasonal_lt4w') return rng.int(6, 27);
  if (contract === 'seasonal_4w_plus') return rng.int(28, 120);
  if (contract === 'temporary_4w_plus') return rng.int(28, 300);
  if (rng.chance(0.3)) return null;
  const [lo, hi] = rng.weighted(DURATION_BANDS);
  return rng.int(lo, hi);
}

/** Recent starts often have no evidence of four paid hours yet; a few older ones never got it. */
function fourHours(rng: Rng, start: number, today: number): boolean {
  return today - start < 14 ? rng.chance(0.5) : rng.chance(0.97);
}

function build(ctx: JobContext, start: number, days: number | null, fields: Omit<Job, 'job_id' | 'client_id' | 'start_date' | 'end_date' | 'four_hours_confirmed' | 'evidence'>): PlannedJob {
  const { rng } = ctx;
  const endDay = days === null ? null : start + days;
  const end = endDay !== null && endDay <= ctx.today ? endDay : null;
  const confirmed = fourHours(rng, start, ctx.today);
  const evidence = !confirmed
    ? null
    : fields.contract_type === 'self_employed'
      ? rng.weighted([['self_declaration', 70], ['timesheet', 30]] as const)
      : rng.weighted(EVIDENCE_MIX);
  // Keys in the schema's (and the workbook's) column order.
  const job: Job = {
    job_id: `${ctx.clientId}-J${ctx.nextNumber++}`,
    client_id: ctx.clientId,
    employer: fields.employer,
    job_title: fields.job_title,
    start_date: isoOf(start),
    four_hours_confirmed: confirmed,
    end_date: end === null ? null : isoOf(end),
    hours_per_week: fields.hours_per_week,
    contract_type: fields.contract_type,
    competitive: fields.competitive,
    sector: fields.sector,
    soc_major_group: fields.soc_major_group,
    evidence,
  };
  return { job, start, end };
}

export function ordinaryJob(ctx: JobContext, start: number, partTime = false): PlannedJob {
  const { rng } = ctx;
  const kind = chooseBusiness(rng, ctx.preferred);
  const [job_title, soc_major_group] = rng.pick(kind.roles);
  const contract_type: ContractType = partTime ? rng.pick(['zero_hours', 'temporary_4w_plus'] as const) : rng.weighted(CONTRACT_MIX);
  const hours_per_week = partTime ? rng.pick(PART_TIME_HOURS) : rng.pick(rng.weighted(HOURS_MIX));
  return build(ctx, start, partTime ? rng.int(14, 240) : daysFor(rng, contract_type), {
    employer: employerName(rng, kind), job_title, hours_per_week, contract_type, competitive: true, sector: kind.sector, soc_major_group,
  });
}

function selfEmployment(ctx: JobContext, start: number): PlannedJob {
  const { rng } = ctx;
  const trade = rng.pick(SELF_EMPLOYED_TRADES);
  return build(ctx, start, rng.chance(0.4) ? null : rng.int(90, 700), {
    employer: `${ctx.familyName ?? 'Demo'} ${trade.business}`, job_title: trade.title, hours_per_week: rng.pick([5, 8, 10, 16, 20, 30]),
    contract_type: 'self_employed', competitive: true, sector: trade.sector, soc_major_group: trade.soc,
  });
}

function shelteredPlacement(ctx: JobContext, start: number): PlannedJob {
  const { rng } = ctx;
  const setting = rng.pick(SHELTERED_SETTINGS);
  return build(ctx, start, rng.chance(0.5) ? null : rng.int(60, 500), {
    employer: `${rng.pick(PLACES)} ${setting.business}`, job_title: setting.title, hours_per_week: rng.pick([6, 8, 10, 12, 16]),
    contract_type: rng.pick(['permanent', 'temporary_4w_plus'] as const), competitive: false, sector: setting.sector, soc_major_group: '9',
  });
}

/**
 * The jobs a client holds after referral, one after another: each may end, and a follow-on job starts
 * after a gap under or over the 42 days that breaks a sustainment chain. A part-time job sometimes has
 * a second part-time job alongside. `fillTo` (benchmark scale) tops the count up with part-time jobs
 * started at random after the first, when the sequence itself ran out of time before today.
 */
export function planJobSequence(ctx: JobContext, firstStart: number, count: number, fillTo?: number): { jobs: PlannedJob[]; searchSpans: SearchSpan[] } {
  const { rng, today } = ctx;
  const jobs: PlannedJob[] = [];
  const searchSpans: SearchSpan[] = [];
  let start = firstStart;
  for (let made = 0; made < count && start <= today; made++) {
    const shape = rng.weighted([['ordinary', 90], ['sheltered', 6], ['self', 4]] as const);
    const planned = shape === 'sheltered' ? shelteredPlacement(ctx, start) : shape === 'self' ? selfEmployment(ctx, start) : ordinaryJob(ctx, start);
    jobs.push(planned);
    if (shape === 'ordinary' && planned.job.hours_per_week < 16 && rng.chance(0.12)) {
      const second = start + rng.int(7, 90);
      if (second <= today && (planned.end === null || second <= planned.end)) jobs.push(ordinaryJob(ctx, second, true));
    }
    if (planned.end === null) break;
    // Days out of work before the next job: under 42 keeps a sustainment chain going, 42 or more ends it.
    const idle = rng.chance(0.5) ? rng.int(0, 41) : rng.int(42, 240);
    const next = made + 1 < count ? planned.end + 1 + idle : null;
    searchSpans.push([planned.end + 1, next === null || next > today ? null : next - 1]);
    if (next === null) break;
    start = next;
  }
  while (fillTo !== undefined && jobs.length < fillTo) jobs.push(ordinaryJob(ctx, rng.int(firstStart, today), true));
  return { jobs, searchSpans };
}

/**
 * The job someone already has at referral: a retention case's job at risk (or off sick), or the job of
 * someone in work who wants a better one. It started before referral, so it is never a job start.
 */
export function preReferralJob(ctx: JobContext, referral: number, retention: boolean): PlannedJob {
  const { rng } = ctx;
  const kind = chooseBusiness(rng, ctx.preferred);
  const [job_title, soc_major_group] = rng.pick(kind.roles);
  const start = referral - rng.int(200, 4000);
  const lost = retention ? rng.chance(0.2) : rng.chance(0.5);
  const days = lost ? referral - start + rng.int(30, retention ? 300 : 400) : null;
  const planned = build(ctx, start, days, {
    employer: employerName(rng, kind), job_title, hours_per_week: retention ? rng.pick([16, 20, 25, 30, 37.5]) : rng.pick([4, 8, 12, 15, 16]),
    contract_type: 'permanent', competitive: true, sector: kind.sector, soc_major_group,
  });
  planned.job.four_hours_confirmed = true;
  planned.job.evidence = planned.job.evidence ?? 'employer_letter';
  return planned;
}
