import { z } from 'zod';

const jsonValue = z.unknown();

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  user: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entity_id: z.string().nullable(),
  before: jsonValue,
  after: jsonValue,
  details: jsonValue,
});
export type AuditEntryRow = z.infer<typeof auditEntrySchema>;

const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31')
  .nullish();

export const auditFilterSchema = z.object({
  user: z.string().trim().max(100).nullish(),
  /** An action (`client.update`) or an area (`client`): an area matches all its actions. */
  action: z.string().trim().max(60).nullish(),
  entityId: z.string().trim().max(100).nullish(),
  from: optionalDate,
  to: optionalDate,
  /** Entries before this sequence number (the next page, newest first). */
  beforeSeq: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The audit trail, for the manager's viewer in Settings and the CLI's check. */
export const auditChannels = {
  'audit.list': {
    input: auditFilterSchema,
    output: z.object({ entries: z.array(auditEntrySchema), more: z.boolean(), users: z.array(z.string()), actions: z.array(z.string()) }),
  },
  /** Walks the hash chain: `firstBroken` names the first entry changed, removed or added behind the app's back. */
  'audit.verify': {
    input: z.object({}),
    output: z.object({
      ok: z.boolean(),
      entries: z.number().int(),
      firstBroken: z.object({ seq: z.number().int().nullable(), id: z.string().nullable(), at: z.string().nullable(), reason: z.string() }).nullable(),
    }),
  },
} as const;
