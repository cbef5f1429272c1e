import { describe, expect, it } from 'vitest';
import { eraseFormSchema, UNDERSTOOD_MESSAGE } from '../../../renderer/src/screens/client/rights/erase-form';
import { episodeText, erasedRecords, erasedText, keptEmployerContacts, splitLinked } from '../../../renderer/src/screens/client/rights/erasure-text';
import { anonymisedBody, anonymisedHeading, groupsWithoutRemoved, jobFieldsWithoutRemoved } from '../../../renderer/src/screens/client/anonymised-text';
import { JOB_FIELDS } from '../../../renderer/src/screens/client/tabs/JobsTab';
import { CLIENT_FIELD_GROUPS } from '../../../renderer/src/screens/client/client-fields';

const ID = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const NHS_MATCH = '00000000-0000-4000-8000-000000000003';

describe('the erasure preview in words', () => {
  it('lists each kind of record that goes, with its count, and leaves out kinds there are none of', () => {
    expect(erasedRecords({ jobs: 2, clientContacts: 1, employerContactsKept: 3, activities: 0, wellbeing: 1 })).toEqual([
      '2 jobs',
      '1 contact with the person',
      '1 wellbeing score',
    ]);
    expect(erasedRecords({ jobs: 0, clientContacts: 0, employerContactsKept: 0, activities: 2, wellbeing: 0 })).toEqual(['2 education or volunteering records']);
  });

  it('says the employer contacts stay, unlinked', () => {
    expect(keptEmployerContacts(0)).toBeNull();
    expect(keptEmployerContacts(1)).toBe('1 employer contact made for them stays in the employer log, no longer linked to anyone');
    expect(keptEmployerContacts(2)).toBe('2 employer contacts made for them stay in the employer log, no longer linked to anyone');
  });

  it('splits linked episodes into those that must go (re-referrals) and those that may (same NHS number)', () => {
    const linked = [
      { id: OTHER, client_id: 'C-2', referral_date: '2024-01-02', discharge_date: null, link: 'episode' as const },
      { id: NHS_MATCH, client_id: 'C-3', referral_date: '2020-05-06', discharge_date: '2021-01-31', link: 'nhs_number' as const },
    ];
    const { mustGo, mayGo } = splitLinked(linked);
    expect(mustGo.map((e) => e.client_id)).toEqual(['C-2']);
    expect(mayGo.map((e) => e.client_id)).toEqual(['C-3']);
    expect(episodeText(linked[0]!)).toBe('C-2: referred 02/01/2024, still open');
    expect(episodeText(linked[1]!)).toBe('C-3: referred 06/05/2020, discharged 31/01/2021');
  });

  it('says what was erased on the caseload afterwards', () => {
    expect(erasedText({ erased: [{ client_id: 'C-7' }], employerContactsKept: 0 })).toBe('Erased the record of C-7. The erasure and its reason are in the audit trail.');
    expect(erasedText({ erased: [{ client_id: 'C-2' }, { client_id: 'C-3' }, { client_id: 'C-7' }], employerContactsKept: 1 })).toBe(
      'Erased the records of C-2, C-3 and C-7. 1 employer contact made for them stays in the employer log, no longer linked to anyone. The erasure and its reason are in the audit trail.',
    );
  });
});

describe('the erase form', () => {
  const schema = eraseFormSchema(ID, [OTHER]);

  it('refuses a blank reason and a missing tick, each at its field', () => {
    const result = schema.safeParse({ reason: '   ', alsoErase: [], understood: false });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(expect.arrayContaining([['reason', 'Reason is required'], ['understood', UNDERSTOOD_MESSAGE]]));
  });

  it('sends the reason with the re-referral episodes always added to those ticked', () => {
    const result = schema.safeParse({ reason: ' Erasure request received 03/03/2026 ', alsoErase: [NHS_MATCH], understood: true });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ id: ID, reason: 'Erasure request received 03/03/2026', alsoErase: [OTHER, NHS_MATCH] });
  });
});

describe('an anonymised record', () => {
  it('says when, what was kept of the date of birth, and that it is not re-opened', () => {
    expect(anonymisedHeading({ on: '2026-12-01', age_band_at_referral: '36-50' })).toBe('Anonymised on 01/12/2026 under the retention rule');
    expect(anonymisedBody({ on: '2026-12-01', age_band_at_referral: '36-50' })).toContain('date of birth (the age band at referral, 36 to 50, is kept)');
    expect(anonymisedBody({ on: '2026-12-01', age_band_at_referral: null })).toContain('(the age band at referral was not known)');
    expect(anonymisedBody({ on: '2026-12-01', age_band_at_referral: null })).toContain('The record cannot be re-opened: if the person is referred again, add them as a new client.');
  });

  it('offers no field that would name the person again', () => {
    const names = groupsWithoutRemoved(CLIENT_FIELD_GROUPS).flatMap((g) => g.fields.map((f) => f.name));
    for (const removed of ['given_name', 'family_name', 'nhs_number', 'date_of_birth']) expect(names).not.toContain(removed);
    expect(names).toEqual(expect.arrayContaining(['client_id', 'referral_date', 'discharge_date', 'gender']));
    const jobFields = jobFieldsWithoutRemoved(JOB_FIELDS).map((f) => f.name);
    expect(jobFields).not.toContain('employer');
    expect(jobFields).not.toContain('job_title');
    expect(jobFields).toEqual(expect.arrayContaining(['job_id', 'start_date', 'hours_per_week']));
  });
});
