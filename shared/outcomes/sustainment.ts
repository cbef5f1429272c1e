/**
 * Job sustainment (DOMAIN §3), on day numbers. A day is employed if any counted job covers it. A chain
 * starts at the job entry; a run of ≥ 42 consecutive non-employed days ends it and the next counted job
 * start begins a new one. Accrued days are employed days of the chain, never after `as_of`. The 13/26/52-week
 * milestone is the 91st/182nd/364th accrued day; each duration is awarded once, from the first chain that
 * reaches it. Works on runs of days (segments between job starts and ends), not day by day, so a client
 * with years of employment costs a handful of steps.
 */

export const BREAK_GAP_DAYS = 42;

export const MILESTONES = [
  { weeks: 13, accruedDay: 91 },
  { weeks: 26, accruedDay: 182 },
  { weeks: 52, accruedDay: 364 },
] as const;
export type MilestoneWeeks = (typeof MILESTONES)[number]['weeks'];

export type HoursBand = 'lt16' | 'ge16';

/** A counted job as sustainment sees it. `end` null = still in the job; `hoursPerWeek` null = unknown (0). */
export type SustainmentJob = { start: number; end: number | null; hoursPerWeek: number | null };

export type Milestone = {
  weeks: MilestoneWeeks;
  /** Day number of the milestone (the 91st/182nd/364th accrued day). */
  day: number;
  /** Average weekly hours over the chain's accrued days up to the milestone, unrounded. */
  averageHours: number;
  band: HoursBand;
  /** Index into `chains` of the chain that reached it. */
  chain: number;
};

export type Chain = {
  start: number;
  /** Last employed day accrued (≤ as_of). */
  lastEmployedDay: number;
  accruedDays: number;
  /** True when a gap of ≥ 42 non-employed days (before as_of) ended it. */
  brokenByGap: boolean;
};

export type Sustainment = {
  chains: Chain[];
  milestones: Partial<Record<MilestoneWeeks, Milestone>>;
};

/** Float sums of e.g. 18.5-hour days can land a hair under 16; a millionth of an hour is no real difference. */
const HOURS_TOLERANCE = 1e-6;

/** DOMAIN §3: `lt16` if < 16, `ge16` if ≥ 16 (exactly 16 is `ge16`). */
export function hoursBand(averageHours: number): HoursBand {
  return averageHours >= 16 - HOURS_TOLERANCE ? 'ge16' : 'lt16';
}

type Segment = { from: number; to: number; jobs: number; hours: number };

/** Splits [first start, as_of] into runs with a constant number of covering jobs and total weekly hours. */
function segments(jobs: readonly SustainmentJob[], asOf: number): Segment[] {
  // Boundary events as flat triples [day, Δjobs, Δhours]; a client has a handful of jobs, so this stays tiny.
  const events: [number, number, number][] = [];
  for (const job of jobs) {
    if (job.start > asOf) continue;
    const lastDay = job.end === null || job.end > asOf ? asOf : job.end;
    if (lastDay < job.start) continue;
    const hours = job.hoursPerWeek ?? 0;
    events.push([job.start, 1, hours], [lastDay + 1, -1, -hours]);
  }
  if (events.length === 2) {
    // One job (the usual case): a single run.
    const [[from, , hours], [after]] = events as [[number, number, number], [number, number, number]];
    return [{ from, to: after - 1, jobs: 1, hours }];
  }
  events.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let jobsNow = 0;
  let hoursNow = 0;
  for (let i = 0; i < events.length; i++) {
    const [day, dJobs, dHours] = events[i]!;
    jobsNow += dJobs;
    hoursNow += dHours;
    const next = events[i + 1];
    if (!next || next[0] === day) continue; // apply every event of the day before emitting a run
    // A rounding residue after jobs end must not count as hours.
    if (jobsNow === 0) hoursNow = 0;
    out.push({ from: day, to: next[0] - 1, jobs: jobsNow, hours: hoursNow });
  }
  return out;
}

/** Chains and milestones of one client's counted jobs (any order), as known on `asOf`. */
export function computeSustainment(countedJobs: readonly SustainmentJob[], asOf: number): Sustainment {
  const result: Sustainment = { chains: [], milestones: {} };
  let chain: Chain | null = null;
  // Sum over accrued days of the weekly hours covering that day; average = weighted / accrued days.
  let weighted = 0;
  for (const seg of segments(countedJobs, asOf)) {
    const length = seg.to - seg.from + 1;
    if (seg.jobs === 0) {
      if (chain && length >= BREAK_GAP_DAYS) {
        chain.brokenByGap = true;
        chain = null;
      }
      continue;
    }
    if (!chain) {
      chain = { start: seg.from, lastEmployedDay: seg.from, accruedDays: 0, brokenByGap: false };
      result.chains.push(chain);
      weighted = 0;
    }
    for (const m of MILESTONES) {
      if (result.milestones[m.weeks]) continue;
      const needed = m.accruedDay - chain.accruedDays;
      if (needed < 1 || needed > length) continue;
      const averageHours = (weighted + seg.hours * needed) / m.accruedDay;
      result.milestones[m.weeks] = {
        weeks: m.weeks,
        day: seg.from + needed - 1,
        averageHours,
        band: hoursBand(averageHours),
        chain: result.chains.length - 1,
      };
    }
    chain.accruedDays += length;
    chain.lastEmployedDay = seg.to;
    weighted += seg.hours * length;
  }
  return result;
}
