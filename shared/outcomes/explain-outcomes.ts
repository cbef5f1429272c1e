import type { EngineContext } from './context';
import { countedJobsCovering, inWorkAtReferral, isOpenDuring, isOpenOnDay, type ClientFacts } from './facts';
import { hoursText, jobLabel, jobStartLine, snapPhrase, ukDay, wherePhrase } from './explain-text';
import { ACTIVE_CONTACT_WINDOW_DAYS } from './metrics/caseload';
import { MILESTONE_OFFSET_DAYS } from './metrics/kpis';
import type { MetricId } from './metric-ids';
import { MILESTONES, type HoursBand, type MilestoneWeeks } from './sustainment';

/** Writes why one client is or is not in one metric, from the same facts the engine used. */
export type Reasoner = (cf: ClientFacts, ctx: EngineContext) => string;

export function referralReason(cf: ClientFacts, ctx: EngineContext): string {
  return `Referral date ${ukDay(cf.referral)} ${wherePhrase(ctx, cf.referral)}`;
}

export function engagementReason(cf: ClientFacts, ctx: EngineContext): string {
  if (cf.engagement === null) {
    const blank =
      cf.vocationalProfile === null && cf.actionPlan === null
        ? 'vocational profile and action plan dates are blank'
        : cf.vocationalProfile === null
          ? 'vocational profile date is blank'
          : 'action plan date is blank';
    return `Not engaged: ${blank}`;
  }
  const where = wherePhrase(ctx, cf.engagement);
  const prefix = ctx.inP(cf.engagement) ? 'Engaged' : 'Not engaged in this period';
  return `${prefix}: engagement date ${ukDay(cf.engagement)} (the later of vocational profile ${ukDay(cf.vocationalProfile!)} and action plan ${ukDay(cf.actionPlan!)}) ${where}`;
}

export function jobStartsReason(cf: ClientFacts, ctx: EngineContext): string {
  if (cf.jobs.length === 0) return 'No jobs recorded';
  return cf.jobs.map((j) => jobStartLine(ctx, j, cf.referral)).join('. ');
}

function jobEntryReason(cf: ClientFacts, ctx: EngineContext): string {
  if (cf.jobEntry === null) {
    return cf.jobs.length === 0 ? 'No job entry: no jobs recorded' : `No job entry: no counted job. ${jobStartsReason(cf, ctx)}`;
  }
  const line = `Job entry (first counted job, ${jobLabel(cf.countedJobs[0]!)}) ${wherePhrase(ctx, cf.jobEntry)}`;
  return ctx.inP(cf.jobEntry) ? line : `${line}; only the first counted job counts, once per person`;
}

function milestoneNotReached(cf: ClientFacts, weeks: MilestoneWeeks): string {
  if (cf.countedJobs.length === 0) return `${weeks}-week outcome not reached: no counted job`;
  const need = MILESTONES.find((m) => m.weeks === weeks)!.accruedDay;
  const chains = cf.sustainment.chains;
  if (chains.length === 0) return `${weeks}-week outcome not reached: the first counted job starts after the as-of date`;
  const best = Math.max(...chains.map((c) => c.accruedDays));
  const broken = chains.some((c) => c.brokenByGap) ? '; a break of 42 days or more without work restarted the count' : '';
  return `${weeks}-week outcome not reached: at most ${best} employed days in one spell up to the as-of date (${need} needed)${broken}`;
}

function sustainedReason(weeks: MilestoneWeeks, band: HoursBand): Reasoner {
  return (cf, ctx) => {
    const m = cf.sustainment.milestones[weeks];
    if (!m) return milestoneNotReached(cf, weeks);
    const bandText = m.band === 'ge16' ? '16 or more' : 'under 16';
    const reached = `${weeks}-week outcome reached on ${ukDay(m.day)} (average ${hoursText(m.averageHours)} hours a week, ${bandText})`;
    if (m.band !== band) return `${reached}: counted under sustained_${weeks}w_${m.band}, not here`;
    return ctx.inP(m.day) ? reached : `${reached}, but that date ${wherePhrase(ctx, m.day)}`;
  };
}

function retentionReason(cf: ClientFacts, ctx: EngineContext): string {
  if (!cf.client.retention_case) return 'Not a job retention case';
  if (cf.retentionReturn === null) return 'Retention case: return-to-work date is blank';
  return `Retention case: return to work on ${ukDay(cf.retentionReturn)}, which ${wherePhrase(ctx, cf.retentionReturn)}`;
}

function carriedOverReason(cf: ClientFacts, ctx: EngineContext): string {
  const first = ukDay(ctx.start);
  if (ctx.start > ctx.asOf) return `Not counted: the period starts after the as-of date (${ukDay(ctx.asOf)})`;
  if (cf.referral >= ctx.start) return `Not carried over: referred on ${ukDay(cf.referral)}, not before the period starts (${first})`;
  if (!isOpenOnDay(cf, ctx.start)) return `Not carried over: discharged on ${ukDay(cf.discharge!)}, before the period starts`;
  const covering = countedJobsCovering(cf, ctx.start);
  if (covering.length === 0) return `Not carried over: no counted job covering ${first}, the first day of the period`;
  return `Carried over in work: counted job covering ${first} (${jobLabel(covering[0]!)})`;
}

