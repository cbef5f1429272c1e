import {
  CONTRACT_TYPE, EMPLOYMENT_STATUS, ETHNICITY, GENDER, LONG_TERM_BENEFITS, NVQ2_PLUS_LEVELS, PAID_WORK_RECENCY, SECTOR, SOC_MAJOR_GROUP,
  EDUCATION_LEVEL, YES_NO_UNKNOWN, type CodeList,
} from '../codes';
import { codeKey, type EngineContext } from './context';
import { openReason, referralReason, type Reasoner } from './explain-outcomes';
import { codeText, hoursText, jobLabel, snapPhrase, ukDay, wherePhrase } from './explain-text';
import {
  ageAtReferral, ageBand, ageBandOf, isEmployedOnDay, isOpenDuring, isOpenOnDay, placedHoursBand, timeInServiceBand, type ClientFacts, type JobFacts,
} from './facts';
import { JOB_SEARCH_WINDOW_DAYS } from './metrics/fidelity';
import type { MetricId } from './metric-ids';

function fecText(cf: ClientFacts): string {
  const days = cf.fec! - cf.clock!;
  return days < 0
    ? `first face-to-face employer contact on ${ukDay(cf.fec!)}, before the vocational profile (${ukDay(cf.clock!)}); it counts, as 0 days`
    : `first face-to-face employer contact on ${ukDay(cf.fec!)}, ${days} days after the vocational profile (${ukDay(cf.clock!)})`;
}

function jobSearchReason(cf: ClientFacts, ctx: EngineContext): string {
  if (cf.clock === null) return 'Not in this rate: vocational profile date is blank, so there is no 4-week clock';
  const day28 = cf.clock + JOB_SEARCH_WINDOW_DAYS;
  if (!ctx.inP(day28)) return `Not in this rate: day 28 after the vocational profile (${ukDay(day28)}) ${wherePhrase(ctx, day28)}`;
  if (cf.fec === null) return `Job search not started within 4 weeks: no face-to-face employer contact by ${ukDay(day28)}`;
  if (cf.fec <= day28) return `Job search within 4 weeks: ${fecText(cf)}`;
  return `Job search not within 4 weeks: ${fecText(cf)}, later than day 28 (${ukDay(day28)})`;
}

function daysToFecReason(cf: ClientFacts, ctx: EngineContext): string {
  if (cf.clock === null) return 'Not in this figure: vocational profile date is blank';
  if (cf.fec === null) return 'Not in this figure: no face-to-face employer contact yet';
  if (!ctx.inP(cf.fec)) return `Not in this figure: the first face-to-face employer contact (${ukDay(cf.fec)}) ${wherePhrase(ctx, cf.fec)}`;
  return `In this figure: ${fecText(cf)}`;
}

/** Reason for a breakdown of the client's counted job starts in P. */
function jobStartsBy(describe: (job: JobFacts, cf: ClientFacts) => string): Reasoner {
  return (cf, ctx) => {
    const starts = cf.countedJobs.filter((j) => ctx.inP(j.start));
    if (starts.length === 0) return 'No counted job start in this period';
    return starts.map((j) => `${jobLabel(j)}: ${describe(j, cf)}`).join('. ');
  };
}

const TIME_IN_SERVICE_TEXT = { lt6m: 'under 6 months', '6to12m': '6 to 12 months', gt12m: 'over 12 months', no_assessment: 'no assessment' };

function timeInService(job: JobFacts, cf: ClientFacts): string {
  const band = timeInServiceBand(job.start, cf.clock);
  if (cf.clock === null) return 'no assessment (vocational profile date is blank)';
  return `${TIME_IN_SERVICE_TEXT[band]} (${job.start - cf.clock} days after the vocational profile)`;
}

/** Reason for an intake distribution: the client's key, if referred in P. */
function intakeBy(describe: (cf: ClientFacts) => string): Reasoner {
  return (cf, ctx) => (ctx.inP(cf.referral) ? `Referred in this period: ${describe(cf)}` : `Not in intake: ${referralReason(cf, ctx).toLowerCase()}`);
}

const coded = (list: CodeList, pick: (cf: ClientFacts) => string | null) => (cf: ClientFacts) => {
  const code = pick(cf);
  return `${codeText(list, code)} (key ${codeKey(code)})`;
};

function ageText(cf: ClientFacts): string {
  const age = ageAtReferral(cf.client);
  if (age === null && cf.storedAgeBand) return `date of birth removed when the record was anonymised; age band kept (key ${ageBandOf(cf)})`;
  if (age === null) return 'date of birth is blank (key unknown)';
  return `aged ${age} at referral on ${ukDay(cf.referral)} (key ${ageBand(age)})`;
}

function nvqReason(cf: ClientFacts, ctx: EngineContext): string {
  if (!ctx.inP(cf.referral)) return `Not in intake: ${referralReason(cf, ctx).toLowerCase()}`;
  const level = cf.client.education_level;
  if (level === null) return 'Not in this rate: education level is blank';
  const plus = NVQ2_PLUS_LEVELS.includes(level);
  return `${codeText(EDUCATION_LEVEL, level)}: ${plus ? 'NVQ level 2 or above' : 'below NVQ level 2'}`;
}

function benefitsReason(cf: ClientFacts, ctx: EngineContext): string {
  if (!ctx.inP(cf.referral)) return `Not in intake: ${referralReason(cf, ctx).toLowerCase()}`;
  const longTerm = cf.client.benefits.filter((b) => LONG_TERM_BENEFITS.includes(b));
  if (longTerm.length > 0) return `On long-term benefits: ${longTerm.join(', ')}`;
  return cf.client.benefits.length === 0 ? 'No benefits recorded' : `No long-term benefit among ${cf.client.benefits.join(', ')}`;
}

