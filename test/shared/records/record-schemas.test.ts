import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { activitySchema, clientSchema, contactSchema, jobSchema, staffSchema, wellbeingSchema } from '../../../shared/records';

/** The field → message pairs a schema reports, so each rule is checked by the exact words a user sees. */
function problems(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

const client = { client_id: 'C1', referral_date: '2025-05-01' };
const job = { job_id: 'J1', client_id: 'C1', start_date: '2025-06-01', hours_per_week: 20, contract_type: 'permanent' };

describe('client', () => {
  it('needs a client id and a referral date', () => {
    expect(problems(clientSchema, {})).toMatchObject({ client_id: 'Client ID is required', referral_date: 'Referral date is required' });
    expect(problems(clientSchema, { client_id: '  ', referral_date: '' })).toMatchObject({
      client_id: 'Client ID is required',
      referral_date: 'Referral date is required',
    });
  });

  it('turns blanks into null and fills yes/no/unknown defaults', () => {
    const parsed = clientSchema.parse({ ...client, given_name: '', gender: '', nhs_number: '' });
    expect(parsed).toMatchObject({ given_name: null, gender: null, nhs_number: null, retention_case: false, benefits: [], in_secondary_mh_care: null });
  });

  it('checks the NHS number', () => {
    expect(problems(clientSchema, { ...client, nhs_number: '943 476 5918' })).toEqual({ nhs_number: 'NHS number fails its check digit' });
    expect(problems(clientSchema, { ...client, nhs_number: '12345' })).toEqual({ nhs_number: 'NHS number must be 10 digits' });
    expect(clientSchema.parse({ ...client, nhs_number: '943 476 5919' }).nhs_number).toBe('9434765919');
  });

  it('refuses dates that do not exist', () => {
    expect(problems(clientSchema, { ...client, referral_date: '2025-02-29' })).toEqual({
      referral_date: 'Referral date must be a real date (YYYY-MM-DD)',
    });
    expect(problems(clientSchema, { ...client, date_of_birth: '01/02/1990' })).toEqual({
      date_of_birth: 'Date of birth must be a real date (YYYY-MM-DD)',
    });
  });

  it('keeps dates in order: discharge, action plan and retention return on or after referral', () => {
    expect(problems(clientSchema, { ...client, discharge_date: '2025-04-30' })).toEqual({ discharge_date: 'Discharge date must be on or after the referral date' });
    expect(problems(clientSchema, { ...client, discharge_date: '2025-05-01' })).toEqual({}); // same day is allowed
    expect(problems(clientSchema, { ...client, action_plan_date: '2025-04-01' })).toEqual({ action_plan_date: 'Action plan date must be on or after the referral date' });
    expect(problems(clientSchema, { ...client, retention_case: true, employment_status_at_referral: '01', retention_return_date: '2025-01-01' })).toEqual({
      retention_return_date: 'Retention return date must be on or after the referral date',
    });
    expect(problems(clientSchema, { ...client, date_of_birth: '2025-06-01' })).toEqual({ date_of_birth: 'Date of birth must be before the referral date' });
  });

  it('keeps retention cases consistent', () => {
    expect(problems(clientSchema, { ...client, retention_case: true, employment_status_at_referral: '02' })).toEqual({
      employment_status_at_referral: 'A retention case is in work at referral: employment status must be 01 (employed)',
    });
    expect(problems(clientSchema, { ...client, retention_return_date: '2025-06-01' })).toEqual({
      retention_return_date: 'Retention return date is only for retention cases',
    });
  });

  it('needs a discharge date for a discharge reason', () => {
    expect(problems(clientSchema, { ...client, discharge_reason: 'moved_away' })).toEqual({ discharge_reason: 'Discharge reason needs a discharge date' });
  });

  it('takes codes only from the lists', () => {
    expect(problems(clientSchema, { ...client, gender: 'm' })).toEqual({ gender: 'Gender "m" is not a known code (expected one of male, female, other_or_not_said)' });
    expect(problems(clientSchema, { ...client, ethnicity: 'Q' }).ethnicity).toMatch(/^Ethnicity "Q" is not a known code/);
    expect(problems(clientSchema, { ...client, benefits: ['esa_wrag', 'dole'] })['benefits.1']).toMatch(/^Benefit "dole" is not a known code/);
    expect(problems(clientSchema, { ...client, employment_status_at_referral: '1' }).employment_status_at_referral).toMatch(/not a known code/);
    expect(problems(clientSchema, { ...client, maintained_job_over_1y: 'maybe' }).maintained_job_over_1y).toMatch(/not a known code/);
  });
});

describe('job', () => {
  it('needs its ids, a start date, hours and a contract type', () => {
    expect(problems(jobSchema, {})).toMatchObject({
      job_id: 'Job ID is required',
      client_id: 'Client ID is required',
      start_date: 'Start date is required',
      hours_per_week: 'Hours per week must be a number',
      contract_type: 'Contract type is required',
    });
  });

  it('keeps hours per week above 0 and at most 100', () => {
    expect(problems(jobSchema, { ...job, hours_per_week: 0 })).toEqual({ hours_per_week: 'Hours per week must be more than 0' });
    expect(problems(jobSchema, { ...job, hours_per_week: 100.5 })).toEqual({ hours_per_week: 'Hours per week must be at most 100' });
    expect(problems(jobSchema, { ...job, hours_per_week: 100 })).toEqual({});
    expect(problems(jobSchema, { ...job, hours_per_week: Number.NaN }).hours_per_week).toBeDefined();
  });

  it('keeps the end on or after the start', () => {
    expect(problems(jobSchema, { ...job, end_date: '2025-05-31' })).toEqual({ end_date: 'End date must be on or after the start date' });
    expect(problems(jobSchema, { ...job, end_date: '2025-06-01' })).toEqual({});
  });

  it('defaults to competitive work with four hours not yet confirmed', () => {
    expect(jobSchema.parse(job)).toMatchObject({ competitive: true, four_hours_confirmed: false, sector: null });
  });

  it('takes sector, SOC group and evidence from their lists', () => {
    expect(problems(jobSchema, { ...job, soc_major_group: '10' }).soc_major_group).toMatch(/not a known code/);
    expect(problems(jobSchema, { ...job, sector: 'retail' }).sector).toMatch(/not a known code/);
    expect(problems(jobSchema, { ...job, evidence: 'email' }).evidence).toMatch(/not a known code/);
  });
});

describe('contact', () => {
  it('needs a client for a client contact; an employer contact may leave the employer blank (DOMAIN §2)', () => {
    expect(problems(contactSchema, { date: '2025-06-01', kind: 'client_face_to_face' })).toEqual({ client_id: 'Client ID is required for a client contact' });
    expect(contactSchema.parse({ date: '2025-06-01', kind: 'employer_face_to_face', client_id: 'C1', employer: '  ' })).toMatchObject({ employer: null, client_id: 'C1' });
    expect(contactSchema.parse({ date: '2025-06-01', kind: 'employer_other', employer: 'Acme' })).toMatchObject({ client_id: null, client_preference_based: null });
  });

  it('needs a real date and a known kind', () => {
    expect(problems(contactSchema, { date: '2025-13-01', kind: 'letter', client_id: 'C1' })).toEqual({
      date: 'Date must be a real date (YYYY-MM-DD)',
      kind: 'Contact kind "letter" is not a known code (expected one of client_face_to_face, client_other, employer_face_to_face, employer_other)',
    });
  });
});

describe('activity, wellbeing and staff', () => {
  it('activity needs a client, a date and a known kind', () => {
    expect(problems(activitySchema, { kind: 'gym' })).toMatchObject({ client_id: 'Client ID is required', start_date: 'Start date is required' });
  });

  it('wellbeing scores stay in each measure’s range and are whole numbers', () => {
    const w = { client_id: 'C1', date: '2025-06-01' };
    expect(problems(wellbeingSchema, { ...w, measure: 'swemwbs', score: 6 })).toEqual({ score: 'SWEMWBS raw score must be between 7 and 35' });
    expect(problems(wellbeingSchema, { ...w, measure: 'swemwbs', score: 36 })).toEqual({ score: 'SWEMWBS raw score must be between 7 and 35' });
    expect(problems(wellbeingSchema, { ...w, measure: 'reqol10', score: 41 })).toEqual({ score: 'ReQoL-10 score must be between 0 and 40' });
    expect(problems(wellbeingSchema, { ...w, measure: 'reqol10', score: 0 })).toEqual({});
    expect(problems(wellbeingSchema, { ...w, measure: 'reqol10', score: 2.5 })).toEqual({ score: 'Score must be a whole number' });
  });

  it('staff FTE is above 0 and at most 1, and may be left blank', () => {
    expect(problems(staffSchema, { name: 'A', fte: 0 })).toEqual({ fte: 'FTE must be more than 0' });
    expect(problems(staffSchema, { name: 'A', fte: 1.2 })).toEqual({ fte: 'FTE must be at most 1 (full time)' });
    expect(staffSchema.parse({ name: 'A' }).fte).toBeNull();
    expect(problems(staffSchema, { name: 'A', start_date: '2025-06-01', end_date: '2025-05-01' })).toEqual({ end_date: 'End date must be on or after the start date' });
  });
});