export function openReason(cf: ClientFacts, ctx: EngineContext): string {
  if (cf.referral > ctx.snap) return `Not open on ${snapPhrase(ctx)}: referred later, on ${ukDay(cf.referral)}`;
  if (cf.discharge !== null && cf.discharge <= ctx.snap) return `Not open on ${snapPhrase(ctx)}: discharged on ${ukDay(cf.discharge)}`;
  return `Open on ${snapPhrase(ctx)}`;
}

export function activeReason(cf: ClientFacts, ctx: EngineContext): string {
  if (!isOpenOnDay(cf, ctx.snap)) return openReason(cf, ctx);
  if (cf.engagement === null || cf.engagement > ctx.snap) {
    return `Open but not active: not engaged by ${snapPhrase(ctx)} (${engagementReason(cf, ctx)})`;
  }
  if (cf.lastClientContact === null) return `Open but not active: no client contact recorded on or before ${snapPhrase(ctx)}`;
  if (cf.lastClientContact < ctx.snap - (ACTIVE_CONTACT_WINDOW_DAYS - 1)) {
    return `Open but not active: last client contact on ${ukDay(cf.lastClientContact)}, more than 4 weeks before ${snapPhrase(ctx)}`;
  }
  return `Active: engaged, and last client contact on ${ukDay(cf.lastClientContact)}, within 4 weeks of ${snapPhrase(ctx)}`;
}

function caseloadPerFteReason(cf: ClientFacts, ctx: EngineContext): string {
  const reason = activeReason(cf, ctx);
  if (!reason.startsWith('Active')) return reason;
  return `${reason}; counted in the active caseload of ${cf.client.specialist ?? 'an unknown specialist (blank)'}`;
}

function retentionShareReason(cf: ClientFacts, ctx: EngineContext): string {
  if (!isOpenOnDay(cf, ctx.snap)) return openReason(cf, ctx);
  return cf.client.retention_case ? 'Open, and a job retention case' : 'Open, not a job retention case';
}

function sustainmentRateReason(weeks: MilestoneWeeks): Reasoner {
  return (cf, ctx) => {
    if (cf.jobEntry === null) return 'Not in this rate: no job entry (no counted job)';
    const due = cf.jobEntry + MILESTONE_OFFSET_DAYS[weeks];
    const dueText = `job entry ${ukDay(cf.jobEntry)} plus ${MILESTONE_OFFSET_DAYS[weeks]} days is ${ukDay(due)}, which`;
    if (!ctx.inP(due)) return `Not in this rate: ${dueText} ${wherePhrase(ctx, due)}`;
    const m = cf.sustainment.milestones[weeks];
    if (m && m.day <= ctx.snap) return `Sustained: ${dueText} is in this period; ${weeks}-week outcome reached on ${ukDay(m.day)}`;
    const not = m ? `${weeks}-week outcome reached only on ${ukDay(m.day)}, after ${snapPhrase(ctx)}` : milestoneNotReached(cf, weeks);
    return `In this rate but not sustained: ${dueText} is in this period; ${not}`;
  };
}

function employmentRateReason(cf: ClientFacts, ctx: EngineContext): string {
  if (inWorkAtReferral(cf.client)) {
    const why = cf.client.retention_case ? 'a job retention case' : 'employment status 01 (employed)';
    return `Not in this rate: in work at referral (${why})`;
  }
  if (!isOpenDuring(cf, ctx.start, ctx.snap)) {
    if (cf.referral > ctx.snap) return `Not in this rate: referred on ${ukDay(cf.referral)}, after ${snapPhrase(ctx)}`;
    return `Not in this rate: not open during the period (discharged on ${ukDay(cf.discharge!)})`;
  }
  if (cf.jobEntry !== null && cf.jobEntry <= ctx.snap) return `In work: job entry on ${ukDay(cf.jobEntry)}`;
  return `Open during the period, not in work at referral, and no job entry by ${snapPhrase(ctx)}`;
}

const sustainedReasons = Object.fromEntries(
  ([13, 26, 52] as const).flatMap((w) => (['lt16', 'ge16'] as const).map((b) => [`sustained_${w}w_${b}`, sustainedReason(w, b)])),
) as Record<`sustained_${MilestoneWeeks}w_${HoursBand}`, Reasoner>;

/** Reasons for §4.1, §4.2 and §4.4. */
export const OUTCOME_REASONS = {
  referrals: referralReason,
  referrals_in_work: (cf, ctx) => {
    if (!ctx.inP(cf.referral)) return `Not a referral in this period: ${referralReason(cf, ctx).toLowerCase()}`;
    if (cf.client.retention_case) return 'Referred in work: a job retention case';
    if (cf.client.employment_status_at_referral === '01') return 'Referred in work: employment status 01 (employed)';
    return `Referred in this period, not in work at referral (employment status ${cf.client.employment_status_at_referral ?? 'blank'})`;
  },
  engaged: engagementReason,
  job_starts: jobStartsReason,
  people_into_work: jobEntryReason,
  ...sustainedReasons,
  retention_outcomes: retentionReason,
  carried_over_in_work: carriedOverReason,
  open_caseload: openReason,
  active_caseload: activeReason,
  caseload_per_fte: caseloadPerFteReason,
  retention_share: retentionShareReason,
  kpi_engaged: engagementReason,
  kpi_job_starts: jobStartsReason,
  sustainment_rate_13w: sustainmentRateReason(13),
  sustainment_rate_26w: sustainmentRateReason(26),
  sustainment_rate_52w: sustainmentRateReason(52),
  employment_rate: employmentRateReason,
} satisfies Partial<Record<MetricId, Reasoner>>;
