import { describe, expect, it } from 'vitest';
import {
  anonymiseClient, anonymisedDischargeReason, planRetention, reidentifyingFields, reidentifyingJobFields, retentionCutoff, type RetentionEpisode,
} from '../../shared/retention';

const TODAY = '2026-01-15';

function ep(id: string, fields: Partial<RetentionEpisode> = {}): RetentionEpisode {
  return { id, client_id: `C-${id}`, nhs_number: null, previous_episode_id: null, referral_date: '2012-01-01', discharge_date: null, anonymised_at: null, ...fields };
}

describe('retention rule', () => {
  it('cuts off at today less the years: a discharge on the cutoff day is not yet more than that long ago', () => {
    expect(retentionCutoff(TODAY, 6)).toBe('2020-01-15');
    expect(retentionCutoff('2028-02-29', 6)).toBe('2022-02-28');
    expect(retentionCutoff('2028-02-29', 4)).toBe('2024-02-29');
    const plan = planRetention([ep('a', { discharge_date: '2020-01-14' }), ep('b', { discharge_date: '2020-01-15' }), ep('open')], TODAY, 6);
    expect(plan.due.map((e) => e.id)).toEqual(['a']);
    expect(plan.heldBack).toEqual([]);
  });

  it('keeps a person whole while any episode of theirs is open or recent, linked by re-referral or NHS number', () => {
    const episodes = [
      ep('old1', { discharge_date: '2015-03-01' }),
      ep('rereferral', { previous_episode_id: 'old1', referral_date: '2016-01-01' }), // open: holds old1 back
      ep('old2', { nhs_number: '9434765919', discharge_date: '2016-06-30' }),
      ep('same-nhs', { nhs_number: '9434765919', referral_date: '2024-01-01', discharge_date: '2025-01-01' }), // recent
      ep('chain1', { discharge_date: '2014-01-01' }),
      ep('chain2', { previous_episode_id: 'chain1', referral_date: '2014-06-01', discharge_date: '2018-01-01' }),
      ep('done', { discharge_date: '2010-01-01', anonymised_at: '2017-01-01' }),
    ];
    const plan = planRetention(episodes, TODAY, 6);
    expect(plan.due.map((e) => e.id)).toEqual(['chain1', 'chain2']);
    expect(plan.heldBack.map((h) => [h.episode.id, h.by.id])).toEqual([
      ['old1', 'rereferral'],
      ['old2', 'same-nhs'],
    ]);
    expect(plan.anonymisedBefore).toBe(1);
    // A shorter retention lets the NHS-number pair go too once the later one is old enough.
    expect(planRetention(episodes, TODAY, 1).due.map((e) => e.id)).toEqual(['chain1', 'chain2', 'old2', 'same-nhs']);
  });

  it('removes names, NHS number and date of birth, keeps the age band at referral, and turns free-text reasons into `other`', () => {
    const changes = anonymiseClient({ date_of_birth: '1980-06-15', referral_date: '2016-06-14', discharge_reason: 'Got a job at the Co-op' }, TODAY);
    expect(changes).toEqual({
      given_name: null,
      family_name: null,
      nhs_number: null,
      date_of_birth: null,
      discharge_reason: 'other',
      age_band_at_referral: '16-35',
      anonymised_at: TODAY,
    });
    expect(anonymiseClient({ date_of_birth: null, referral_date: '2016-06-14', discharge_reason: null }, TODAY).age_band_at_referral).toBe('unknown');
    expect(anonymisedDischargeReason('moved_away')).toBe('moved_away');
    expect(anonymisedDischargeReason('')).toBeNull();
  });

  it('names the removed fields a change would put back', () => {
    const blank = { given_name: null, family_name: null, nhs_number: null, date_of_birth: null, discharge_reason: 'other' };
    expect(reidentifyingFields(blank)).toEqual([]);
    expect(reidentifyingFields({ ...blank, family_name: 'Smith', discharge_reason: 'Moved to Leeds' })).toEqual([
      { field: 'family_name', label: 'family name' },
      { field: 'discharge_reason', label: 'discharge reason in free text' },
    ]);
    expect(reidentifyingJobFields({ employer: null, job_title: 'Porter' })).toEqual([{ field: 'job_title', label: 'job title' }]);
  });
});
