import { fromDayNumber, toDayNumber, type IsoDate } from '../dates';
import { buildEngineIndex } from '../outcomes/client-index';
import { isOpenOnDay } from '../outcomes/facts';
import { computeSustainment, MILESTONES, type MilestoneWeeks } from '../outcomes/sustainment';
import type { ReportInput } from '../outcomes/types';

/**
 * What needs doing this week, from the records (issue 11 "home screen"). Pure: the service supplies the
 * records, names and figures; each list names the client or job so the screen can link to it.
 */

/** "No contact in the last 4 weeks": the same 28-day window as active caseload (DOMAIN §4.2). */
export const NO_CONTACT_WINDOW_DAYS = 28;
/** How far ahead the sustainment milestones are looked for. */
export const MILESTONE_HORIZON_DAYS = 14;

export interface QuietClient {
  client_id: string;
  specialist: string | null;
  lastContact: IsoDate | null;
}

export interface UpcomingMilestone {
  client_id: string;
  weeks: MilestoneWeeks;
  date: IsoDate;
  /** The job the client is in now (the one whose evidence to collect), if any. */
  job_id: string | null;
  employer: string | null;
}

export interface AwaitingFourHours {
  client_id: string;
  job_id: string;
  start_date: IsoDate;
  employer: string | null;
  daysSinceStart: number;
}

export interface WeekLists {
  quietClients: QuietClient[];
  milestones: UpcomingMilestone[];
  awaitingFourHours: AwaitingFourHours[];
}

/**
 * - quiet clients: engaged clients open today with no client contact in the last 4 weeks (including today);
 * - milestones: 13/26/52-week sustainment milestones that fall after today and within 14 days, projecting
 *   today's jobs forward as if they continue (a job already ended is not projected);
 * - awaiting four hours: competitive jobs started on or after referral and on or before today whose four paid
 *   hours are not yet confirmed, so they are not yet job starts (DOMAIN §3).
 */
export function weekLists(input: ReportInput, today: IsoDate): WeekLists {
  const day = toDayNumber(today);
  const index = buildEngineIndex(input, today);
  const horizon = day + MILESTONE_HORIZON_DAYS;
  const quietClients: QuietClient[] = [];
  const milestones: UpcomingMilestone[] = [];
  const awaitingFourHours: AwaitingFourHours[] = [];
  const windowStart = day - (NO_CONTACT_WINDOW_DAYS - 1);

  for (const cf of index.clients) {
    const open = isOpenOnDay(cf, day);
    if (open && cf.engagement !== null && cf.engagement <= day && (cf.lastClientContact === null || cf.lastClientContact < windowStart)) {
      quietClients.push({ client_id: cf.id, specialist: cf.client.specialist, lastContact: cf.lastClientContact === null ? null : fromDayNumber(cf.lastClientContact) });
    }
    if (open && cf.countedJobs.length > 0) {
      const ahead = computeSustainment(
        cf.countedJobs.filter((j) => j.start <= day).map((j) => ({ start: j.start, end: j.end, hoursPerWeek: j.hoursPerWeek })),
        horizon,
      );
      const current = cf.countedJobs.filter((j) => j.start <= day && (j.end === null || j.end >= day)).at(-1) ?? null;
      for (const m of MILESTONES) {
        const reached = ahead.milestones[m.weeks];
        if (!reached || reached.day <= day || reached.day > horizon) continue;
        milestones.push({
          client_id: cf.id,
          weeks: m.weeks,
          date: fromDayNumber(reached.day),
          job_id: current?.id ?? null,
          employer: current?.job.employer ?? null,
        });
      }
    }
    for (const j of cf.jobs) {
      if (!j.job.competitive || j.job.four_hours_confirmed || j.start < cf.referral || j.start > day) continue;
      awaitingFourHours.push({ client_id: cf.id, job_id: j.id, start_date: j.job.start_date, employer: j.job.employer, daysSinceStart: day - j.start });
    }
  }
  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.client_id < b.client_id ? -1 : 1));
  awaitingFourHours.sort((a, b) => b.daysSinceStart - a.daysSinceStart);
  quietClients.sort((a, b) => (a.lastContact ?? '') < (b.lastContact ?? '') ? -1 : 1);
  return { quietClients, milestones, awaitingFourHours };
}

/** The share of the financial year gone by `today` (both days counted), for pro-rata targets. */
export function yearFractionElapsed(fyStart: IsoDate, fyEnd: IsoDate, today: IsoDate): number {
  const total = toDayNumber(fyEnd) - toDayNumber(fyStart) + 1;
  const gone = Math.min(total, Math.max(0, toDayNumber(today) - toDayNumber(fyStart) + 1));
  return gone / total;
}

export interface KpiProgress {
  id: string;
  title: string;
  actual: number | null;
  /** For a yearly count: the lower target scaled to the year so far. For a rate: the target itself. */
  targetSoFar: number | null;
  targetText: string;
  kind: 'count' | 'rate';
  /** null when there is nothing to judge yet (a rate with no one in its denominator). */
  onTrack: boolean | null;
}

/** Year to date against a KPI's target: counts pro rata to the year so far, rates as they stand. */
export function kpiProgress(
  metric: { id: string; title: string; value: number | null; target: { min?: number; max?: number; per?: 'year'; text: string } },
  fraction: number,
): KpiProgress {
  const { target } = metric;
  if (target.per === 'year') {
    const targetSoFar = target.min === undefined ? null : target.min * fraction;
    return {
      id: metric.id,
      title: metric.title,
      actual: metric.value,
      targetSoFar,
      targetText: target.text,
      kind: 'count',
      onTrack: targetSoFar === null || metric.value === null ? null : metric.value >= targetSoFar,
    };
  }
  const onTrack = metric.value === null ? null : target.min !== undefined ? metric.value >= target.min : target.max !== undefined ? metric.value <= target.max : null;
  return { id: metric.id, title: metric.title, actual: metric.value, targetSoFar: target.min ?? target.max ?? null, targetText: target.text, kind: 'rate', onTrack };
}