function placedReason(cf: ClientFacts, ctx: EngineContext): string {
  const first = cf.countedJobs.find((j) => ctx.inP(j.start));
  if (!first) return 'No counted job start in this period';
  const hours = first.job.hours_per_week;
  const hoursPart = hours === null ? 'hours not recorded' : `${hoursText(hours)} hours a week`;
  return `First counted job start in this period: ${jobLabel(first)}, ${hoursPart} (key ${placedHoursBand(hours)})`;
}

function employedText(cf: ClientFacts, ctx: EngineContext): string {
  const job = cf.competitiveJobs.find((j) => j.start <= ctx.snap && (j.end === null || ctx.snap <= j.end));
  return job ? `in a competitive job on ${snapPhrase(ctx)} (${jobLabel(job)})` : `not in a competitive job on ${snapPhrase(ctx)}`;
}

function whenOpen(reason: (cf: ClientFacts, ctx: EngineContext) => string): Reasoner {
  return (cf, ctx) => (isOpenOnDay(cf, ctx.snap) ? reason(cf, ctx) : `Not in this rate: ${openReason(cf, ctx).toLowerCase()}`);
}

function unemployedSeekingReason(cf: ClientFacts, ctx: EngineContext): string {
  if (isEmployedOnDay(cf, ctx.snap)) return `Not unemployed: open, ${employedText(cf, ctx)}`;
  if (cf.engagement === null || cf.engagement > ctx.snap) return `Open, ${employedText(cf, ctx)}, but not engaged by then`;
  return `Open, ${employedText(cf, ctx)}, and engaged on ${ukDay(cf.engagement)}`;
}

function movedReason(cf: ClientFacts, ctx: EngineContext): string {
  if (!isOpenDuring(cf, ctx.start, ctx.snap)) return 'Not in this rate: not open at any time in the period';
  const inP = cf.activityStarts.filter((d) => ctx.inP(d));
  if (inP.length > 0) return `Activity started on ${ukDay(Math.min(...inP))}, in this period`;
  return cf.activityStarts.length === 0 ? 'Open during the period; no activity recorded' : 'Open during the period; no activity starting in it';
}

const yesText = (value: string | null) => (value === 'yes' ? 'yes' : value === 'no' ? 'no' : value === 'unknown' ? 'not known' : 'not recorded');

/** Reasons for §4.3 (client-level), §4.5 and §4.6. */
export const SERVICE_REASONS = {
  job_search_within_4w: jobSearchReason,
  days_to_first_employer_contact: daysToFecReason,
  job_starts_by_time_in_service: jobStartsBy(timeInService),
  job_starts_by_contract_type: jobStartsBy((j) => codeText(CONTRACT_TYPE, j.job.contract_type)),
  job_starts_by_sector: jobStartsBy((j) => `${codeText(SECTOR, j.job.sector)} (key ${codeKey(j.job.sector)})`),
  job_starts_by_soc: jobStartsBy((j) => `${codeText(SOC_MAJOR_GROUP, j.job.soc_major_group)} (key ${codeKey(j.job.soc_major_group)})`),
  self_employment_starts: jobStartsBy((j) => (j.job.contract_type === 'self_employed' ? 'self-employment' : 'not self-employment')),
  excluded_non_competitive: (cf, ctx) => {
    const sheltered = cf.jobs.filter((j) => !j.job.competitive && ctx.inP(j.start));
    if (sheltered.length === 0) return 'No sheltered (non-competitive) job starting in this period';
    return `Sheltered work, left out of every figure: ${sheltered.map(jobLabel).join('; ')}`;
  },
  intake_age_band: intakeBy(ageText),
  intake_gender: intakeBy(coded(GENDER, (cf) => cf.client.gender)),
  intake_ethnicity: intakeBy(coded(ETHNICITY, (cf) => cf.client.ethnicity)),
  intake_nvq2_plus: nvqReason,
  intake_employment_status: intakeBy(coded(EMPLOYMENT_STATUS, (cf) => cf.client.employment_status_at_referral)),
  intake_in_secondary_mh_care: intakeBy(coded(YES_NO_UNKNOWN, (cf) => cf.client.in_secondary_mh_care)),
  intake_paid_work_recency: intakeBy(coded(PAID_WORK_RECENCY, (cf) => cf.client.paid_work_recency)),
  intake_maintained_job_over_1y: intakeBy(coded(YES_NO_UNKNOWN, (cf) => cf.client.maintained_job_over_1y)),
  intake_long_term_benefits: benefitsReason,
  placed_in_work_by_hours: placedReason,
  currently_employed: whenOpen((cf, ctx) => `Open, ${employedText(cf, ctx)}`),
  unemployed_seeking: whenOpen(unemployedSeekingReason),
  moved_to_education_volunteering_retirement: movedReason,
  care_plan_employment_actions: whenOpen((cf) => `Open; care plan employment actions: ${yesText(cf.client.care_plan_employment_actions)}`),
  care_plan_retention_actions: whenOpen((cf, ctx) =>
    isEmployedOnDay(cf, ctx.snap)
      ? `Open and employed; care plan retention actions: ${yesText(cf.client.care_plan_retention_actions)}`
      : `Not in this rate: open but ${employedText(cf, ctx)}`,
  ),
} satisfies Partial<Record<MetricId, Reasoner>>;
