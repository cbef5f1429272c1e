import { AGE_BAND_LABELS_FOR_KEYS, breakdownKeyLabel } from './breakdown-labels';
import type { MetricDefinition, MetricResult } from '../../../../shared/outcomes';

export { AGE_BAND_LABELS_FOR_KEYS, breakdownKeyLabel };

/** Pure formatting of report figures, so every screen shows a number the same way. */

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined) return '–';
  return `${whole.format(fraction * 100)}%`;
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : whole.format(n);
}

/** What a ratio counts, written out after the number ("23.98 employer contacts a week, whole team"). */
const RATIO_UNITS: Partial<Record<MetricDefinition['id'], string>> = {
  caseload_per_fte: 'active clients per full-time specialist',
  employer_f2f_per_week: 'employer contacts a week, whole team',
};

/** The unit of one value of a per-specialist breakdown of a ratio. */
export const RATIO_BREAKDOWN_UNITS: Partial<Record<MetricDefinition['id'], string>> = {
  caseload_per_fte: 'Active clients',
  employer_f2f_per_week: 'Employer contacts a week',
};

/**
 * The figure in words, with its unit: "12 of 20 (60%)" for rates, "36.0 days on average" for means,
 * "23.98 employer contacts a week, whole team" for ratios, counts as they are.
 */
export function formatMetricValue(def: MetricDefinition, m: MetricResult | undefined): string {
  if (!m) return '–';
  switch (def.kind) {
    case 'rate':
      if (m.value === null) return `No one to count (0 in the denominator)`;
      return `${formatCount(m.numerator)} of ${formatCount(m.denominator)} (${formatPercent(m.value)})`;
    case 'mean':
      return m.value === null ? 'No one to average' : `${oneDecimal.format(m.value)} days on average`;
    case 'ratio':
      return m.value === null ? 'Cannot be worked out' : `${twoDecimals.format(m.value)} ${RATIO_UNITS[def.id] ?? ''}`.trim();
    case 'entered':
      return m.value === null ? 'Not entered' : `${twoDecimals.format(m.value)}%`;
    case 'distribution':
      return `${formatCount(m.value)} in total`;
    default:
      return formatCount(m.value);
  }
}

/** A short figure for charts and tables: percentages for rates, one decimal for means. */
export function shortValue(def: MetricDefinition, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (def.kind === 'rate') return formatPercent(value);
  if (def.kind === 'mean') return oneDecimal.format(value);
  if (def.kind === 'ratio') return twoDecimals.format(value);
  return formatCount(value);
}

export type TargetStatus = 'met' | 'not_met' | 'no_data';

/**
 * Whether a figure meets its target. Yearly targets of counts (`per: 'year'`) are scaled to the length of
 * the period, so a quarter is judged against a quarter's share of the year.
 */
export function targetStatus(def: MetricDefinition, m: MetricResult | undefined, periodDays: number): TargetStatus {
  const target = def.target;
  if (!target || !m || m.value === null) return 'no_data';
  const scale = target.per === 'year' ? Math.min(1, periodDays / 365) : 1;
  const min = target.min === undefined ? undefined : target.min * scale;
  if (min !== undefined && m.value < min - 1e-9) return 'not_met';
  if (target.max !== undefined && target.per !== 'year' && m.value > target.max + 1e-9) return 'not_met';
  return 'met';
}

/** The target in words, scaled for a part of a year when the target is yearly. */
export function targetText(def: MetricDefinition, periodDays: number): string | null {
  const target = def.target;
  if (!target) return null;
  if (target.per !== 'year' || periodDays >= 365) return target.text;
  const scale = periodDays / 365;
  const range = [target.min, target.max].filter((n): n is number => n !== undefined).map((n) => oneDecimal.format(n * scale));
  return `${target.text} (about ${range.join('–')} for this ${periodDays}-day period)`;
}
