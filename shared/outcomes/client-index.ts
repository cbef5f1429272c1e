import type { IsoDate } from '../dates';
import { dayNumber, dayOrNull, engagementDay, jobNotCountedReasons, type ClientFacts, type JobFacts } from './facts';
import { computeSustainment, type Sustainment } from './sustainment';
import type { EngineJob, ReportInput } from './types';

export type EngineIndex = {
  clients: ClientFacts[];
  byId: Map<string, ClientFacts>;
  /** Jobs of known clients, grouped by client (in input order), each client's by start date then job id. */
  jobs: JobFacts[];
  /** Jobs whose client_id matches no client (the schema forbids them; data quality lists them). */
  orphanJobs: EngineJob[];
};

/** Shared by every client without a counted job; never mutated. */
const NO_SUSTAINMENT: Sustainment = Object.freeze({ chains: [], milestones: {} }) as Sustainment;

const byStartThenId = (a: JobFacts, b: JobFacts) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Precomputes every per-client fact once: one pass over clients, jobs and activities, a sort of each
 * client's few jobs, and the sustainment scan. Everything after this is linear in clients + jobs.
 */
export function buildEngineIndex(input: ReportInput, asOf: IsoDate): EngineIndex {
  const asOfDay = dayNumber(asOf);
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
      referral: dayNumber(client.referral_date),
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
      fec: fec ? dayNumber(fec) : null,
      lastClientContact: last ? dayNumber(last) : null,
      sustainment: NO_SUSTAINMENT,
      activityStarts: [],
      storedAgeBand: input.ageBandsAtReferral?.[client.client_id] ?? null,
    };
    byId.set(cf.id, cf);
    clients.push(cf);
  }

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
      start: dayNumber(job.start_date),
      end: dayOrNull(job.end_date),
      hoursPerWeek: job.hours_per_week,
      counted: notCounted.length === 0,
      notCounted,
    };
    cf.jobs.push(jf);
  }

  for (const activity of input.activities) {
    byId.get(activity.client_id)?.activityStarts.push(dayNumber(activity.start_date));
  }

  // No global sort of all jobs: each client's few jobs are sorted, and the report's job lists follow clients.
  const jobs: JobFacts[] = [];
  for (const cf of clients) {
    if (cf.jobs.length === 0) continue;
    if (cf.jobs.length > 1) cf.jobs.sort(byStartThenId);
    // Share the list when nothing is filtered out (the usual case), to spare the garbage collector.
    cf.competitiveJobs = cf.jobs.every((j) => j.job.competitive) ? cf.jobs : cf.jobs.filter((j) => j.job.competitive);
    cf.countedJobs = cf.jobs.every((j) => j.counted) ? cf.jobs : cf.jobs.filter((j) => j.counted);
    cf.jobEntry = cf.countedJobs[0]?.start ?? null;
    if (cf.countedJobs.length > 0) cf.sustainment = computeSustainment(cf.countedJobs, asOfDay);
    for (const j of cf.jobs) jobs.push(j);
  }
  return { clients, byId, jobs, orphanJobs };
}
