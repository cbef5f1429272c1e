import { distributeJobs, rate, type EngineContext } from '../context';
import { isEmployedOnDay, isOpenDuring, isOpenOnDay, PLACED_HOURS_BANDS, placedHoursBand, type JobFacts } from '../facts';
import type { MetricResult } from '../types';

/** Each client's first counted job start in P (earliest start, then lowest job id). */
export function firstCountedStartsInP(ctx: EngineContext): JobFacts[] {
  const seen = new Set<string>();
  const firsts: JobFacts[] = [];
  for (const job of ctx.countedStartsInP) {
    if (seen.has(job.clientId)) continue;
    seen.add(job.clientId);
    firsts.push(job);
  }
  return firsts;
}

/** DOMAIN §4.6 Sainsbury Centre section D individual outcomes. */
export function sainsburyD(ctx: EngineContext) {
  const open = ctx.index.clients.filter((c) => isOpenOnDay(c, ctx.snap));
  const employedNow = (c: (typeof open)[number]) => isEmployedOnDay(c, ctx.snap);
  const openDuring = ctx.index.clients.filter((c) => isOpenDuring(c, ctx.start, ctx.snap));
  const handEntered = ctx.input.handEntered?.new_recruits_declaring_mh;
  const newRecruits: MetricResult = { value: typeof handEntered === 'number' ? handEntered : null, records: {} };
  return {
    // One record per client (their first job in P), so value = clients placed.
    placed_in_work_by_hours: distributeJobs(firstCountedStartsInP(ctx), PLACED_HOURS_BANDS, (j) =>
      placedHoursBand(j.job.hours_per_week),
    ),
    currently_employed: rate(open, employedNow),
    unemployed_seeking: rate(open, (c) => !employedNow(c) && c.engagement !== null && c.engagement <= ctx.snap),
    moved_to_education_volunteering_retirement: rate(openDuring, (c) => c.activityStarts.some((d) => ctx.inP(d))),
    care_plan_employment_actions: rate(open, (c) => c.client.care_plan_employment_actions === 'yes'),
    care_plan_retention_actions: rate(open.filter(employedNow), (c) => c.client.care_plan_retention_actions === 'yes'),
    new_recruits_declaring_mh: newRecruits,
  };
}
