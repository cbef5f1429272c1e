import { describe, expect, it } from 'vitest';
import { toPublicMetrics } from '../../../shared/outcomes';
import { parsePeriod } from '../../../shared/period';
import {
  NO_SAINSBURY_C_REVIEW, clientExtractRows, figureAsText, parseFigureRef, resolveFigure, returnWarnings, type FigureRef, type ReturnSources,
} from '../../../shared/returns';
import { client, contact, inputOf, job, report } from '../outcomes/helpers';

const ref = (text: string): FigureRef => {
  const r = parseFigureRef(text);
  if (!r.ok) throw new Error(r.message);
  return r.ref;
};

function sourcesOf(r: ReturnType<typeof report>, extra: Partial<ReturnSources> = {}): ReturnSources {
  return {
    report: { period: r.period, metrics: toPublicMetrics(r).metrics },
    service: { name: 'North IPS', manager: 'Alex Manager' },
    handEntered: [],
    sainsburyC: null,
    ...extra,
  };
}

const parts = {
  clients: [
    client('C1', { vocational_profile_date: '2025-04-10', action_plan_date: '2025-04-20', gender: 'female', specialist: 'Sam' }),
    client('C2', { referral_date: '2025-05-01', employment_status_at_referral: '01' }),
  ],
  jobs: [job('J1', 'C1', { start_date: '2025-05-01' }), job('J2', 'C1', { start_date: '2025-06-01' })],
  contacts: [contact({ date: '2025-04-25', kind: 'employer_face_to_face', client_id: 'C1' })],
};

describe('resolveFigure', () => {
  const r = report(parts);
  const s = sourcesOf(r);

  it('gives metric values and fields from the report, rates as fractions', () => {
    expect(resolveFigure(ref('referrals'), s)).toBe(2);
    expect(resolveFigure(ref('job_starts'), s)).toBe(2);
    expect(resolveFigure(ref('job_starts.people'), s)).toBe(1);
    // Open on 31/03/2026: C1 and C2; in work that day: C1 (J1 and J2 have no end) → 1 of 2.
    expect(resolveFigure(ref('currently_employed'), s)).toBe(0.5);
    expect(resolveFigure(ref('currently_employed.numerator'), s)).toBe(1);
    expect(resolveFigure(ref('currently_employed.denominator'), s)).toBe(2);
    // Not in work at referral: C1 only (C2 is status 01); C1 has a job entry → 1 of 1.
    expect(resolveFigure(ref('employment_rate'), s)).toBe(1);
    expect(resolveFigure(ref('employment_rate.denominator'), s)).toBe(1);
  });

  it('gives breakdowns: 0 for a distribution key nobody has, 0 for a specialist without clients', () => {
    expect(resolveFigure(ref('intake_gender.breakdown.female'), s)).toBe(1);
    expect(resolveFigure(ref('intake_gender.breakdown.male'), s)).toBe(0);
    expect(resolveFigure(ref('intake_age_band.breakdown.unknown'), s)).toBe(2);
    expect(resolveFigure(ref('days_to_first_employer_contact.breakdown.median'), s)).toBe(15);
    expect(resolveFigure(ref('employer_f2f_per_week.breakdown.Nobody'), s)).toBe(0);
  });

  it('gives period and as-of dates as dates, service details as text', () => {
    expect(resolveFigure(ref('period.start'), s)).toEqual({ date: '2025-04-01' });
    expect(resolveFigure(ref('period.end'), s)).toEqual({ date: '2026-03-31' });
    expect(resolveFigure(ref('as_of'), s)).toEqual({ date: '2026-06-30' });
    expect(resolveFigure(ref('period.label'), s)).toBe('Financial year 2025-26');
    expect(resolveFigure(ref('service.name'), s)).toBe('North IPS');
    expect(resolveFigure(ref('service.manager'), s)).toBe('Alex Manager');
  });

  it('gives hand-entered items with their source, statements as words, blanks as null', () => {
    const withA = sourcesOf(r, {
      handEntered: [
        { key: 'a1', value: 74.2, source: 'Labour Force Survey', year: '2024' },
        { key: 'a11', value: 'partly', source: 'ICB', year: null },
      ],
    });
    expect(resolveFigure(ref('sainsbury_a.1'), withA)).toBe(74.2);
    expect(resolveFigure(ref('sainsbury_a.1.source'), withA)).toBe('Labour Force Survey');
    expect(resolveFigure(ref('sainsbury_a.1.year'), withA)).toBe('2024');
    expect(resolveFigure(ref('sainsbury_a.11'), withA)).toBe('Partly');
    expect(resolveFigure(ref('sainsbury_a.2'), withA)).toBeNull();
  });

  it('gives section C from the latest final review, or says none has been finalised', () => {
    expect(resolveFigure(ref('sainsbury_c.3'), s)).toBeNull();
    expect(resolveFigure(ref('sainsbury_c.status'), s)).toBe(NO_SAINSBURY_C_REVIEW);
    const scores = { 1: 4, 2: 3, 3: 5, 4: 2, 5: 4, 6: 3, 7: 2, 8: 1 };
    const withC = sourcesOf(r, { sainsburyC: { date: '2026-02-10', scores } });
    expect(resolveFigure(ref('sainsbury_c.3'), withC)).toBe(5);
    expect(resolveFigure(ref('sainsbury_c.total'), withC)).toBe(24);
    expect(resolveFigure(ref('sainsbury_c.review_date'), withC)).toEqual({ date: '2026-02-10' });
    expect(resolveFigure(ref('sainsbury_c.status'), withC)).toBe('Scores from the final review of 10/02/2026');
    expect(resolveFigure(ref('sainsbury_c.total'), sourcesOf(r, { sainsburyC: { date: '2026-02-10', scores: { ...scores, 8: null } } }))).toBeNull();
  });

  it('writes values inside text readably', () => {
    expect(figureAsText(ref('employment_rate'), 0.41666)).toBe('41.7%');
    expect(figureAsText(ref('days_to_first_employer_contact'), 23.456)).toBe('23.46');
    expect(figureAsText(ref('job_starts'), 12)).toBe('12');
    expect(figureAsText(ref('period.end'), { date: '2026-03-31' })).toBe('31/03/2026');
    expect(figureAsText(ref('sainsbury_c.1'), null)).toBe('');
  });
});

