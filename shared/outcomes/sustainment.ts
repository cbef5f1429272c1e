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

/**
 * Chains and milestones of one client's counted jobs (any order), as known on `asOf`. The days from the
 * first start to as_of are cut at every job start and every day after a job ends; between two cuts the
 * covering jobs (and so the weekly hours) do not change, so each run is handled in one step.
 */
export function computeSustainment(countedJobs: readonly SustainmentJob[], asOf: number): Sustainment {
  const result: Sustainment = { chains: [], milestones: {} };
  const starts: number[] = [];
  const lasts: number[] = [];
  const hours: number[] = [];
  for (const job of countedJobs) {
    if (job.start > asOf) continue;
    const last = job.end === null || job.end > asOf ? asOf : job.end;
    if (last < job.start) continue;
    starts.push(job.start);
    lasts.push(last);
    hours.push(job.hoursPerWeek ?? 0);
  }
  const n = starts.length;
  if (n === 0) return result;
  const cuts = n === 1 ? [starts[0]!, lasts[0]! + 1] : cutDays(starts, lasts);

  let chain: Chain | null = null;
  // Sum over accrued days of the weekly hours covering that day; average = weighted / accrued days.
  let weighted = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const length = cuts[i + 1]! - from;
    let covering = 0;
    let dayHours = 0;
    for (let k = 0; k < n; k++) {
      if (starts[k]! <= from && from <= lasts[k]!) {
        covering += 1;
        dayHours += hours[k]!;
      }
    }
    if (covering === 0) {
      if (chain && length >= BREAK_GAP_DAYS) {
        chain.brokenByGap = true;
        chain = null;
      }
      continue;
    }
    if (!chain) {
      chain = { start: from, lastEmployedDay: from, accruedDays: 0, brokenByGap: false };
      result.chains.push(chain);
      weighted = 0;
    }
    for (const m of MILESTONES) {
      if (result.milestones[m.weeks]) continue;
      const needed = m.accruedDay - chain.accruedDays;
      if (needed < 1 || needed > length) continue;
      const averageHours = (weighted + dayHours * needed) / m.accruedDay;
      result.milestones[m.weeks] = {
        weeks: m.weeks,
        day: from + needed - 1,
        averageHours,
        band: hoursBand(averageHours),
        chain: result.chains.length - 1,
      };
    }
    chain.accruedDays += length;
    chain.lastEmployedDay = from + length - 1;
    weighted += dayHours * length;
  }
  return result;
}

/** Sorted distinct cut days: each start and each day after a job's last day. */
function cutDays(starts: readonly number[], lasts: readonly number[]): number[] {
  const all = starts.concat(lasts.map((d) => d + 1)).sort((a, b) => a - b);
  let w = 0;
  for (let r = 0; r < all.length; r++) if (r === 0 || all[r] !== all[w - 1]) all[w++] = all[r]!;
  all.length = w;
  return all;
}
