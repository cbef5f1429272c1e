import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../shared/dates';
import { buildEngineIndex } from '../../../shared/outcomes/client-index';
import {
  ageAtReferral, ageBand, dayNumber, isEmployedOnDay, isOpenDuring, isOpenOnDay, isStaffInPostOn, placedHoursBand, timeInServiceBand,
} from '../../../shared/outcomes/facts';
import { client, contact, inputOf, job, staff, type Parts } from './helpers';

const D = toDayNumber;
const factsOf = (parts: Parts, id: string, asOf = '2026-06-30') => buildEngineIndex(inputOf(parts, '2025-26', asOf), asOf).byId.get(id)!;

describe('derived facts (DOMAIN §3)', () => {
  it('counted job: competitive, four hours confirmed and started on or after referral', () => {
    const c = client('C1', { referral_date: '2025-05-01' });
    const f = factsOf(
      {
        clients: [c],
        jobs: [
          job('ok', 'C1', { start_date: '2025-05-01' }), // on the referral date: counted
          job('sheltered', 'C1', { start_date: '2025-06-01', competitive: false }),
          job('unconfirmed', 'C1', { start_date: '2025-06-01', four_hours_confirmed: false }),
          job('early', 'C1', { start_date: '2025-04-30' }),
        ],
      },
      'C1',
    );
    const byId = Object.fromEntries(f.jobs.map((j) => [j.id, j]));
    expect(byId.ok?.counted).toBe(true);
    expect(byId.sheltered?.notCounted).toEqual(['non_competitive']);
    expect(byId.unconfirmed?.notCounted).toEqual(['four_hours_not_confirmed']);
    expect(byId.early?.notCounted).toEqual(['before_referral']);
    expect(f.countedJobs.map((j) => j.id)).toEqual(['ok']);
  });

  it('job entry is the start of the first counted job, ignoring earlier uncounted ones', () => {
    const f = factsOf(
      {
        clients: [client('C1')],
        jobs: [
          job('b', 'C1', { start_date: '2025-09-01' }),
          job('a', 'C1', { start_date: '2025-06-01', four_hours_confirmed: false }),
          job('c', 'C1', { start_date: '2025-07-15' }),
        ],
      },
      'C1',
    );
    expect(f.jobEntry).toBe(D('2025-07-15'));
  });

  it('engagement date is the later of profile and action plan, none if either is blank', () => {
    expect(factsOf({ clients: [client('C1', { vocational_profile_date: '2025-05-10', action_plan_date: '2025-05-03' })] }, 'C1').engagement)
      .toBe(D('2025-05-10'));
    expect(factsOf({ clients: [client('C1', { vocational_profile_date: '2025-05-10' })] }, 'C1').engagement).toBeNull();
    expect(factsOf({ clients: [client('C1', { action_plan_date: '2025-05-10' })] }, 'C1').engagement).toBeNull();
  });

  it('clock start is the vocational profile date; FEC is the earliest employer face-to-face for the client', () => {
    const f = factsOf(
      {
        clients: [client('C1', { vocational_profile_date: '2025-05-10' })],
        contacts: [
          contact({ date: '2025-06-01', kind: 'employer_face_to_face', client_id: 'C1' }),
          contact({ date: '2025-05-20', kind: 'employer_other', client_id: 'C1' }), // not face to face
          contact({ date: '2025-05-25', kind: 'employer_face_to_face', client_id: 'C1' }),
          contact({ date: '2025-05-21', kind: 'employer_face_to_face', client_id: 'C2' }), // another client
        ],
      },
      'C1',
    );
    expect(f.clock).toBe(D('2025-05-10'));
    expect(f.fec).toBe(D('2025-05-25'));
  });

  it('employed on day: any competitive job of any start covers the day (blank end = open); sheltered never', () => {
    const f = factsOf(
      {
        clients: [client('C1', { referral_date: '2025-05-01', retention_case: true, employment_status_at_referral: '01' })],
        jobs: [
          job('old', 'C1', { start_date: '2020-01-01', end_date: '2025-06-30', four_hours_confirmed: false }),
          job('club', 'C1', { start_date: '2025-08-01', competitive: false }),
        ],
      },
      'C1',
    );
    expect(isEmployedOnDay(f, D('2025-05-01'))).toBe(true); // a retention client's existing job
    expect(isEmployedOnDay(f, D('2025-06-30'))).toBe(true); // end date is covered
    expect(isEmployedOnDay(f, D('2025-07-01'))).toBe(false);
    expect(isEmployedOnDay(f, D('2025-09-01'))).toBe(false); // sheltered work is not employment
    expect(f.jobEntry).toBeNull(); // the old job is a job, never a job start
  });

  it('open on day: referred on or before it and not discharged on or before it', () => {
    const f = factsOf({ clients: [client('C1', { referral_date: '2025-05-01', discharge_date: '2025-08-01' })] }, 'C1');
    expect(isOpenOnDay(f, D('2025-04-30'))).toBe(false);
    expect(isOpenOnDay(f, D('2025-05-01'))).toBe(true);
    expect(isOpenOnDay(f, D('2025-07-31'))).toBe(true);
    expect(isOpenOnDay(f, D('2025-08-01'))).toBe(false); // discharge day is not open
  });

  it('open during P, including a discharge on the referral date (never open)', () => {
    const start = D('2025-04-01');
    const snap = D('2026-03-31');
    const f = (fields: Parameters<typeof client>[1]) => factsOf({ clients: [client('C1', fields)] }, 'C1');
    expect(isOpenDuring(f({ referral_date: '2024-01-01' }), start, snap)).toBe(true);
    expect(isOpenDuring(f({ referral_date: '2024-01-01', discharge_date: '2025-04-01' }), start, snap)).toBe(false);
    expect(isOpenDuring(f({ referral_date: '2024-01-01', discharge_date: '2025-04-02' }), start, snap)).toBe(true);
    expect(isOpenDuring(f({ referral_date: '2026-03-31' }), start, snap)).toBe(true);
    expect(isOpenDuring(f({ referral_date: '2026-04-01' }), start, snap)).toBe(false);
    const sameDay = f({ referral_date: '2025-06-01', discharge_date: '2025-06-01' });
    expect(isOpenDuring(sameDay, start, snap)).toBe(false);
    expect(isOpenOnDay(sameDay, D('2025-06-01'))).toBe(false);
  });

  it('age at referral: a birthday on the referral date counts (35 → 36 moves band)', () => {
    const turning36 = client('C1', { referral_date: '2025-06-15', date_of_birth: '1989-06-15' });
    const still35 = client('C2', { referral_date: '2025-06-14', date_of_birth: '1989-06-15' });
    expect(ageAtReferral(turning36)).toBe(36);
    expect(ageBand(ageAtReferral(turning36))).toBe('36-50');
    expect(ageAtReferral(still35)).toBe(35);
    expect(ageBand(35)).toBe('16-35');
    expect([ageBand(15), ageBand(16), ageBand(50), ageBand(51), ageBand(65), ageBand(66), ageBand(null)])
      .toEqual(['other', '16-35', '36-50', '51-65', '51-65', 'other', 'unknown']);
  });

  it('staff in post: start on or before the day and no end or end on or after it', () => {
    expect(isStaffInPostOn(staff('A', { start_date: '2025-01-01', end_date: '2025-06-30' }), '2025-06-30')).toBe(true);
    expect(isStaffInPostOn(staff('A', { start_date: '2025-01-01', end_date: '2025-06-30' }), '2025-07-01')).toBe(false);
    expect(isStaffInPostOn(staff('A', { start_date: '2025-07-01' }), '2025-06-30')).toBe(false);
    expect(isStaffInPostOn(staff('A'), '2025-06-30')).toBe(true); // blank dates: in post
  });

  it('band helpers: time in service 182/183 and 365/366 days; placed hours at 5 and 16', () => {
    const clock = D('2025-01-01');
    expect(timeInServiceBand(clock + 182, clock)).toBe('lt6m');
    expect(timeInServiceBand(clock + 183, clock)).toBe('6to12m');
    expect(timeInServiceBand(clock + 365, clock)).toBe('6to12m');
    expect(timeInServiceBand(clock + 366, clock)).toBe('gt12m');
    expect(timeInServiceBand(clock - 10, clock)).toBe('lt6m');
    expect(timeInServiceBand(clock, null)).toBe('no_assessment');
    expect([placedHoursBand(4.9), placedHoursBand(5), placedHoursBand(15.9), placedHoursBand(16), placedHoursBand(null)])
      .toEqual(['lt5', '5to16', '5to16', 'ge16', 'unknown']);
  });

  it('dayNumber (the engine\'s fast date conversion) agrees with toDayNumber on every day 1899–2201', () => {
    for (let day = toDayNumber('1899-01-01'); day <= toDayNumber('2201-12-31'); day++) {
      const iso = fromDayNumber(day);
      if (dayNumber(iso) !== day) expect(`${iso} → ${dayNumber(iso)}`).toBe(`${iso} → ${day}`);
    }
  });
});
