import { toDayNumber, type IsoDate } from '../dates';
import { dayOrNull, engagementDay, jobNotCountedReasons, type ClientFacts, type JobFacts } from './facts';
import { computeSustainment } from './sustainment';
import type { EngineJob, ReportInput } from './types';

export type EngineIndex = {
  clients: ClientFacts[];
  byId: Map<string, ClientFacts>;
  /** Jobs of known clients, by start date then job id. */
  jobs: JobFacts[];
  /** Jobs whose client_id matches no client (the schema forbids them; data quality lists them). */
  orphanJobs: EngineJob[];
};

const byStartThenId = (a: JobFacts, b: JobFacts) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Precomputes every per-client fact once: one pass over clients, jobs and activities, a sort of each
 * client's few jobs, and the sustainment scan. Everything after this is linear in clients + jobs.
 */
export function buildEngineIndex(input: ReportInput, asOf: IsoDate): EngineIndex {
  const asOfDay = toDayNumber(asOf);
  const byId = new Map<string, ClientFacts>();
  const clients: ClientFacts[] = [];
  for (const client of input.clients) {
    const vocationalProfile = dayOrNull(client.vocational_profile_date);
    const actionPlan = dayOrNull(client.action_plan_date);
    const fec = input.contactFacts.firstEmployerF2F[client.client_id];
    const last = input.contactFacts.lastClientContact[client.client_id];
    const cf: ClientFacts = {
      client,
      id: client.client_id,
      referral: toDayNumber(client.referral_date),
      discharge: dayOrNull(client.discharge_date),
      vocationalProfile,
      actionPlan,
      engagement: engagementDay(vocationalProfile, actionPlan),
      clock: vocationalProfile,
      retentionReturn: dayOrNull(client.retention_return_date),
      jobs: [],
      competitiveJobs: [],
      countedJobs: [],
      jobEntry: null,
      fec: fec ? toDayNumber(fec) : null,
      lastClientContact: last ? toDayNumber(last) : null,
      sustainment: { chains: [], milestones: {} },
      activityStarts: [],
    };
    byId.set(cf.id, cf);
    clients.push(cf);
  }

  const jobs: JobFacts[] = [];
  const orphanJobs: EngineJob[] = [];
  for (const job of input.jobs) {
    const cf = byId.get(job.client_id);
    if (!cf) {
      orphanJobs.push(job);
      continue;
    }
    const notCounted = jobNotCountedReasons(job, cf.client.referral_date);
    const jf: JobFacts = {
      job,
      id: job.job_id,
      clientId: job.client_id,
      start: toDayNumber(job.start_date),
      end: dayOrNull(job.end_date),
      counted: notCounted.length === 0,
      notCounted,
    };
    jobs.push(jf);
    cf.jobs.push(jf);
  }
  jobs.sort(byStartThenId);

  for (const activity of input.activities) {
    byId.get(activity.client_id)?.activityStarts.push(toDayNumber(activity.start_date));
  }

  for (const cf of clients) {
    if (cf.jobs.length === 0) continue;
    cf.jobs.sort(byStartThenId);
    cf.competitiveJobs = cf.jobs.filter((j) => j.job.competitive);
    cf.countedJobs = cf.jobs.filter((j) => j.counted);
    cf.jobEntry = cf.countedJobs[0]?.start ?? null;
    if (cf.countedJobs.length > 0) {
      cf.sustainment = computeSustainment(
        cf.countedJobs.map((j) => ({ start: j.start, end: j.end, hoursPerWeek: j.job.hours_per_week })),
        asOfDay,
      );
    }
  }
  return { clients, byId, jobs, orphanJobs };
}
