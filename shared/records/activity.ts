import { z } from 'zod';
import { ACTIVITY_KIND } from '../codes';
import { requiredCode, requiredDate, requiredText } from './fields';

/** Non-employment outcomes: education, volunteering, retirement (Sainsbury D4). */
export const activitySchema = z.object({
  client_id: requiredText('Client ID', 50),
  start_date: requiredDate('Start date'),
  kind: requiredCode(ACTIVITY_KIND, 'Activity kind'),
});

export type ActivityInput = z.input<typeof activitySchema>;
export type Activity = z.output<typeof activitySchema>;
