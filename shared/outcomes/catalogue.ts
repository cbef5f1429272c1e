import { CATALOGUE_ENTRIES } from './catalogue-entries';
import type { MetricId } from './metric-ids';

/**
 * What each metric is, in words a manager can check against the figure (DOMAIN: "the app must show the
 * rule it used next to each figure"). Rules say what DOMAIN decided, including where the seeds were vague.
 * Common to all: P = [start, end]; an event counts only if its date is in P and on or before the as-of date;
 * snapshots are taken at the end of the period or the as-of date, whichever is earlier.
 */

export const SECTIONS = {
  key_outcomes: 'Key outcomes (IPS Grow standard data set)',
  caseload: 'Caseload snapshot',
  fidelity: 'Fidelity and quality measures',
  kpis: 'Annual key performance indicators',
  intake: 'Client intake (Sainsbury Centre section B)',
  sainsbury_d: 'Individual outcomes (Sainsbury Centre section D)',
} as const;
export type SectionId = keyof typeof SECTIONS;

/**
 * count: clients or jobs counted; rate: a fraction 0..1 with numerator and denominator; distribution:
 * counts per key; mean: an average of days (with the median); ratio: a per-person or per-week figure that is
 * not a fraction; entered: typed in by hand.
 */
export type MetricKind = 'count' | 'rate' | 'distribution' | 'mean' | 'ratio' | 'entered';

/** `min`/`max` bound the value (a range when both); `per: 'year'` when the target is for a whole year. */
export type MetricTarget = { min?: number; max?: number; per?: 'year'; text: string };

export type MetricDefinition = {
  id: MetricId;
  section: SectionId;
  title: string;
  rule: string;
  kind: MetricKind;
  /** What the figure counts, and so what its drill-down lists. */
  about: 'clients' | 'jobs' | 'contacts' | 'entered';
  target?: MetricTarget;
};

export type CatalogueEntry = Omit<MetricDefinition, 'id'>;

export const METRIC_CATALOGUE: Record<MetricId, MetricDefinition> = withIds(CATALOGUE_ENTRIES);

function withIds(entries: Record<MetricId, CatalogueEntry>): Record<MetricId, MetricDefinition> {
  return Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, { id, ...e }])) as Record<MetricId, MetricDefinition>;
}

/** Catalogue entries of one section, in DOMAIN order. */
export function metricsOfSection(section: SectionId): MetricDefinition[] {
  return Object.values(METRIC_CATALOGUE).filter((m) => m.section === section);
}
