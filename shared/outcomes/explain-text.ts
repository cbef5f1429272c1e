import { codeLabel, type CodeList } from '../codes';
import { formatUkDate, fromDayNumber } from '../dates';
import type { EngineContext } from './context';
import type { JobFacts, NotCountedReason } from './facts';

/** Plain-words pieces shared by the explanations. Dates are shown dd/mm/yyyy. */

export function ukDay(day: number): string {
  return formatUkDate(fromDayNumber(day));
}

/** "is in this period" / "is before this period" / "is after the as-of date (…)" for an event day. */
export function wherePhrase(ctx: EngineContext, day: number): string {
  if (day < ctx.start) return `is before this period (which starts ${ukDay(ctx.start)})`;
  if (day > ctx.end) return `is after this period (which ends ${ukDay(ctx.end)})`;
  if (day > ctx.asOf) return `is after the as-of date (${ukDay(ctx.asOf)})`;
  return 'is in this period';
}

/** "the snapshot day (31/03/2026)". */
export function snapPhrase(ctx: EngineContext): string {
  return `the snapshot day (${ukDay(ctx.snap)})`;
}

/** Hours a week, unrounded figures shown to at most 2 decimals: 18.5, 16, 15.43. */
export function hoursText(hours: number): string {
  return String(Number(hours.toFixed(2)));
}

export function jobLabel(job: JobFacts): string {
  const what = job.job.employer ?? job.job.job_title ?? `job ${job.id}`;
  return `${what}, started ${ukDay(job.start)}`;
}

const NOT_COUNTED_TEXT: Record<NotCountedReason, (job: JobFacts, referralDay: number) => string> = {
  non_competitive: () => 'sheltered (non-competitive) work is never counted',
  before_referral: (_job, referral) =>
    `job began before referral (${ukDay(referral)}): it counts for being in work, never as a job start`,
  four_hours_not_confirmed: () => 'four paid hours not yet confirmed',
};

export function notCountedText(job: JobFacts, referralDay: number): string {
  return job.notCounted.map((r) => NOT_COUNTED_TEXT[r](job, referralDay)).join('; ');
}

/** One line per job about whether it is a counted job start in P. */
export function jobStartLine(ctx: EngineContext, job: JobFacts, referralDay: number): string {
  if (!job.counted) return `Job start not counted: ${notCountedText(job, referralDay)} (${jobLabel(job)})`;
  if (ctx.inP(job.start)) return `Job start counted (${jobLabel(job)})`;
  return `Job start not in this period: the start ${wherePhrase(ctx, job.start)} (${jobLabel(job)})`;
}

/** `code` with its label, e.g. "level3 (Level 3 – A levels / NVQ Lvl 3)"; blank → "not recorded". */
export function codeText(list: CodeList, code: string | null): string {
  return code ? `${codeLabel(list, code)}` : 'not recorded';
}
