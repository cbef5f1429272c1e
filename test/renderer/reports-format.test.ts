import { describe, expect, it } from 'vitest';
import { METRIC_CATALOGUE } from '../../shared/outcomes';
import { checkPeriodChoice } from '../../renderer/src/screens/reports/period-choice';
import { formatMetricValue, targetStatus } from '../../renderer/src/screens/reports/format';

const base = { mode: 'listed' as const, listed: '2025-26', from: '', to: '', asOf: '22/11/2026' };
const records = { clients: [] };

describe('checkPeriodChoice', () => {
  it('passes a listed period and the as-of date as ISO', () => {
    expect(checkPeriodChoice(base)).toEqual({ ok: true, period: '2025-26', asOf: '2026-11-22' });
  });
  it('builds a custom range from dd/mm/yyyy', () => {
    expect(checkPeriodChoice({ ...base, mode: 'custom', from: '01/04/2025', to: '30/09/2025' })).toEqual({
      ok: true, period: '2025-04-01..2025-09-30', asOf: '2026-11-22',
    });
  });
  it('names the field of each problem', () => {
    const r = checkPeriodChoice({ ...base, mode: 'custom', from: '31/02/2025', to: '', asOf: 'soon' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.from).toMatch(/Start date must be a real date/);
    expect(r.errors.to).toBe('Enter the end date as dd/mm/yyyy');
    expect(r.errors.asOf).toMatch(/As-of date must be a real date/);
  });
  it('refuses an end before the start at the end field', () => {
    const r = checkPeriodChoice({ ...base, mode: 'custom', from: '01/05/2025', to: '01/04/2025' });
    expect(r).toEqual({ ok: false, errors: { to: 'End date must be on or after the start date' } });
  });
});

describe('formatMetricValue and targetStatus', () => {
  it('shows a rate as "n of d (p%)"', () => {
    expect(formatMetricValue(METRIC_CATALOGUE.job_search_within_4w, { value: 0.6, numerator: 12, denominator: 20, records })).toBe('12 of 20 (60%)');
  });
  it('writes out the unit of a ratio', () => {
    expect(formatMetricValue(METRIC_CATALOGUE.employer_f2f_per_week, { value: 23.978, records: {} })).toBe('23.98 employer contacts a week, whole team');
    expect(formatMetricValue(METRIC_CATALOGUE.caseload_per_fte, { value: 17.5, records })).toBe('17.5 active clients per full-time specialist');
    expect(formatMetricValue(METRIC_CATALOGUE.caseload_per_fte, { value: null, records })).toBe('Cannot be worked out');
  });
  it('shows days to one decimal', () => {
    expect(formatMetricValue(METRIC_CATALOGUE.days_to_first_employer_contact, { value: 26.56, records })).toBe('26.6 days on average');
  });
  it('judges a rate against its minimum, and a yearly count against the part of the year', () => {
    expect(targetStatus(METRIC_CATALOGUE.job_search_within_4w, { value: 0.74, records }, 365)).toBe('not_met');
    expect(targetStatus(METRIC_CATALOGUE.job_search_within_4w, { value: 0.75, records }, 365)).toBe('met');
    // 17 a year → 17 × 91/365 ≈ 4.2 in a quarter: 5 meets it, 4 does not.
    expect(targetStatus(METRIC_CATALOGUE.kpi_job_starts, { value: 5, records }, 91)).toBe('met');
    expect(targetStatus(METRIC_CATALOGUE.kpi_job_starts, { value: 4, records }, 91)).toBe('not_met');
    expect(targetStatus(METRIC_CATALOGUE.retention_share, { value: 0.2, records }, 365)).toBe('not_met');
    expect(targetStatus(METRIC_CATALOGUE.retention_share, { value: null, records }, 365)).toBe('no_data');
  });
});
