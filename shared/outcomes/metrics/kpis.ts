import { rate, type EngineContext } from '../context';
import { inWorkAtReferral, isOpenDuring } from '../facts';
import { MILESTONES, type MilestoneWeeks } from '../sustainment';
import type { MetricResult } from '../types';

/** Days from job entry to the earliest possible milestone (continuous work): 91st day = entry + 90, 181, 363. */
export const MILESTONE_OFFSET_DAYS = Object.fromEntries(MILESTONES.map((m) => [m.weeks, m.accruedDay - 1])) as Record<
  MilestoneWeeks,
  number
>;

function sustainmentRate(ctx: EngineContext, weeks: MilestoneWeeks): MetricResult {
  const offset = MILESTONE_OFFSET_DAYS[weeks];
  return rate(
    ctx.index.clients.filter((c) => c.jobEntry !== null && ctx.inP(c.jobEntry + offset)),
    (c) => {
      const m = c.sustainment.milestones[weeks];
      return m !== undefined && m.day <= ctx.snap;
    },
  );
}

/** A copy that shares no array with the original, so a consumer editing one cannot change the other. */
function copy(m: MetricResult): MetricResult {
  const { records, ...figures } = m;
  return {
    ...figures,
    records: {
      ...(records.clients && { clients: [...records.clients] }),
      ...(records.jobs && { jobs: [...records.jobs] }),
      ...(records.denominatorClients && { denominatorClients: [...records.denominatorClients] }),
    },
  };
}

/** DOMAIN §4.4 annual KPIs. `kpi_engaged` and `kpi_job_starts` repeat `engaged` and `job_starts`. */
export function kpis(ctx: EngineContext, keyOutcomes: { engaged: MetricResult; job_starts: MetricResult }) {
  return {
    kpi_engaged: copy(keyOutcomes.engaged),
    kpi_job_starts: copy(keyOutcomes.job_starts),
    sustainment_rate_13w: sustainmentRate(ctx, 13),
    sustainment_rate_26w: sustainmentRate(ctx, 26),
    sustainment_rate_52w: sustainmentRate(ctx, 52),
    employment_rate: rate(
      ctx.index.clients.filter((c) => !inWorkAtReferral(c.client) && isOpenDuring(c, ctx.start, ctx.snap)),
      (c) => c.jobEntry !== null && c.jobEntry <= ctx.snap,
    ),
  };
}
