import { countClients, countJobs, type EngineContext } from '../context';
import { countedJobsCovering, inWorkAtReferral, isOpenOnDay } from '../facts';
import type { MilestoneWeeks, HoursBand } from '../sustainment';
import type { MetricResult } from '../types';

type SustainedId = `sustained_${MilestoneWeeks}w_${HoursBand}`;

/** DOMAIN §4.1 key outcomes (IPS Grow standard data set). */
export function keyOutcomes(ctx: EngineContext) {
  const { clients } = ctx.index;
  const referred = clients.filter((c) => ctx.inP(c.referral));

  const sustained = {} as Record<SustainedId, MetricResult>;
  for (const weeks of [13, 26, 52] as const) {
    for (const band of ['lt16', 'ge16'] as const) {
      sustained[`sustained_${weeks}w_${band}`] = countClients(
        clients.filter((c) => {
          const m = c.sustainment.milestones[weeks];
          return m !== undefined && m.band === band && ctx.inP(m.day);
        }),
      );
    }
  }

  // Carried over: a snapshot at start(P). Nothing is known about start(P) when as_of is before it.
  const carriedOver =
    ctx.start > ctx.asOf
      ? []
      : clients.filter(
          (c) => c.referral < ctx.start && isOpenOnDay(c, ctx.start) && countedJobsCovering(c, ctx.start).length > 0,
        );

  return {
    referrals: countClients(referred),
    referrals_in_work: countClients(referred.filter((c) => inWorkAtReferral(c.client))),
    engaged: countClients(clients.filter((c) => ctx.inP(c.engagement))),
    job_starts: countJobs(ctx.countedStartsInP),
    people_into_work: countClients(clients.filter((c) => ctx.inP(c.jobEntry))),
    ...sustained,
    retention_outcomes: countClients(clients.filter((c) => c.client.retention_case && ctx.inP(c.retentionReturn))),
    carried_over_in_work: countClients(carriedOver),
  };
}
