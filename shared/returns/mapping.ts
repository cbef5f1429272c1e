import { z } from 'zod';

/**
 * A saved mapping: which cells of a template get which figure when the template itself does not say so
 * (issue 8 point 1(c)). Keys are `Sheet!A1` (the sheet name quoted when it needs it, as Excel writes it),
 * values the figure text of figure-ref.ts (`job_starts.people`). Bounded so a hostile call stays small.
 */
export const MAPPING_LIMITS = { entries: 5_000, cellText: 300, figureText: 200 } as const;

export const mappingSchema = z
  .record(
    z.string().trim().min(1, 'A mapped cell needs its place, like Return!B4').max(MAPPING_LIMITS.cellText, 'A cell place is too long'),
    z.string().trim().min(1, 'Choose a figure for the cell, or remove it from the mapping').max(MAPPING_LIMITS.figureText, 'A figure name is too long'),
  )
  .refine((m) => Object.keys(m).length <= MAPPING_LIMITS.entries, `A mapping has at most ${MAPPING_LIMITS.entries.toLocaleString('en-GB')} cells`);

export type TemplateMapping = z.infer<typeof mappingSchema>;

/** A stored mapping read back: anything that is not a mapping (a damaged row) reads as none. */
export function storedMapping(value: unknown): TemplateMapping {
  const parsed = mappingSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}
