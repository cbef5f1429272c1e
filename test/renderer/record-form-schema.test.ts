import { describe, expect, it } from 'vitest';
import { staffSchema } from '../../shared/records';
import { isoFromUkText, issuesUnder, recordFormSchema } from '../../renderer/src/forms/record-form-schema';

type Form = { name: string; fte: string; start_date: string; end_date: string };
const schema = recordFormSchema(
  staffSchema,
  (form: Form) => ({ name: form.name, fte: form.fte.trim() ? Number(form.fte) : null, start_date: isoFromUkText(form.start_date), end_date: isoFromUkText(form.end_date) }),
  { start_date: 'Start date', end_date: 'End date' },
);

describe('recordFormSchema', () => {
  it('turns dd/mm/yyyy text into the record the shared schema accepts', () => {
    expect(schema.parse({ name: 'Jo', fte: '0.5', start_date: '01/04/2025', end_date: '' })).toEqual({ name: 'Jo', fte: 0.5, start_date: '2025-04-01', end_date: null });
  });

  it('reports every problem at once, each at its field, with the shared messages', () => {
    const result = schema.safeParse({ name: '', fte: '1.5', start_date: '31/02/2025', end_date: '' });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({ name: 'Name is required', fte: 'FTE must be at most 1 (full time)', start_date: 'Start date must be a real date, written dd/mm/yyyy' });
  });

  it('keeps rules across fields', () => {
    const result = schema.safeParse({ name: 'Jo', fte: '1', start_date: '01/04/2025', end_date: '01/03/2025' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['end_date', 'End date must be on or after the start date']]);
  });

  it('reads service issues under the input wrapper', () => {
    expect(issuesUnder('staff', [{ path: ['staff', 'fte'], message: 'x' }, { path: [], message: 'y' }])).toEqual([{ field: 'fte', message: 'x' }, { field: '', message: 'y' }]);
  });
});
