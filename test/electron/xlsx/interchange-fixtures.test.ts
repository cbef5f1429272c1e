import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activitySchema, clientSchema, contactSchema, jobSchema, staffSchema, wellbeingSchema } from '../../../shared/records';
import { emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';

/** Workbooks hand-written as other tools write them: see test/fixtures/xlsx/make_fixtures.py. */
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/xlsx/${name}`, import.meta.url));

describe('readInterchangeWorkbook on workbooks written by other tools', () => {
  it('reads inline strings: any column order, Yes/NO/True words, text dates, spaced NHS numbers, numeric text', async () => {
    const result = await readInterchangeWorkbook(fixture('inline-strings.xlsx'));
    expect(result).toEqual({
      ok: true,
      warnings: [
        'Sheet "Notes" is not part of the interchange layout and was ignored',
        'Clients!I1: unknown column "comments" ignored',
      ],
      records: {
        ...emptyInterchangeRecords(),
        clients: [
          clientSchema.parse({
            client_id: 'C-100', nhs_number: '9434765919', given_name: 'Ada & Co', referral_date: '2025-04-01',
            retention_case: true, benefits: ['esa_wrag', 'universal_credit'], employment_status_at_referral: '01',
            maintained_job_over_1y: 'yes',
          }),
          clientSchema.parse({
            client_id: 'C-101', given_name: 'Ben', referral_date: '2025-05-15', retention_case: false,
            employment_status_at_referral: '02', maintained_job_over_1y: 'unknown',
          }),
          clientSchema.parse({ client_id: 'C-102', referral_date: '2025-06-30' }),
        ],
        jobs: [
          jobSchema.parse({
            job_id: 'J-1', client_id: 'C-100', start_date: '2025-05-01', hours_per_week: 37.5, contract_type: 'permanent',
            competitive: true, four_hours_confirmed: true,
          }),
          jobSchema.parse({
            job_id: 'J-2', client_id: 'C-101', start_date: '2025-06-01', hours_per_week: 16, contract_type: 'zero_hours',
            competitive: false,
          }),
        ],
        contacts: [
          contactSchema.parse({
            date: '2025-05-02', kind: 'employer_face_to_face', client_id: 'C-100', employer: 'Acme Ltd', client_preference_based: 'yes',
          }),
        ],
      },
    });
  });

  it('reads shared strings, date serials (built-in format 14 and custom dd/mm/yyyy), booleans, numeric NHS numbers and codes', async () => {
    const result = await readInterchangeWorkbook(fixture('shared-strings-dates.xlsx'));
    expect(result).toEqual({
      ok: true,
      warnings: [],
      records: {
        ...emptyInterchangeRecords(),
        clients: [
          clientSchema.parse({
            client_id: 'C1', nhs_number: '9434765919', given_name: 'Anne', family_name: 'Smith', date_of_birth: '1990-06-15',
            referral_date: '2025-04-01', employment_status_at_referral: '01', retention_case: true,
            retention_return_date: '2025-06-30', in_secondary_mh_care: 'no', ethnicity: '99', team: 'North CMHT',
          }),
          clientSchema.parse({
            client_id: '2', nhs_number: '4010232137', referral_date: '2025-05-01', employment_status_at_referral: 'ZZ',
            retention_case: false, in_secondary_mh_care: 'yes', ethnicity: 'A',
          }),
        ],
        jobs: [
          jobSchema.parse({
            job_id: 'J1', client_id: 'C1', start_date: '2025-05-01', end_date: '2025-07-14', hours_per_week: 24,
            contract_type: 'permanent', four_hours_confirmed: true, competitive: true, soc_major_group: '3',
            sector: 'health_social_work', evidence: 'payslip',
          }),
        ],
        wellbeing: [
          wellbeingSchema.parse({ client_id: 'C1', date: '2025-04-01', measure: 'swemwbs', score: 21 }),
          wellbeingSchema.parse({ client_id: '2', date: '2025-05-01', measure: 'reqol10', score: 22 }),
        ],
        staff: [
          staffSchema.parse({ name: 'Sam Patel', fte: 0.8, start_date: '2025-04-01' }),
          staffSchema.parse({ name: 'Jo Lee' }),
        ],
        activities: [activitySchema.parse({ client_id: 'C1', start_date: '2025-06-30', kind: 'voluntary_work' })],
      },
    });
  });

  it('reads dates from a workbook in the 1904 date system, styled or plain serials', async () => {
    const result = await readInterchangeWorkbook(fixture('date1904.xlsx'));
    expect(result.ok && result.records.clients).toEqual([
      clientSchema.parse({ client_id: 'C1', referral_date: '2025-04-01', discharge_date: '2025-06-30' }),
    ]);
  });
});
