import { describe, expect, it } from 'vitest';
import { clientWarnings, contactWarnings, jobWarnings } from '../../../shared/records/warnings';

const TODAY = '2026-01-15';

describe('sense checks on dates', () => {
  it('warns of a discharge in the future and a vocational profile before the referral, not of today or the referral day', () => {
    expect(clientWarnings({ referral_date: '2025-06-01', discharge_date: '2026-01-16', vocational_profile_date: '2025-05-31' }, TODAY)).toEqual([
      { path: ['discharge_date'], message: 'Discharge date 16/01/2026 is in the future: check it before saving' },
      { path: ['vocational_profile_date'], message: 'Vocational profile date 31/05/2025 is before the referral (01/06/2025): check it before saving' },
    ]);
    expect(clientWarnings({ referral_date: '2025-06-01', discharge_date: TODAY, vocational_profile_date: '2025-06-01' }, TODAY)).toEqual([]);
  });

  it('warns of a job starting in the future or before the referral, except a retention case’s existing job', () => {
    const client = { referral_date: '2025-06-01', retention_case: false };
    expect(jobWarnings({ start_date: '2026-01-16' }, { today: TODAY, client })).toEqual([
      { path: ['start_date'], message: 'Start date 16/01/2026 is in the future: check it before saving' },
    ]);
    expect(jobWarnings({ start_date: '2025-05-01' }, { today: TODAY, client })).toEqual([
      { path: ['start_date'], message: 'Start date 01/05/2025 is before the referral (01/06/2025): check it before saving' },
    ]);
    expect(jobWarnings({ start_date: '2025-05-01' }, { today: TODAY, client: { ...client, retention_case: true } })).toEqual([]);
    expect(jobWarnings({ start_date: '2025-05-01' }, { today: TODAY })).toEqual([]);
  });

  it('warns of a contact in the future or before the client’s referral', () => {
    const client = { referral_date: '2025-06-01' };
    expect(contactWarnings({ date: '2026-02-01' }, { today: TODAY, client })).toEqual([
      { path: ['date'], message: 'Contact date 01/02/2026 is in the future: check it before saving' },
    ]);
    expect(contactWarnings({ date: '2025-05-31' }, { today: TODAY, client })[0]?.message).toBe('Contact date 31/05/2025 is before the referral (01/06/2025): check it before saving');
    expect(contactWarnings({ date: '2025-05-31' }, { today: TODAY, client: null })).toEqual([]);
  });
});
