import { z } from 'zod';
import { IPS25_SECTIONS, instrumentIdSchema } from './instrument-types';
import { fidelityItemIdSchema } from './instruments';
import { ACTION_STATUS, EVIDENCE_SOURCE, REVIEW_KIND, REVIEW_STATUS, suggestionSnapshotSchema, type ActionStatus } from './review';
import { scoreSummary, type ScoredReview } from './scoring';

/**
 * Reviews and actions as they are kept and sent to the screens: review.ts's fields with the record ids and
 * the facts of the record itself (who made it final and when, what it was copied from). Plain shapes with
 * no defaults or transforms: they describe what the database layer returns and the IPC contract checks.
 */

const recordId = z.string();
const isoDate = z.string();
const timestamp = z.string();

export const storedReviewItemSchema = z.object({
  item: fidelityItemIdSchema,
  score: z.number().int().nullable(),
  evidence: z.string().nullable(),
  sources: z.array(z.enum(EVIDENCE_SOURCE.values)),
  not_enough_evidence: z.boolean(),
  /** The data's suggestion when the score was chosen (kept with the score; null when none was kept). */
  suggestion: suggestionSnapshotSchema.nullable(),
});
export type StoredReviewItem = z.infer<typeof storedReviewItemSchema>;

export const storedReviewSchema = z.object({
  id: recordId,
  instrument: instrumentIdSchema,
  review_date: isoDate,
  period: z.object({ start: isoDate, end: isoDate }),
  reviewers: z.array(z.string()),
  kind: z.enum(REVIEW_KIND.values),
  status: z.enum(REVIEW_STATUS.values),
  notes: z.string().nullable(),
  /** Every item of the instrument once, in instrument order. */
  items: z.array(storedReviewItemSchema),
  /** ISO 8601 time and user name of the finalise; null for a draft. */
  finalised_at: timestamp.nullable(),
  finalised_by: z.string().nullable(),
  /** The final review this one was copied from. */
  copied_from: recordId.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type StoredReview = z.infer<typeof storedReviewSchema>;

export const storedProgressNoteSchema = z.object({ id: recordId, date: isoDate, note: z.string() });
export type StoredProgressNote = z.infer<typeof storedProgressNoteSchema>;

export const storedActionSchema = z.object({
  id: recordId,
  review_id: recordId,
  /** 1, 2, … in the order the plan was written. */
  position: z.number().int(),
  items: z.array(fidelityItemIdSchema),
  action: z.string(),
  owner: z.string().nullable(),
  due_date: isoDate.nullable(),
  status: z.enum(ACTION_STATUS.values),
  /** Oldest first. */
  progress: z.array(storedProgressNoteSchema),
});
export type StoredAction = z.infer<typeof storedActionSchema>;

export const scoreBandSchema = z.object({ key: z.string(), label: z.string(), min: z.number(), max: z.number() });

export const reviewSummarySchema = z.object({
  total: z.number(),
  min: z.number(),
  max: z.number(),
  scored: z.number(),
  items: z.number(),
  complete: z.boolean(),
  /** The band of a complete total (IPS-25); null while items are unscored and for Sainsbury section C. */
  band: scoreBandSchema.nullable(),
  sections: z.array(
    z.object({
      section: z.enum(IPS25_SECTIONS),
      title: z.string(),
      subtotal: z.number(),
      max: z.number(),
      scored: z.number(),
      items: z.number(),
      complete: z.boolean(),
    }),
  ),
  unscored: z.array(fidelityItemIdSchema),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

/** scoreSummary with the unscored items as ids (what the screens and the contract carry). */
export function summaryOf(review: ScoredReview): ReviewSummary {
  const { instrument: _instrument, unscored, ...rest } = scoreSummary(review);
  return { ...rest, unscored: unscored.map((i) => i.id) };
}

const change = { current: z.number().nullable(), previous: z.number().nullable(), change: z.number().nullable() };

export const reviewComparisonSchema = z.object({
  instrument: instrumentIdSchema,
  items: z.array(z.object({ item: fidelityItemIdSchema, ...change })),
  sections: z.array(z.object({ section: z.enum(IPS25_SECTIONS), ...change })),
  total: z.object(change),
  band: z.object({
    current: scoreBandSchema.nullable(),
    previous: scoreBandSchema.nullable(),
    direction: z.enum(['up', 'down', 'same']).nullable(),
  }),
});


/** Whether an action of an earlier review was achieved, as the next review shows it. */
export const ACTION_OUTCOME = { done: 'Achieved', dropped: 'Dropped, not achieved', in_progress: 'Not yet achieved (in progress)', not_started: 'Not achieved (not started)' } as const satisfies Record<ActionStatus, string>;

/** Still to do: an action not started or in progress. */
export function isOpenAction(status: ActionStatus): boolean {
  return status === 'not_started' || status === 'in_progress';
}
