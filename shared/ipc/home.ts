import { z } from 'zod';
import { idSchema } from './records';

const clientRef = { client_id: z.string(), clientRecordId: idSchema.nullable(), name: z.string() };

export const homeWeekSchema = z.object({
  today: z.string(),
  financialYear: z.string(),
  quietClients: z.array(z.object({ ...clientRef, specialist: z.string().nullable(), lastContact: z.string().nullable() })),
  milestones: z.array(
    z.object({
      ...clientRef,
      weeks: z.union([z.literal(13), z.literal(26), z.literal(52)]),
      date: z.string(),
      job_id: z.string().nullable(),
      employer: z.string().nullable(),
      /** Evidence already held for the job (employer letter, payslip, …), or null: say what to collect. */
      evidence: z.string().nullable(),
    }),
  ),
  awaitingFourHours: z.array(z.object({ ...clientRef, job_id: z.string(), start_date: z.string(), employer: z.string().nullable(), daysSinceStart: z.number() })),
  dataQuality: z.object({ blocks: z.number(), changes: z.number() }),
  kpis: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      actual: z.number().nullable(),
      targetSoFar: z.number().nullable(),
      targetText: z.string(),
      kind: z.enum(['count', 'rate']),
      onTrack: z.boolean().nullable(),
    }),
  ),
  /** Share of the financial year gone, 0..1 (counts are judged pro rata to it). */
  yearFraction: z.number(),
});
export type HomeWeek = z.infer<typeof homeWeekSchema>;

/** The first screen after unlock: what needs doing this week (fidelity reviews and actions come from their own channel). */
export const homeChannels = {
  'home.week': { input: z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish() }), output: homeWeekSchema },
} as const;
