import { isIsoDate, type IsoDate } from '../dates';
import { customPeriodLabel } from '../period';
import { buildContext } from './context';
import { METRIC_IDS, type MetricId } from './metric-ids';
import { caseload } from './metrics/caseload';
import { fidelity } from './metrics/fidelity';
import { intake } from './metrics/intake';
import { keyOutcomes } from './metrics/key-outcomes';
import { kpis } from './metrics/kpis';
import { sainsburyD } from './metrics/sainsbury-d';
import type { MetricResult, PeriodRange, PublicMetric, PublicReport, Report, ReportInput } from './types';

/** Refuses a period or as-of date that is not a real date, or a period that ends before it starts. */
export function checkReportDates(period: PeriodRange, asOf: IsoDate): void {
  if (!isIsoDate(period.start)) throw new Error(`Period start "${period.start}" is not a real date (YYYY-MM-DD)`);
  if (!isIsoDate(period.end)) throw new Error(`Period end "${period.end}" is not a real date (YYYY-MM-DD)`);
  if (period.start > period.end) throw new Error('Period start must be on or before the period end');
  if (!isIsoDate(asOf)) throw new Error(`As-of date "${asOf}" is not a real date (YYYY-MM-DD)`);
}

/**
 * Every metric of DOMAIN §4 for `period` as the data stood on `asOf`. Pure: the same input gives the same
 * report. Cost is one index build (linear in clients + jobs + activities, plus sorting each client's jobs)
 * and one linear pass per metric; raw contacts are never needed (see ContactFacts).
 */
export function computeReport(input: ReportInput, period: PeriodRange, asOf: IsoDate): Report {
  checkReportDates(period, asOf);
  const ctx = buildContext(input, period, asOf);
  const key = keyOutcomes(ctx);
  const metrics: Record<MetricId, MetricResult> = {
    ...key,
    ...caseload(ctx),
    ...fidelity(ctx),
    ...kpis(ctx, key),
    ...intake(ctx),
    ...sainsburyD(ctx),
  };
  return {
    period: { start: period.start, end: period.end, as_of: asOf, label: period.label ?? customPeriodLabel(period.start, period.end) },
    // Re-keyed in catalogue order so JSON output reads like DOMAIN's tables.
    metrics: Object.fromEntries(METRIC_IDS.map((id) => [id, metrics[id]])) as Record<MetricId, MetricResult>,
  };
}

/** One metric without its drill-down records: exactly the keys that apply. */
export function toPublicMetric(m: MetricResult): PublicMetric {
  const out: PublicMetric = { value: m.value };
  if (m.people !== undefined) out.people = m.people;
  if (m.numerator !== undefined) out.numerator = m.numerator;
  if (m.denominator !== undefined) out.denominator = m.denominator;
  if (m.breakdown !== undefined) out.breakdown = { ...m.breakdown };
  return out;
}

/** The CLI's `report --json`: `{ period: { start, end, as_of }, metrics: { id: { value, … } } }`. */
export function toPublicMetrics(report: Report): PublicReport {
  return {
    period: { start: report.period.start, end: report.period.end, as_of: report.period.as_of },
    metrics: Object.fromEntries(METRIC_IDS.map((id) => [id, toPublicMetric(report.metrics[id])])) as Record<MetricId, PublicMetric>,
  };
}
