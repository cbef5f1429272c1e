import { describe, expect, it } from 'vitest';
import {
  activitySchema, clientFieldsSchema, contactFieldsSchema, jobFieldsSchema, staffSchema, wellbeingSchema,
} from '../../../shared/records';
import { INTERCHANGE_SHEETS } from '../../../electron/xlsx/interchange-columns';

describe('interchange columns', () => {
  it('are the record schemas’ fields, in order, one sheet per record (Clients also carries the episode link)', () => {
    const byName = Object.fromEntries(INTERCHANGE_SHEETS.map((s) => [s.name, s.columns.map((c) => c.field)]));
    expect(byName).toEqual({
      Clients: [...Object.keys(clientFieldsSchema.shape), 'previous_episode_id'],
      Jobs: Object.keys(jobFieldsSchema.shape),
      Contacts: Object.keys(contactFieldsSchema.shape),
      Activities: Object.keys(activitySchema.shape),
      Wellbeing: Object.keys(wellbeingSchema.shape),
      Staff: Object.keys(staffSchema.shape),
    });
  });

  it('mark as required exactly the fields DOMAIN §2 requires', () => {
    const required = Object.fromEntries(INTERCHANGE_SHEETS.map((s) => [s.name, s.columns.filter((c) => c.required).map((c) => c.field)]));
    expect(required).toEqual({
      Clients: ['client_id', 'referral_date'],
      Jobs: ['job_id', 'client_id', 'start_date', 'hours_per_week', 'contract_type'],
      Contacts: ['date', 'kind'],
      Activities: ['client_id', 'start_date', 'kind'],
      Wellbeing: ['client_id', 'date', 'measure', 'score'],
      Staff: ['name'],
    });
  });
});
