import { z } from 'zod';

const nameUseSchema = z.object({ name: z.string(), clients: z.number().int(), contacts: z.number().int() });

/**
 * Names typed before the pick-lists (or brought in by an import) that are on no list: specialists not on the
 * staff list, teams not in Settings › Teams. A one-step merge renames one spelling everywhere.
 */
export const nameChannels = {
  'names.unlisted': {
    input: z.object({}),
    output: z.object({ specialists: z.array(nameUseSchema), teams: z.array(nameUseSchema) }),
  },
  'names.merge': {
    input: z.object({
      kind: z.enum(['specialist', 'team']),
      /** A stored spelling, exactly as names.unlisted gives it. */
      from: z.string().min(1).max(200),
      /** A name on the list (staff or teams). */
      into: z.string().trim().min(1, 'Choose the name to merge into').max(200),
    }),
    output: z.object({ clients: z.number().int(), contacts: z.number().int() }),
  },
} as const;
