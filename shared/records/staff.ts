import { z } from 'zod';
import { DEFER, withFastField } from './fast-parse';
import { optionalDate, requiredText } from './fields';

/** Employment specialists and their hours, for caseload per full-time equivalent. */
export const staffSchema = z
  .object({
    name: requiredText('Name', 100),
    /** Blank is allowed so a manager can add a person first; reports flag it as a data-quality problem. */
    fte: withFastField(
      z
        .number({ error: 'FTE must be a number' })
        .gt(0, 'FTE must be more than 0')
        .lte(1, 'FTE must be at most 1 (full time)')
        .nullish()
        .transform((v) => v ?? null),
      (value) => (value === undefined || value === null ? null : typeof value === 'number' && value > 0 && value <= 1 ? value : DEFER),
    ),
    start_date: optionalDate('Start date'),
    end_date: optionalDate('End date'),
  })
  .superRefine((s, ctx) => {
    if (s.start_date && s.end_date && s.end_date < s.start_date) {
      ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'End date must be on or after the start date' });
    }
  });

export type StaffInput = z.input<typeof staffSchema>;
export type Staff = z.output<typeof staffSchema>;
