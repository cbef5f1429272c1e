import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { jobSchema, clientFieldsSchema, clientSchema } from '../../../shared/records';
import { CLIENT_FIELDS, NEW_CLIENT_GROUPS } from '../../../renderer/src/screens/client/client-fields';
import { JOB_FIELDS } from '../../../renderer/src/screens/client/tabs/JobsTab';
import type { z } from 'zod';
import { specFormSchema, toFormValues, toSchemaInput, type FormValues } from '../../../renderer/src/forms/field-spec';

const stored = clientSchema.parse({
  client_id: 'NS-0001',
  nhs_number: '9434765919',
  given_name: 'Alex',
  referral_date: '2025-04-03',
  date_of_birth: '1988-02-14',
  benefits: ['universal_credit'],
  retention_case: false,
});

async function resolve(values: Record<string, unknown>, schema: z.ZodType<unknown, FormValues> = specFormSchema(clientSchema, CLIENT_FIELDS)) {
  return zodResolver(schema)(values as never, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('client form values', () => {
  it('covers every field of the client schema', () => {
    expect(CLIENT_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(clientFieldsSchema.shape).sort());
  });

  it('shows dates as dd/mm/yyyy and NHS numbers spaced, and converts back to the stored record', () => {
    const values = toFormValues(stored as unknown as Record<string, unknown>, CLIENT_FIELDS);
    expect(values.referral_date).toBe('03/04/2025');
    expect(values.nhs_number).toBe('943 476 5919');
    expect(values.gender).toBe('');
    expect(clientSchema.parse(toSchemaInput(values, CLIENT_FIELDS))).toEqual(stored);
  });

  it('passes text that is not a date on to the schema, whose message names the field in dd/mm/yyyy', async () => {
    const values = { ...toFormValues(stored as unknown as Record<string, unknown>, CLIENT_FIELDS), date_of_birth: '31/02/1990' };
    const result = await resolve(values);
    expect(result.errors.date_of_birth?.message).toBe('Date of birth must be a real date (dd/mm/yyyy)');
  });

  it('puts the check-digit and date-order messages at their fields', async () => {
    const values = {
      ...toFormValues(stored as unknown as Record<string, unknown>, CLIENT_FIELDS),
      nhs_number: '943 476 5918',
      discharge_date: '01/04/2025',
    };
    const result = await resolve(values);
    expect(result.errors.nhs_number?.message).toBe('NHS number fails its check digit');
    expect(result.errors.discharge_date?.message).toBe('Discharge date must be on or after the referral date');
  });

  it('a new referral form leaves out the discharge fields', () => {
    const names = NEW_CLIENT_GROUPS.flatMap((g) => g.fields.map((f) => f.name));
    expect(names).not.toContain('discharge_date');
    expect(names).toContain('benefits');
  });
});

describe('record form schema', () => {
  it('adds the fixed values that are not inputs, and hands the checked record on', async () => {
    const values = { ...toFormValues(null, JOB_FIELDS), job_id: 'NS-0001-J1', start_date: '02/06/2025', hours_per_week: '16', contract_type: 'permanent', competitive: true };
    const result = await resolve(values, specFormSchema(jobSchema, JOB_FIELDS, { client_id: 'NS-0001' }));
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ client_id: 'NS-0001', job_id: 'NS-0001-J1', start_date: '2025-06-02', hours_per_week: 16 });
  });

  it('names every problem at once, at its field, in dd/mm/yyyy', async () => {
    const values = { ...toFormValues(null, JOB_FIELDS), job_id: 'J1', start_date: '31/02/2025', hours_per_week: 'lots', contract_type: 'permanent' };
    const result = await resolve(values, specFormSchema(jobSchema, JOB_FIELDS, { client_id: 'NS-0001' }));
    expect(result.errors.start_date?.message).toBe('Start date must be a real date (dd/mm/yyyy)');
    expect(result.errors.hours_per_week?.message).toBe('Hours per week must be a number');
  });
});
