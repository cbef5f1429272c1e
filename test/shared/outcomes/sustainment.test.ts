import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../shared/dates';
import { computeSustainment, hoursBand, type SustainmentJob } from '../../../shared/outcomes/sustainment';

const j = (start: string, end: string | null, hours: number | null): SustainmentJob => ({
  start: toDayNumber(start),
  end: end === null ? null : toDayNumber(end),
  hoursPerWeek: hours,
});
const run = (jobs: SustainmentJob[], asOf = '2027-12-31') => computeSustainment(jobs, toDayNumber(asOf));
const dayOf = (s: ReturnType<typeof run>, weeks: 13 | 26 | 52) => {
  const m = s.milestones[weeks];
  return m ? fromDayNumber(m.day) : null;
};

describe('sustainment chains and milestones (DOMAIN §3)', () => {
  it('one continuous job: milestones on the 91st, 182nd and 364th day', () => {
    // Start 01/05/2025: day 91 = 01/05 + 90 = 30/07/2025; day 182 = +181 = 29/10/2025; day 364 = +363 = 29/04/2026.
    const s = run([j('2025-05-01', null, 20)]);
    expect(dayOf(s, 13)).toBe('2025-07-30');
    expect(dayOf(s, 26)).toBe('2025-10-29');
    expect(dayOf(s, 52)).toBe('2026-04-29');
    expect(s.milestones[13]).toMatchObject({ averageHours: 20, band: 'ge16', chain: 0 });
    expect(s.chains).toHaveLength(1);
  });

  it('exactly 16 hours a week is ge16; 15.99 is lt16', () => {
    expect(run([j('2025-05-01', null, 16)]).milestones[13]?.band).toBe('ge16');
    expect(run([j('2025-05-01', null, 15.99)]).milestones[13]?.band).toBe('lt16');
    expect(hoursBand(16)).toBe('ge16');
    expect(hoursBand(15.999)).toBe('lt16');
  });

  it('a gap of 41 non-employed days keeps the chain; gap days are not accrued', () => {
    // A: 01/05–31/05/2025 = 31 days. B starts 12/07/2025: 01/06..11/07 = 41 days without work.
    // Accrued: 31 from A, so the 91st day is B's 60th day = 12/07 + 59 = 09/09/2025.
    const s = run([j('2025-05-01', '2025-05-31', 20), j('2025-07-12', null, 20)]);
    expect(s.chains).toHaveLength(1);
    expect(dayOf(s, 13)).toBe('2025-09-09');
  });

  it('a gap of 42 non-employed days breaks the chain; the next job starts a new count', () => {
    // B starts 13/07/2025: 01/06..12/07 = 42 days. New chain from 13/07: 91st day = 13/07 + 90 = 11/10/2025.
    const s = run([j('2025-05-01', '2025-05-31', 20), j('2025-07-13', null, 20)]);
    expect(s.chains).toHaveLength(2);
    expect(s.chains[0]).toMatchObject({ accruedDays: 31, brokenByGap: true });
    expect(dayOf(s, 13)).toBe('2025-10-11');
    expect(s.milestones[13]?.chain).toBe(1);
  });

  it('two concurrent part-time jobs: hours add up', () => {
    // 10 h + 8 h every day → average 18 → ge16 (either job alone would be lt16).
    const s = run([j('2025-05-01', null, 10), j('2025-05-01', null, 8)]);
    expect(s.milestones[13]).toMatchObject({ averageHours: 18, band: 'ge16' });
    // Overlap only for 30 days: 10 h × 91 days + 12 h × 30 days = 910 + 360 = 1270; 1270 / 91 = 13.956 → lt16.
    const partial = run([j('2025-05-01', null, 10), j('2025-05-01', '2025-05-30', 12)]);
    expect(partial.milestones[13]?.averageHours).toBeCloseTo(1270 / 91, 10);
    expect(partial.milestones[13]?.band).toBe('lt16');
  });

  it('average hours run over accrued days only, across jobs of one chain', () => {
    // A 10 h 01/05–19/06/2025 (50 days), 10 days off (20/06–29/06), B 30 h from 30/06/2025.
    // 91st accrued day = B's 41st day = 30/06 + 40 = 09/08/2025. Hours: 10×50 + 30×41 = 1730; 1730/91 = 19.01.
    const s = run([j('2025-05-01', '2025-06-19', 10), j('2025-06-30', null, 30)]);
    expect(dayOf(s, 13)).toBe('2025-08-09');
    expect(s.milestones[13]?.averageHours).toBeCloseTo(1730 / 91, 10);
    expect(s.milestones[13]?.band).toBe('ge16');
  });

  it('never accrues days after as_of', () => {
    // 91st day is 30/07/2025: as of 29/07 there are only 90 accrued days.
    expect(run([j('2025-05-01', null, 20)], '2025-07-29').milestones[13]).toBeUndefined();
    expect(dayOf(run([j('2025-05-01', null, 20)], '2025-07-30'), 13)).toBe('2025-07-30');
    expect(run([j('2025-05-01', null, 20)], '2025-07-29').chains[0]?.accruedDays).toBe(90);
    // A job starting after as_of gives nothing yet.
    expect(run([j('2025-08-01', null, 20)], '2025-07-30').chains).toHaveLength(0);
  });

  it('one outcome of each length, from the first chain that reaches it', () => {
    // Chain 1: 01/05–31/08/2025 (123 days) reaches 13 weeks (30/07/2025) but not 26.
    // 60 days off, then chain 2 from 31/10/2025 reaches 13 weeks again (not awarded twice) and 26 weeks:
    // 31/10/2025 + 181 = 30/04/2026.
    const s = run([j('2025-05-01', '2025-08-31', 20), j('2025-10-31', null, 12)]);
    expect(s.chains).toHaveLength(2);
    expect(dayOf(s, 13)).toBe('2025-07-30');
    expect(s.milestones[13]?.chain).toBe(0);
    expect(dayOf(s, 26)).toBe('2026-04-30');
    expect(s.milestones[26]).toMatchObject({ chain: 1, averageHours: 12, band: 'lt16' });
  });

  it('a job with no hours recorded still counts its days as employed, with 0 hours', () => {
    const s = run([j('2025-05-01', null, null)]);
    expect(dayOf(s, 13)).toBe('2025-07-30');
    expect(s.milestones[13]).toMatchObject({ averageHours: 0, band: 'lt16' });
  });

  it('overlapping jobs do not double-count days', () => {
    // A 01/05–30/06, B 01/06–open: employed every day from 01/05; 91st day 30/07/2025.
    const s = run([j('2025-05-01', '2025-06-30', 20), j('2025-06-01', null, 20)]);
    expect(dayOf(s, 13)).toBe('2025-07-30');
  });

  it('back-to-back jobs (one ends the day before the next starts) make one unbroken run; input order does not matter', () => {
    // A 01/05–31/05/2025 10 h, B from 01/06/2025 22 h. 91st day 30/07/2025: 31 days × 10 + 60 days × 22 = 1630.
    const s = run([j('2025-06-01', null, 22), j('2025-05-01', '2025-05-31', 10)]);
    expect(s.chains).toHaveLength(1);
    expect(dayOf(s, 13)).toBe('2025-07-30');
    expect(s.milestones[13]?.averageHours).toBeCloseTo(1630 / 91, 10);
  });
});
