import { z } from 'zod';
import type { IsoDate } from '../dates';
import type { Activity, Client, Job, Staff } from '../records';
import type { AgeBand } from './facts';
import { metricIdSchema } from './metric-ids';

/**
 * A job as the engine reads it. The schema requires `hours_per_week`, but legacy data may lack it, so the
 * engine tolerates null (it counts the day as employed with 0 hours, and data quality flags the job).
 */
export type EngineJob = Omit<Job, 'hours_per_week'> & { hours_per_week: number | null };

/**
 * Everything the engine needs from the contacts table, already aggregated, so a report never reads
 * raw contacts (issue 4 point 8: ~200,000 rows). `contactFactsFrom` computes it from raw contacts; the
 * database layer computes the same with SQL GROUP BY. Exact semantics, for period P = [start, end],
 * `as_of` and `snap = min(end, as_of)` (dates compare as ISO text):
 *
 * - `firstEmployerF2F[client_id]`: MIN(date) over contacts with kind = 'employer_face_to_face',
 *   client_id not null, date ≤ as_of; GROUP BY client_id. (Not limited to P: the FEC is a lifetime fact.)
 * - `lastClientContact[client_id]`: MAX(date) over contacts with kind IN ('client_face_to_face',
 *   'client_other'), client_id not null, date ≤ snap; GROUP BY client_id.
 * - `employerF2FInPeriod.total`: COUNT(*) of kind = 'employer_face_to_face' with start ≤ date ≤ snap;
 *   `.bySpecialist`: the same GROUP BY COALESCE(NULLIF(TRIM(specialist), ''), 'unknown').
 * - `employerContactsPreference.marked`: COUNT(*) of kind IN ('employer_face_to_face', 'employer_other') with
 *   start ≤ date ≤ snap and client_preference_based IN ('yes', 'no') (DOMAIN §7: the share is among contacts
 *   marked yes or no; `unknown` says nothing either way); `.preferenceBased`: those of them marked 'yes'.
 *
 * Clients absent from a map have no such contact.
 */
export type ContactFacts = {
  firstEmployerF2F: Record<string, IsoDate>;
  lastClientContact: Record<string, IsoDate>;
  employerF2FInPeriod: { total: number; bySpecialist: Record<string, number> };
  employerContactsPreference: { marked: number; preferenceBased: number };
};

/** Figures a person types in because no record holds them (DOMAIN §4.6). */
export type HandEntered = {
  /** Sainsbury D7: trust HR figure for the year; null or absent = not entered. */
  new_recruits_declaring_mh?: number | null;
};

export type ReportInput = {
  clients: readonly Client[];
  jobs: readonly EngineJob[];
  activities: readonly Activity[];
  staff: readonly Staff[];
  contactFacts: ContactFacts;
  handEntered?: HandEntered;
  /**
   * Age bands at referral kept for anonymised clients, by client_id (their date of birth is gone). Read only
   * when a client has no date of birth; kept outside `Client` so forms and the interchange workbook never see it.
   */
  ageBandsAtReferral?: Readonly<Record<string, AgeBand>>;
};

/** The period a report is computed for (schema: periodRangeSchema). `label` defaults to the custom-range label. */
export type { PeriodRange } from '../period';

const ids = z.array(z.string());

/**
 * The records behind a figure, for drill-down:
 * - count: `clients` = the clients counted; job counts add `jobs` = the jobs counted.
 * - rate: `clients` = the numerator's clients, `denominatorClients` = the denominator's clients.
 * - distribution: `clients` (and `jobs` for job distributions) = everything distributed;
 *   `byKey[key]` = the records under each breakdown key.
 * - mean (days_to_first_employer_contact): `clients` = the clients averaged.
 * - caseload_per_fte: `clients` = the active clients, `byKey[specialist]` = each specialist's.
 * - employer_f2f_per_week and new_recruits_declaring_mh: no client records (`{}`).
 */
export const metricRecordsSchema = z.object({
  clients: ids.optional(),
  jobs: ids.optional(),
  denominatorClients: ids.optional(),
  byKey: z.record(z.string(), z.object({ clients: ids, jobs: ids.optional() })).optional(),
});
export type MetricRecords = z.infer<typeof metricRecordsSchema>;

/** DOMAIN §4: `{ value, people?, numerator?, denominator?, breakdown? }`; keys absent when not applicable. */
export const publicMetricSchema = z.object({
  value: z.number().nullable(),
  people: z.number().optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  breakdown: z.record(z.string(), z.number()).optional(),
});
export type PublicMetric = z.infer<typeof publicMetricSchema>;

export const metricResultSchema = publicMetricSchema.extend({ records: metricRecordsSchema });
export type MetricResult = z.infer<typeof metricResultSchema>;

export const reportSchema = z.object({
  period: z.object({ start: z.string(), end: z.string(), as_of: z.string(), label: z.string() }),
  metrics: z.record(metricIdSchema, metricResultSchema),
});
export type Report = z.infer<typeof reportSchema>;

/** What the CLI's `report --json` prints: no records, no label. */
export const publicReportSchema = z.object({
  period: z.object({ start: z.string(), end: z.string(), as_of: z.string() }),
  metrics: z.record(metricIdSchema, publicMetricSchema),
});
export type PublicReport = z.infer<typeof publicReportSchema>;
