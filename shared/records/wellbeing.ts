import { z } from 'zod';
import { WELLBEING_MEASURE } from '../codes';
import { WELLBEING_RANGES } from '../wellbeing';
import { requiredCode, requiredDate, requiredText, wholeNumber } from './fields';

export const wellbeingSchema = z
  .object({
    client_id: requiredText('Client ID', 50),
    date: requiredDate('Date'),
    measure: requiredCode(WELLBEING_MEASURE, 'Measure'),
    score: wholeNumber('Score'),
  })
  .superRefine((w, ctx) => {
    const range = WELLBEING_RANGES[w.measure];
    if (w.score < range.min || w.score > range.max) {
      const name = w.measure === 'swemwbs' ? 'SWEMWBS raw score' : 'ReQoL-10 score';
      ctx.addIssue({ code: 'custom', path: ['score'], message: `${name} must be between ${range.min} and ${range.max}` });
    }
  });

export type WellbeingInput = z.input<typeof wellbeingSchema>;
export type Wellbeing = z.output<typeof wellbeingSchema>;
