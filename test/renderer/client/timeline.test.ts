import { describe, expect, it } from 'vitest';
import type { ClientDetail } from '../../../shared/ipc/records';
import { clientSchema, contactSchema, jobSchema } from '../../../shared/records';
import { buildTimeline } from '../../../renderer/src/screens/client/timeline';

const ID = '00000000-0000-4000-8000-000000000001';

function detail(): ClientDetail {
  return {
    client: {
      ...clientSchema.parse({
        client_id: 'NS-1',
        referral_date: '2025-04-03',
        vocational_profile_date: '2025-04-10',
        action_plan_date: '2025-04-10',
        discharge_date: '2025-12-01',
        discharge_reason: 'moved_away',
      }),
      id: ID,
    },
    previous_episode_id: null,
    episodes: [],
    anonymised: null,
    jobs: [
      { ...jobSchema.parse({ job_id: 'J1', client_id: 'NS-1', job_title: 'Barista', employer: 'Harbour Coffee', start_date: '2025-06-02', end_date: '2025-09-30', hours_per_week: 16, contract_type: 'permanent' }), id: ID },
    ],
    contacts: [{ ...contactSchema.parse({ date: '2025-05-20', kind: 'employer_other', client_id: 'NS-1', employer: 'Harbour Coffee' }), id: ID }],
    activities: [],
    wellbeing: [{ client_id: 'NS-1', date: '2025-04-03', measure: 'swemwbs', score: 21, id: ID }],
  };
}

describe('client timeline', () => {
  it('lists every dated event newest first', () => {
    const events = buildTimeline(detail());
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2025-12-01', 'Discharged'],
      ['2025-09-30', 'Job ended: Barista at Harbour Coffee'],
      ['2025-06-02', 'Job started: Barista at Harbour Coffee'],
      ['2025-05-20', 'Contact: Employer – phone, email or other'],
      ['2025-04-10', 'Action plan agreed'],
      ['2025-04-10', 'Vocational profile completed'],
      ['2025-04-03', 'SWEMWBS (Short Warwick-Edinburgh): 21'],
      ['2025-04-03', 'Referred'],
    ]);
    expect(events[0]?.detail).toBe('Moved away');
  });

  it('leaves out blank dates', () => {
    const d = detail();
    d.client.discharge_date = null;
    d.client.discharge_reason = null;
    d.jobs = [];
    expect(buildTimeline(d).some((e) => e.title === 'Discharged' || e.tab === 'jobs')).toBe(false);
  });
});
