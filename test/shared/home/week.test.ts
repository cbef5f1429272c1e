import { describe, expect, it } from 'vitest';
import { kpiProgress, weekLists, yearFractionElapsed } from '../../../shared/home/week';
import { contactFactsFrom } from '../../../shared/outcomes/contact-facts';
import { parsePeriod } from '../../../shared/period';
import { client, contact, job, type Parts } from '../outcomes/helpers';

const TODAY = '2026-01-15';
const ENGAGED = { vocational_profile_date: '2025-05-01', action_plan_date: '2025-05-05' };

function lists(parts: Parts) {
  const contacts = parts.contacts ?? [];
  return weekLists(
    { clients: parts.clients, jobs: parts.jobs ?? [], activities: [], staff: [], contactFacts: contactFactsFrom(contacts, parsePeriod(`${TODAY}..${TODAY}`), TODAY) },
    TODAY,
  );
}

describe('the week on the home screen', () => {
  it('lists engaged, open clients with no client contact in the last 4 weeks', () => {
    const result = lists({
      clients: [
        client('QUIET', ENGAGED),
        client('JUST-IN', ENGAGED),
        client('NEVER', ENGAGED),
        client('NOT-ENGAGED', { vocational_profile_date: '2025-05-01' }),
        client('GONE', { ...ENGAGED, discharge_date: '2026-01-01' }),
      ],
      contacts: [
        // The window is the 28 days 19/12/2025–15/01/2026: the 18th is outside, the 19th inside.
        contact({ date: '2025-12-18', kind: 'client_face_to_face', client_id: 'QUIET' }),
        contact({ date: '2025-12-19', kind: 'client_other', client_id: 'JUST-IN' }),
      ],
    });
    expect(result.quietClients).toEqual([
      { client_id: 'NEVER', specialist: null, lastContact: null },
      { client_id: 'QUIET', specialist: null, lastContact: '2025-12-18' },
    ]);
  });

  it('finds sustainment milestones in the next 14 days, projecting today’s jobs forward', () => {
    const result = lists({
      clients: [client('SOON'), client('DONE'), client('ENDED'), client('LATER')],
      jobs: [
        // 20/10/2025 to 15/01/2026 is 88 days in work: the 91st is 18/01/2026, three days ahead.
        job('J-SOON', 'SOON', { start_date: '2025-10-20', employer: 'Acme Ltd' }),
        // 01/10/2025: the 91st day was 30/12/2025 (passed); the 182nd is 31/03/2026 (too far).
        job('J-DONE', 'DONE', { start_date: '2025-10-01' }),
        // Left on 10/01/2026: not projected, so no milestone.
        job('J-ENDED', 'ENDED', { start_date: '2025-10-20', end_date: '2026-01-10' }),
        // 01/11/2025: 76 days so far, the 91st is 30/01/2026, beyond the 14 days.
        job('J-LATER', 'LATER', { start_date: '2025-11-01' }),
      ],
    });
    expect(result.milestones).toEqual([{ client_id: 'SOON', weeks: 13, date: '2026-01-18', job_id: 'J-SOON', employer: 'Acme Ltd' }]);
  });

  it('lists competitive job starts still waiting for four paid hours, oldest first', () => {
    const result = lists({
      clients: [client('W', { referral_date: '2025-06-01' })],
      jobs: [
        job('J-WAIT', 'W', { start_date: '2026-01-05', four_hours_confirmed: false }),
        job('J-OLDER', 'W', { start_date: '2025-12-01', four_hours_confirmed: false }),
        job('J-DONE', 'W', { start_date: '2025-12-01' }),
        job('J-SHELTERED', 'W', { start_date: '2025-12-01', four_hours_confirmed: false, competitive: false }),
        job('J-BEFORE', 'W', { start_date: '2025-05-01', four_hours_confirmed: false }),
        job('J-FUTURE', 'W', { start_date: '2026-01-20', four_hours_confirmed: false }),
      ],
    });
    expect(result.awaitingFourHours.map((j) => [j.job_id, j.daysSinceStart])).toEqual([
      ['J-OLDER', 45],
      ['J-WAIT', 10],
    ]);
  });
});

describe('year to date against the annual KPIs', () => {
  it('measures the financial year gone, both days counted', () => {
    expect(yearFractionElapsed('2025-04-01', '2026-03-31', '2025-04-01')).toBeCloseTo(1 / 365, 12);
    expect(yearFractionElapsed('2025-04-01', '2026-03-31', '2025-09-30')).toBeCloseTo(183 / 365, 12);
    expect(yearFractionElapsed('2025-04-01', '2026-03-31', '2026-03-31')).toBe(1);
    expect(yearFractionElapsed('2025-04-01', '2026-03-31', '2024-12-01')).toBe(0);
    expect(yearFractionElapsed('2025-04-01', '2026-03-31', '2026-06-01')).toBe(1);
  });

  it('judges a yearly count pro rata to the lower target, and a rate against its target as it stands', () => {
    const engaged = { id: 'kpi_engaged', title: 'Engaged', target: { min: 40, max: 60, per: 'year' as const, text: '40 to 60 a year' } };
    // Half the year gone: 20 of the 40 by now.
    expect(kpiProgress({ ...engaged, value: 19 }, 0.5)).toMatchObject({ targetSoFar: 20, onTrack: false, kind: 'count' });
    expect(kpiProgress({ ...engaged, value: 20 }, 0.5)).toMatchObject({ targetSoFar: 20, onTrack: true });
    const rate = { id: 'sustainment_rate_13w', title: '13 weeks', target: { min: 0.6, text: '60% or more' } };
    expect(kpiProgress({ ...rate, value: 0.59 }, 0.5)).toMatchObject({ kind: 'rate', targetSoFar: 0.6, onTrack: false });
    expect(kpiProgress({ ...rate, value: 0.6 }, 0.5)).toMatchObject({ onTrack: true });
    expect(kpiProgress({ ...rate, value: null }, 0.5)).toMatchObject({ onTrack: null });
  });
});
