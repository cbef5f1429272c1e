import { z } from 'zod';
import { isIsoDate } from '../dates';
import { metricIdSchema, publicMetricSchema, reportSchema } from '../outcomes';
import { financialYearSchema, handEnteredEntrySchema, handEnteredFiguresSchema } from '../sainsbury-a';
import { idSchema } from './records';

/**
 * Reports (issue 4): the figures of DOMAIN §4 with the records behind them, the quarter-by-quarter KPI
 * trend, "why is this client (not) counted?", data quality, and the hand-entered Sainsbury figures.
 * `period` is a string (`2025-26`, `2025-26-Q3`, `2025-04-01..2025-09-30`): the service parses it and refuses
 * a bad one with `invalid_input` naming the field. `asOf` defaults to the service's today.
 */

const asOfSchema = z
  .string({ error: 'As-of date must be a date' })
  .trim()
  .refine(isIsoDate, 'As-of date must be a real date (YYYY-MM-DD)')
  .optional();
const periodTextSchema = z.string({ error: 'Period is required' }).max(40, 'Period is too long');

export const reportPeriodSchema = z.object({ start: z.string(), end: z.string(), as_of: z.string(), label: z.string() });

export const metricDefinitionSchema = z.object({
  id: metricIdSchema,
  section: z.enum(['key_outcomes', 'caseload', 'fidelity', 'kpis', 'intake', 'sainsbury_d']),
  title: z.string(),
  rule: z.string(),
  kind: z.enum(['count', 'rate', 'distribution', 'mean', 'ratio', 'entered']),
  about: z.enum(['clients', 'jobs', 'contacts', 'entered']),
  target: z
    .object({ min: z.number().optional(), max: z.number().optional(), per: z.literal('year').optional(), text: z.string() })
    .optional(),
});

/** Metrics the KPI charts plot quarter by quarter (targets: METRIC_CATALOGUE[id].target). */
export const TREND_METRIC_IDS = [
  'referrals',
  'kpi_engaged',
  'kpi_job_starts',
  'people_into_work',
  'sustainment_rate_13w',
  'sustainment_rate_26w',
  'sustainment_rate_52w',
  'employment_rate',
  'job_search_within_4w',
  'days_to_first_employer_contact',
  'employer_f2f_per_week',
  'active_caseload',
  'caseload_per_fte',
] as const;
export const trendMetricIdSchema = z.enum(TREND_METRIC_IDS);
export type TrendMetricId = z.infer<typeof trendMetricIdSchema>;

export const trendPointSchema = z.object({
  /** `2025-26-Q1` … `2025-26-Q4`, or `2025-26` for the whole year. */
  period: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  /** False when the period starts after the as-of date: nothing can have happened in it yet. */
  started: z.boolean(),
  metrics: z.record(trendMetricIdSchema, publicMetricSchema),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const explanationRowSchema = z.object({
  metricId: metricIdSchema,
  title: z.string(),
  counted: z.boolean(),
  inDenominator: z.boolean().optional(),
  reason: z.string(),
});
export type ExplanationRow = z.infer<typeof explanationRowSchema>;

export const dataQualityRowSchema = z.object({
  kind: z.string(),
  severity: z.enum(['blocks', 'changes']),
  message: z.string(),
  record: z.object({
    type: z.enum(['client', 'job', 'staff', 'contact']),
    /** The team's reference: client_id, job_id or the staff member's name. */
    ref: z.string(),
    /** Record id (uuid) of that record, when it exists. */
    id: idSchema.nullable(),
    /** Record id of the client to open to fix it (the client itself, or the job's client); null for staff. */
    clientRecordId: idSchema.nullable(),
    /** The client's name beside their reference (blank when the record has no name). */
    name: z.string().nullable(),
  }),
});
export type DataQualityRow = z.infer<typeof dataQualityRowSchema>;

const handEnteredOutput = z.object({ financialYear: z.string(), items: z.array(handEnteredEntrySchema) });

export const reportChannels = {
  /** Every metric of DOMAIN §4 with its drill-down records; `withCatalogue` adds titles, rules and targets. */
  'reports.run': {
    input: z.object({ period: periodTextSchema, asOf: asOfSchema, withCatalogue: z.boolean().default(false) }),
    output: z.object({
      report: reportSchema,
      /** The financial year whose hand-entered D7 figure is in the report; null for a range over two years. */
      handEnteredYear: z.string().nullable(),
      catalogue: z.array(metricDefinitionSchema).optional(),
    }),
  },
  /** The KPI figures of each quarter of a financial year, and of the whole year. */
  'reports.trend': {
    input: z.object({ financialYear: financialYearSchema, asOf: asOfSchema }),
    output: z.object({ financialYear: z.string(), asOf: z.string(), quarters: z.array(trendPointSchema), year: trendPointSchema }),
  },
  /** `clientId` is the client's record id (uuid), as in `clients.get`, so the client page can ask directly. */
  'reports.explainClient': {
    input: z.object({ clientId: idSchema, period: periodTextSchema, asOf: asOfSchema }),
    output: z.object({
      client: z.object({ id: idSchema, client_id: z.string() }),
      period: reportPeriodSchema,
      rows: z.array(explanationRowSchema),
    }),
  },
  /** Records that change or block figures, blocking ones first, each with the record ids to link to. */
  'reports.dataQuality': {
    input: z.object({ asOf: asOfSchema }),
    output: z.object({ asOf: z.string(), problems: z.array(dataQualityRowSchema) }),
  },
  /** Sainsbury A1–A13 and D7 of a year, every item (blank where nothing is entered), in form order. */
  'handEntered.get': { input: z.object({ financialYear: financialYearSchema }), output: handEnteredOutput },
  /** Writes the items given (all or some); an item with no value, source or year is cleared. Returns the year. */
  'handEntered.save': { input: handEnteredFiguresSchema, output: handEnteredOutput },
} as const;
