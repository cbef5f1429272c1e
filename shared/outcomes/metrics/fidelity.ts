import { CONTRACT_TYPE, SECTOR, SOC_MAJOR_GROUP } from '../../codes';
import { codeKey, codeKeys, countJobs, distributeJobs, rate, type EngineContext } from '../context';
import { TIME_IN_SERVICE_BANDS, timeInServiceBand, type ClientFacts } from '../facts';
import type { ContactFacts, MetricResult, PublicMetric } from '../types';

/** Job search within 4 weeks: an FEC on or before clock + 28 (DOMAIN §4.3). */
export const JOB_SEARCH_WINDOW_DAYS = 28;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Days from clock start to FEC, never negative (an FEC before the clock counts as day 0). */
export function daysToFirstEmployerContact(c: Pick<ClientFacts, 'clock' | 'fec'>): number | null {
  if (c.clock === null || c.fec === null) return null;
  return Math.max(0, c.fec - c.clock);
}

function daysToFec(ctx: EngineContext): MetricResult {
  const clients = ctx.index.clients.filter((c) => c.clock !== null && ctx.inP(c.fec));
  const days = clients.map((c) => daysToFirstEmployerContact(c)!);
  const result: MetricResult = {
    value: days.length === 0 ? null : days.reduce((a, b) => a + b, 0) / days.length,
    records: { clients: clients.map((c) => c.id) },
  };
  // No clients: no mean and no median (the key is absent rather than a fake 0).
  if (days.length > 0) result.breakdown = { median: median(days)! };
  return result;
}

/**
 * Days that employer contacts could be counted in: [start, snap]. When as_of is inside P, contacts after
 * it are not counted yet, so dividing by the whole period would understate the weekly rate.
 */
export function employerContactDays(ctx: Pick<EngineContext, 'start' | 'snap'>): number {
  return Math.max(0, ctx.snap - ctx.start + 1);
}

function employerF2FPerWeek(ctx: EngineContext): MetricResult {
  const weeks = employerContactDays(ctx) / 7;
  const { total, bySpecialist } = ctx.input.contactFacts.employerF2FInPeriod;
  const breakdown: Record<string, number> = {};
  if (weeks > 0) for (const [name, n] of Object.entries(bySpecialist)) breakdown[name] = n / weeks;
  return { value: weeks > 0 ? total / weeks : null, breakdown, records: {} };
}

/**
 * Sainsbury C2 / §7 item 2 evidence: of the employer contacts (both kinds) in P marked yes or no for
 * `client_preference_based`, the share marked yes. A contact marked `unknown` is in neither count.
 * Not a §4 metric; the fidelity review shows it beside its suggested score.
 */
export function clientPreferenceShare(facts: ContactFacts): PublicMetric {
  const { marked, preferenceBased } = facts.employerContactsPreference;
  return { value: marked === 0 ? null : preferenceBased / marked, numerator: preferenceBased, denominator: marked };
}

/** DOMAIN §4.3 fidelity and quality measures. */
export function fidelity(ctx: EngineContext) {
  const starts = ctx.countedStartsInP;
  const clockOf = (clientId: string) => ctx.index.byId.get(clientId)?.clock ?? null;
  return {
    job_search_within_4w: rate(
      ctx.index.clients.filter((c) => c.clock !== null && ctx.inP(c.clock + JOB_SEARCH_WINDOW_DAYS)),
      (c) => c.fec !== null && c.fec <= c.clock! + JOB_SEARCH_WINDOW_DAYS,
    ),
    days_to_first_employer_contact: daysToFec(ctx),
    job_starts_by_time_in_service: distributeJobs(starts, TIME_IN_SERVICE_BANDS, (j) => timeInServiceBand(j.start, clockOf(j.clientId))),
    employer_f2f_per_week: employerF2FPerWeek(ctx),
    // contract_type is required, so it has no `unknown` key unless legacy data lacks one.
    job_starts_by_contract_type: distributeJobs(starts, CONTRACT_TYPE.values, (j) => codeKey(j.job.contract_type)),
    job_starts_by_sector: distributeJobs(starts, codeKeys(SECTOR.values), (j) => codeKey(j.job.sector)),
    job_starts_by_soc: distributeJobs(starts, codeKeys(SOC_MAJOR_GROUP.values), (j) => codeKey(j.job.soc_major_group)),
    self_employment_starts: countJobs(starts.filter((j) => j.job.contract_type === 'self_employed')),
    excluded_non_competitive: countJobs(ctx.index.jobs.filter((j) => !j.job.competitive && ctx.inP(j.start))),
  };
}
