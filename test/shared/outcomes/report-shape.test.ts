import { describe, expect, it } from 'vitest';
import { METRIC_CATALOGUE, metricsOfSection, SECTIONS, type MetricKind, type SectionId } from '../../../shared/outcomes/catalogue';
import { METRIC_IDS, isMetricId } from '../../../shared/outcomes/metric-ids';
import { computeReport, toPublicMetrics } from '../../../shared/outcomes/report';
import { emptyContactFacts } from '../../../shared/outcomes/contact-facts';
import { publicReportSchema, reportSchema } from '../../../shared/outcomes/types';
import { activity, client, contact, job, report, staff } from './helpers';

const KEYS_BY_KIND = {
  count: ['people', 'value'],
  rate: ['denominator', 'numerator', 'value'],
  distribution: ['breakdown', 'value'],
  mean: ['breakdown', 'value'],
  ratio: ['breakdown', 'value'],
  entered: ['value'],
} as const;

const engaged = { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-20', specialist: 'Sam' };
const sample = () =>
  report({
    clients: [client('A', engaged), client('B', { referral_date: '2024-06-01' })],
    jobs: [job('a', 'A', { start_date: '2025-05-01' }), job('b', 'B', { start_date: '2024-09-01' })],
    contacts: [
      contact({ date: '2025-04-15', kind: 'employer_face_to_face', client_id: 'A' }),
      contact({ date: '2026-03-20', kind: 'client_face_to_face', client_id: 'A' }),
    ],
    activities: [activity('B', '2025-07-01')],
    staff: [staff('Sam')],
  });

/** DOMAIN §4's tables, section by section in their order, typed from the spec: the ids are stable API (CLI JSON keys, template tokens). */
const DOMAIN_SECTIONS: Record<SectionId, readonly string[]> = {
  key_outcomes: [
    'referrals', 'referrals_in_work', 'engaged', 'job_starts', 'people_into_work', 'sustained_13w_lt16', 'sustained_13w_ge16',
    'sustained_26w_lt16', 'sustained_26w_ge16', 'sustained_52w_lt16', 'sustained_52w_ge16', 'retention_outcomes', 'carried_over_in_work',
  ],
  caseload: ['open_caseload', 'active_caseload', 'caseload_per_fte', 'retention_share'],
  fidelity: [
    'job_search_within_4w', 'days_to_first_employer_contact', 'job_starts_by_time_in_service', 'employer_f2f_per_week',
    'job_starts_by_contract_type', 'job_starts_by_sector', 'job_starts_by_soc', 'self_employment_starts', 'excluded_non_competitive',
  ],
  kpis: ['kpi_engaged', 'kpi_job_starts', 'sustainment_rate_13w', 'sustainment_rate_26w', 'sustainment_rate_52w', 'employment_rate'],
  intake: [
    'intake_age_band', 'intake_gender', 'intake_ethnicity', 'intake_nvq2_plus', 'intake_employment_status', 'intake_in_secondary_mh_care',
    'intake_paid_work_recency', 'intake_maintained_job_over_1y', 'intake_long_term_benefits',
  ],
  sainsbury_d: [
    'placed_in_work_by_hours', 'currently_employed', 'unemployed_seeking', 'moved_to_education_volunteering_retirement',
    'care_plan_employment_actions', 'care_plan_retention_actions', 'new_recruits_declaring_mh',
  ],
};

/** The shape DOMAIN §4 ("Shapes") gives an id, worked out from the rules written there rather than read from the catalogue. */
function domainShape(id: string): MetricKind {
  if (id === 'days_to_first_employer_contact') return 'mean';
  if (id === 'caseload_per_fte' || id === 'employer_f2f_per_week') return 'ratio';
  if (id === 'new_recruits_declaring_mh') return 'entered';
  const rates = ['job_search_within_4w', 'retention_share', 'currently_employed', 'unemployed_seeking', 'intake_nvq2_plus', 'intake_long_term_benefits'];
  if (id.includes('_rate') || rates.includes(id) || id.startsWith('moved_to_') || id.startsWith('care_plan_')) return 'rate';
  if (id.startsWith('job_starts_by_') || id === 'placed_in_work_by_hours' || id.startsWith('intake_')) return 'distribution';
  return 'count';
}

describe('report shape', () => {
  it('has exactly the metric ids of DOMAIN §4, each in its section and in table order, and the catalogue describes each', () => {
    for (const section of Object.keys(SECTIONS) as SectionId[]) {
      expect({ section, ids: metricsOfSection(section).map((m) => m.id) }).toEqual({ section, ids: DOMAIN_SECTIONS[section] });
    }
    expect(METRIC_IDS).toEqual(Object.values(DOMAIN_SECTIONS).flat());
    const r = sample();
    expect(Object.keys(r.metrics)).toEqual([...METRIC_IDS]);
    expect(Object.keys(METRIC_CATALOGUE)).toEqual([...METRIC_IDS]);
    for (const id of METRIC_IDS) {
      const def = METRIC_CATALOGUE[id];
      expect(def.id).toBe(id);
      expect(def.title.length).toBeGreaterThan(3);
      expect(def.rule.length).toBeGreaterThan(20);
    }
    expect(isMetricId('job_starts')).toBe(true);
    expect(isMetricId('jobs_started')).toBe(false);
  });

  it('gives each metric the shape DOMAIN §4 names for it (count, rate, distribution, mean, ratio or entered)', () => {
    for (const id of METRIC_IDS) expect({ id, kind: METRIC_CATALOGUE[id].kind }).toEqual({ id, kind: domainShape(id) });
  });

  it('carries the targets DOMAIN gives', () => {
    expect(METRIC_CATALOGUE.job_search_within_4w.target).toMatchObject({ min: 0.75 });
    expect(METRIC_CATALOGUE.kpi_engaged.target).toMatchObject({ min: 40, max: 60, per: 'year' });
    expect(METRIC_CATALOGUE.kpi_job_starts.target).toMatchObject({ min: 17, max: 26, per: 'year' });
    expect(METRIC_CATALOGUE.sustainment_rate_13w.target).toMatchObject({ min: 0.6, text: '60% or more' });
    expect(METRIC_CATALOGUE.sustainment_rate_26w.target).toMatchObject({ min: 0.5 });
    expect(METRIC_CATALOGUE.sustainment_rate_52w.target).toMatchObject({ min: 0.4 });
    expect(METRIC_CATALOGUE.employment_rate.target).toMatchObject({ min: 0.4 });
    expect(METRIC_CATALOGUE.retention_share.target).toMatchObject({ max: 0.15 });
  });

  it('toPublicMetrics: exactly the keys of each shape, no records, no undefined', () => {
    const pub = toPublicMetrics(sample());
    expect(Object.keys(pub).sort()).toEqual(['metrics', 'period']);
    expect(pub.period).toEqual({ start: '2025-04-01', end: '2026-03-31', as_of: '2026-06-30' });
    for (const id of METRIC_IDS) {
      const keys = Object.keys(pub.metrics[id]).sort();
      expect({ id, keys }).toEqual({ id, keys: [...KEYS_BY_KIND[METRIC_CATALOGUE[id].kind]] });
    }
    expect(pub.metrics.job_starts).toEqual({ value: 1, people: 1 });
    expect(pub.metrics.days_to_first_employer_contact).toEqual({ value: 5, breakdown: { median: 5 } });
    expect(JSON.parse(JSON.stringify(pub))).toEqual(pub);
    expect(publicReportSchema.parse(pub)).toEqual(pub);
  });

  it('on no data: counts 0, rates null with 0/0, mean null without a median, ratios null', () => {
    const r = computeReport(
      { clients: [], jobs: [], activities: [], staff: [], contactFacts: emptyContactFacts() },
      { start: '2025-04-01', end: '2026-03-31' },
      '2026-06-30',
    );
    expect(reportSchema.parse(r)).toEqual(r);
    expect(r.period.label).toBe('01/04/2025 to 31/03/2026');
    const pub = toPublicMetrics(r).metrics;
    for (const id of METRIC_IDS) {
      const kind = METRIC_CATALOGUE[id].kind;
      if (kind === 'rate') expect({ id, m: pub[id] }).toEqual({ id, m: { value: null, numerator: 0, denominator: 0 } });
      if (kind === 'count') expect({ id, m: pub[id] }).toEqual({ id, m: { value: 0, people: 0 } });
      if (kind === 'distribution') expect(pub[id].value).toBe(0);
    }
    expect(pub.days_to_first_employer_contact).toEqual({ value: null });
    expect(pub.caseload_per_fte).toEqual({ value: null, breakdown: {} });
    expect(pub.employer_f2f_per_week).toEqual({ value: 0, breakdown: {} });
  });

  it('rejects bad dates with a clear message and does not change its input', () => {
    const input = { clients: [client('A')], jobs: [job('a', 'A')], activities: [], staff: [], contactFacts: emptyContactFacts() };
    const before = JSON.stringify(input);
    expect(() => computeReport(input, { start: '2025-04-31', end: '2026-03-31' }, '2026-01-01')).toThrow(/Period start "2025-04-31"/);
    expect(() => computeReport(input, { start: '2026-04-01', end: '2026-03-31' }, '2026-01-01')).toThrow(/on or before the period end/);
    expect(() => computeReport(input, { start: '2025-04-01', end: '2026-03-31' }, '01/01/2026')).toThrow(/As-of date/);
    computeReport(input, { start: '2025-04-01', end: '2026-03-31' }, '2026-01-01');
    expect(JSON.stringify(input)).toBe(before);
  });

  it('an as-of date before the period: no events, snapshots at the as-of date', () => {
    const r = report(
      { clients: [client('A', { referral_date: '2025-01-01' })], jobs: [job('a', 'A', { start_date: '2025-02-01' })] },
      '2025-26',
      '2025-03-15',
    );
    expect(r.metrics.job_starts.value).toBe(0);
    expect(r.metrics.open_caseload.value).toBe(1);
    expect(r.metrics.currently_employed.value).toBe(1);
    expect(r.metrics.employer_f2f_per_week.value).toBeNull();
  });
});
