import { z } from 'zod';

export const employerSummarySchema = z.object({
  /** The employer's name trimmed and in lower case: how spellings are matched, and how to ask for its history. */
  key: z.string(),
  name: z.string(),
  contacts: z.number().int(),
  jobs: z.number().int(),
  lastContact: z.string().nullable(),
  clientsPlaced: z.number().int(),
});

export const employerEventSchema = z.object({
  type: z.enum(['contact', 'job']),
  date: z.string(),
  /** The contact's kind, or the job's contract type. */
  kind: z.string().nullable(),
  specialist: z.string().nullable(),
  client_id: z.string().nullable(),
  clientRecordId: z.string().nullable(),
  job_id: z.string().nullable(),
  job_title: z.string().nullable(),
  end_date: z.string().nullable(),
  /** How this record spells the employer. */
  spelling: z.string(),
});

/** Employers built from the contacts and jobs already recorded (issue 11): a list, and each one's history. */
export const employerChannels = {
  'employers.list': { input: z.object({}), output: z.object({ employers: z.array(employerSummarySchema) }) },
  'employers.history': {
    input: z.object({ key: z.string().trim().toLowerCase().min(1, 'Choose an employer').max(200) }),
    output: z.object({ employer: employerSummarySchema.nullable(), events: z.array(employerEventSchema) }),
  },
} as const;