describe('returnWarnings', () => {
  it('warns (and does not refuse) when no records fall in the period: counts are zeros, rates blank', () => {
    const empty = report({ clients: [] }, '2025-26-Q1');
    const s = sourcesOf(empty);
    expect(returnWarnings(s)).toEqual([expect.stringContaining('No records fall in')]);
    expect(resolveFigure(ref('referrals'), s)).toBe(0);
    expect(resolveFigure(ref('employment_rate'), s)).toBeNull();
    expect(returnWarnings(sourcesOf(report(parts)))).toEqual([]);
  });
});

describe('clientExtractRows', () => {
  it('gives one row per client open in the period with the Grow reporting facts, in referral order', () => {
    const period = parsePeriod('2025-26');
    const rows = clientExtractRows(inputOf({ ...parts, clients: [...parts.clients, client('C0', { referral_date: '2024-01-01', discharge_date: '2024-06-01' })] }, period, '2026-06-30'), period, '2026-06-30', (id) => `P-${id}`);
    expect(rows.map((r) => r['client.pseudonym'])).toEqual(['P-C1', 'P-C2']);
    expect(rows[0]).toMatchObject({
      'client.client_id': 'C1',
      'client.referral_date': { date: '2025-04-01' },
      'client.engagement_date': { date: '2025-04-20' },
      'client.first_employer_contact_date': { date: '2025-04-25' },
      'client.job_entry_date': { date: '2025-05-01' },
      'client.job_starts_in_period': 2,
      'client.sustained_13w_date': { date: '2025-07-30' },
      'client.sustained_13w_hours': '16 hours or more a week',
      'client.gender': 'Female',
      'job.start_date': { date: '2025-05-01' },
      'job.hours_per_week': 20,
      'job.contract_type': 'Permanent employment',
    });
    expect(rows[1]).toMatchObject({ 'client.employment_status_at_referral': '01 Employed', 'job.start_date': null, 'client.sustained_13w_date': null });
  });
});
