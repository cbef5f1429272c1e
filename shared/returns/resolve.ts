import { formatUkDate, type IsoDate } from '../dates';
import { METRIC_IDS, type MetricId } from '../outcomes/metric-ids';
import { METRIC_CATALOGUE } from '../outcomes/catalogue';
import type { PublicMetric } from '../outcomes/types';
import { STATEMENT_ANSWER_LABELS, handEnteredItem, type HandEnteredEntry, type StatementAnswer } from '../sainsbury-a';
import { BREAKDOWN_KEYS } from './breakdown-keys';
import { SAINSBURY_C_ITEMS, type FigureRef } from './figure-ref';

/**
 * What a cell receives: a number (a rate stays a fraction, so the template's percent format shows it), text,
 * a calendar date (written as a date serial when the cell has a date format), or nothing (an empty cell).
 */
export type FigureValue = number | string | { date: IsoDate } | null;

/** The latest final Sainsbury section C review, as the fidelity module supplies it. */
export type SainsburyCReview = {
  date: IsoDate;
  /** Item number (1–8) → score; blank items are null or absent. */
  scores: Partial<Record<number, number | null>>;
};

/** Everything a return's figures come from, gathered by the returns service. */
export type ReturnSources = {
  report: {
    period: { start: IsoDate; end: IsoDate; as_of: IsoDate; label: string };
    metrics: Record<MetricId, PublicMetric>;
  };
  service: { name: string; manager: string | null };
  /** Hand-entered items of the financial year the period falls in (Sainsbury A1–A13, D7). */
  handEntered: readonly HandEnteredEntry[];
  /** null when no section C review has been finalised. */
  sainsburyC: SainsburyCReview | null;
};

export const NO_SAINSBURY_C_REVIEW = 'No Sainsbury Centre section C fidelity review has been finalised yet, so no scores are given.';

function breakdownValue(metric: PublicMetric, id: MetricId, key: string): FigureValue {
  const value = metric.breakdown?.[key];
  if (value !== undefined) return value;
  // Distributions list every key, so a missing one counted nobody; a per-specialist figure is 0 for a name
  // with nobody behind it, as long as the figure itself exists.
  if (BREAKDOWN_KEYS[id] === 'specialist') return metric.value === null ? null : 0;
  return METRIC_CATALOGUE[id].kind === 'distribution' ? 0 : null;
}

function handEnteredValue(entries: readonly HandEnteredEntry[], key: string, field: 'value' | 'source' | 'year'): FigureValue {
  const entry = entries.find((e) => e.key === key);
  if (!entry) return null;
  if (field === 'source') return entry.source;
  if (field === 'year') return entry.year;
  const v = entry.value;
  if (typeof v === 'string' && handEnteredItem(key)?.kind === 'statement') return STATEMENT_ANSWER_LABELS[v as StatementAnswer] ?? v;
  return v;
}

function sainsburyCTotal(review: SainsburyCReview): number | null {
  let total = 0;
  for (const item of SAINSBURY_C_ITEMS) {
    const score = review.scores[item];
    if (score === null || score === undefined) return null;
    total += score;
  }
  return total;
}

/** The value of one reference; client columns are not figures of the return (see client rows). */
export function resolveFigure(ref: FigureRef, sources: ReturnSources): FigureValue {
  const { report } = sources;
  switch (ref.kind) {
    case 'metric': {
      const m = report.metrics[ref.metric];
      return ref.field === 'value' ? m.value : (m[ref.field] ?? null);
    }
    case 'breakdown':
      return breakdownValue(report.metrics[ref.metric], ref.metric, ref.key);
    case 'period':
      return ref.field === 'label' ? report.period.label : { date: report.period[ref.field] };
    case 'as_of':
      return { date: report.period.as_of };
    case 'service':
      return ref.field === 'name' ? sources.service.name : sources.service.manager;
    case 'hand_entered':
      return handEnteredValue(sources.handEntered, ref.key, ref.field);
    case 'sainsbury_c_item':
      return sources.sainsburyC?.scores[ref.item] ?? null;
    case 'sainsbury_c': {
      const review = sources.sainsburyC;
      if (ref.field === 'status') return review ? `Scores from the final review of ${formatUkDate(review.date)}` : NO_SAINSBURY_C_REVIEW;
      if (!review) return null;
      return ref.field === 'review_date' ? { date: review.date } : sainsburyCTotal(review);
    }
    case 'client_column':
      return null;
  }
}

/**
 * Warnings to show with a return. A period with no records is not an error: the return shows zeros
 * (and blanks where a rate has nothing to divide by).
 */
export function returnWarnings(sources: ReturnSources): string[] {
  const warnings: string[] = [];
  const m = sources.report.metrics;
  const nothing = METRIC_IDS.every((id) => {
    const kind = METRIC_CATALOGUE[id].kind;
    if (kind === 'entered') return true;
    if (kind === 'rate') return (m[id].denominator ?? 0) === 0;
    return m[id].value === null || m[id].value === 0;
  });
  if (nothing) {
    warnings.push(
      `No records fall in ${sources.report.period.label}: the return shows zeros, and rates with nothing to divide by are left blank. Check the period and the as-of date.`,
    );
  }
  return warnings;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * A value written inside text ("Rate: {{employment_rate}}"), where no cell format can show it: a rate as a
 * percentage to one decimal place, other fractions to two places, dates as dd/mm/yyyy, nothing as "".
 */
export function figureAsText(ref: FigureRef, value: FigureValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const isRate = ref.kind === 'metric' && ref.field === 'value' && METRIC_CATALOGUE[ref.metric].kind === 'rate';
    if (isRate) return `${round(value * 100, 1)}%`;
    return String(round(value, 2));
  }
  return formatUkDate(value.date);
}
