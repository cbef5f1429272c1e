import type { IsoDate } from '../dates';
import { buildEngineIndex, type EngineIndex } from './client-index';
import { dayNumber, type ClientFacts, type JobFacts } from './facts';
import type { MetricResult, PeriodRange, ReportInput } from './types';

/** What every metric section reads: the period in day numbers, the per-client index and shared selections. */
export type EngineContext = {
  input: ReportInput;
  index: EngineIndex;
  start: number;
  end: number;
  asOf: number;
  /** Snapshot day: min(end, as_of). Also the last day an event can count in P. */
  snap: number;
  snapIso: IsoDate;
  /** An event counts in P only if its date is in [start, end] and on or before as_of. */
  inP: (day: number | null) => boolean;
  /** Counted jobs with start_date in P, grouped by client, each client's by start then job id. */
  countedStartsInP: JobFacts[];
};

export function buildContext(input: ReportInput, period: PeriodRange, asOf: IsoDate): EngineContext {
  const index = buildEngineIndex(input, asOf);
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  const asOfDay = dayNumber(asOf);
  const snap = Math.min(end, asOfDay);
  const inP = (day: number | null) => day !== null && day >= start && day <= snap;
  return {
    input,
    index,
    start,
    end,
    asOf: asOfDay,
    snap,
    snapIso: period.end < asOf ? period.end : asOf,
    inP,
    countedStartsInP: index.jobs.filter((j) => j.counted && inP(j.start)),
  };
}

const distinctClientIds = (jobs: readonly JobFacts[]) => [...new Set(jobs.map((j) => j.clientId))];

/** A count of clients: `value` = `people` = number of clients. */
export function countClients(clients: readonly ClientFacts[]): MetricResult {
  return { value: clients.length, people: clients.length, records: { clients: clients.map((c) => c.id) } };
}

/** A count of jobs: `value` = jobs, `people` = distinct clients among them. */
export function countJobs(jobs: readonly JobFacts[]): MetricResult {
  const clients = distinctClientIds(jobs);
  return { value: jobs.length, people: clients.length, records: { clients, jobs: jobs.map((j) => j.id) } };
}

/** A rate: numerator ÷ denominator as a fraction 0..1, null when the denominator is 0. */
export function rate(denominator: readonly ClientFacts[], inNumerator: (c: ClientFacts) => boolean): MetricResult {
  const numerator = denominator.filter(inNumerator);
  return {
    value: denominator.length === 0 ? null : numerator.length / denominator.length,
    numerator: numerator.length,
    denominator: denominator.length,
    records: { clients: numerator.map((c) => c.id), denominatorClients: denominator.map((c) => c.id) },
  };
}

/**
 * A distribution: `value` = number of records, `breakdown` = count per key. Every key in `keys` is present
 * (0 when empty) so templates and charts always find it; a key outside `keys` is added when met.
 */
function distribute<T>(
  items: readonly T[],
  keys: readonly string[],
  keyOf: (item: T) => string,
  clientOf: (item: T) => string,
  jobOf?: (item: T) => string,
): MetricResult {
  const breakdown: Record<string, number> = {};
  const buckets = new Map<string, { clients: Set<string>; jobs: string[] }>();
  for (const key of keys) {
    breakdown[key] = 0;
    buckets.set(key, { clients: new Set(), jobs: [] });
  }
  for (const item of items) {
    const key = keyOf(item);
    breakdown[key] = (breakdown[key] ?? 0) + 1;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { clients: new Set(), jobs: [] }));
    bucket.clients.add(clientOf(item));
    if (jobOf) bucket.jobs.push(jobOf(item));
  }
  const byKey: Record<string, { clients: string[]; jobs?: string[] }> = {};
  for (const [key, bucket] of buckets) {
    byKey[key] = jobOf ? { clients: [...bucket.clients], jobs: bucket.jobs } : { clients: [...bucket.clients] };
  }
  const records = jobOf
    ? { clients: [...new Set(items.map(clientOf))], jobs: items.map(jobOf), byKey }
    : { clients: items.map(clientOf), byKey };
  return { value: items.length, breakdown, records };
}

export function distributeClients(clients: readonly ClientFacts[], keys: readonly string[], keyOf: (c: ClientFacts) => string): MetricResult {
  return distribute(clients, keys, keyOf, (c) => c.id);
}

export function distributeJobs(jobs: readonly JobFacts[], keys: readonly string[], keyOf: (j: JobFacts) => string): MetricResult {
  return distribute(jobs, keys, keyOf, (j) => j.clientId, (j) => j.id);
}

/** Stored code as a breakdown key: blank → `unknown`. */
export function codeKey(code: string | null | undefined): string {
  return code === null || code === undefined || code === '' ? 'unknown' : code;
}

/** A code list's values plus `unknown`, the key set of a code distribution. */
export function codeKeys(values: readonly string[]): string[] {
  return [...values, 'unknown'];
}
