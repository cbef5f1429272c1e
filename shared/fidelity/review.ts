import { z } from 'zod';
import { codes } from '../codes';
import type { IsoDate } from '../dates';
import { optionalDate, optionalText, requiredCode, requiredDate, requiredText, yesNo } from '../records/fields';
import { instrumentIdSchema, type FidelityItemId, type InstrumentId } from './instrument-types';
import { fidelityItem, fidelityItemIdSchema, instrumentOf, isFidelityItemId, itemLabel } from './instruments';
import { defaultReviewPeriod } from './schedule';
import { unscoredItems } from './scoring';

/**
 * What a fidelity review holds (DOMAIN §7, issue 9): the single source for the IPC contract and the
 * database layer. Input may leave out defaults (period, kind, status, sources, flags, actions); the parsed
 * review always has them. A review lists every item of its instrument exactly once, scored or not.
 */

export const REVIEW_KIND = codes({ self: 'Self-review', external: 'External review' });
export const REVIEW_STATUS = codes({ draft: 'Draft', final: 'Final' });
export const EVIDENCE_SOURCE = codes({ records: 'Records', interviews: 'Interviews', observation: 'Observation', documents: 'Documents' });
export const ACTION_STATUS = codes({ not_started: 'Not started', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' });

export type ReviewKind = (typeof REVIEW_KIND.values)[number];
export type ReviewStatus = (typeof REVIEW_STATUS.values)[number];
export type EvidenceSource = (typeof EVIDENCE_SOURCE.values)[number];
export type ActionStatus = (typeof ACTION_STATUS.values)[number];

export const MAX_REVIEWERS = 20;
export const MAX_ACTIONS = 200;
export const MAX_PROGRESS_NOTES = 200;
export const EVIDENCE_NOTE_MAX = 4000;

/** Listed once each, in the code list's order, whatever order they were ticked in. */
function orderedUnique<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  const set = new Set(values);
  return order.filter((v) => set.has(v));
}

/**
 * The suggestion shown when the score was chosen, kept with the score so a later reader sees what the data
 * said then (the figure moves as records are corrected). A suggestion is never saved as a score.
 */
export const suggestionSnapshotSchema = z.object({
  score: z.number({ error: 'Suggested score must be a number' }).int('Suggested score must be a whole number').nullable(),
  figure: z.number({ error: 'Suggestion figure must be a number' }).refine(Number.isFinite, 'Suggestion figure must be a number').nullable(),
});
export type SuggestionSnapshot = z.infer<typeof suggestionSnapshotSchema>;

export const reviewItemSchema = z
  .object({
    item: fidelityItemIdSchema,
    /** Null (or absent) = not scored yet. */
    score: z
      .number({ error: 'Score must be a number' })
      .nullish()
      .transform((v) => v ?? null),
    evidence: optionalText('Evidence note', EVIDENCE_NOTE_MAX),
    sources: z
      .array(requiredCode(EVIDENCE_SOURCE, 'Evidence source'))
      .max(EVIDENCE_SOURCE.values.length * 2, 'Too many evidence sources')
      .default([])
      .transform((v) => orderedUnique(v, EVIDENCE_SOURCE.values)),
    /** The reviewers found too little evidence to be sure of the score (a score is still needed to make the review final). */
    not_enough_evidence: yesNo('Not enough evidence'),
    suggestion: suggestionSnapshotSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((r, ctx) => {
    if (r.score === null || !isFidelityItemId(r.item)) return;
    const item = fidelityItem(r.item);
    if (!Number.isInteger(r.score) || r.score < item.min || r.score > item.max) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `${itemLabel(item)}: score must be a whole number from ${item.min} to ${item.max}` });
    }
  });
export type ReviewItemInput = z.input<typeof reviewItemSchema>;
export type ReviewItem = z.output<typeof reviewItemSchema>;

export const progressNoteSchema = z.object({
  date: requiredDate('Progress note date'),
  note: requiredText('Progress note', 2000),
});
export type ProgressNote = z.output<typeof progressNoteSchema>;

export const fidelityActionSchema = z.object({
  /** The items this action answers: one or more, of the review's instrument. */
  items: z
    .array(fidelityItemIdSchema)
    .min(1, 'An action must answer at least one item')
    .max(40, 'An action can answer at most 40 items')
    .transform((ids) => [...new Set(ids)]),
  action: requiredText('Action', 1000),
  owner: optionalText('Owner', 100),
  due_date: optionalDate('Due date'),
  status: requiredCode(ACTION_STATUS, 'Action status').default('not_started'),
  /** Dated notes of what has happened, oldest first. */
  progress: z
    .array(progressNoteSchema)
    .max(MAX_PROGRESS_NOTES, `An action can hold at most ${MAX_PROGRESS_NOTES} progress notes`)
    .default([])
    .transform((notes) => [...notes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
});
export type FidelityActionInput = z.input<typeof fidelityActionSchema>;
export type FidelityAction = z.output<typeof fidelityActionSchema>;

export const reviewPeriodSchema = z
  .object({ start: requiredDate('Period start'), end: requiredDate('Period end') })
  .refine((p) => p.start <= p.end, { message: 'Period start must be on or before the period end', path: ['end'] });

const reviewFieldsSchema = z.object({
  instrument: instrumentIdSchema,
  review_date: requiredDate('Review date'),
  /** The period the evidence covers; absent = the 12 months up to the review date. */
  period: reviewPeriodSchema.nullish(),
  reviewers: z
    .array(requiredText('Reviewer name', 100))
    .max(MAX_REVIEWERS, `A review can name at most ${MAX_REVIEWERS} reviewers`)
    .default([]),
  kind: requiredCode(REVIEW_KIND, 'Review kind').default('self'),
  status: requiredCode(REVIEW_STATUS, 'Review status').default('draft'),
  notes: optionalText('Notes', EVIDENCE_NOTE_MAX),
  items: z.array(reviewItemSchema).max(50, 'Too many items for one review: each item of the instrument is listed once'),
  actions: z.array(fidelityActionSchema).max(MAX_ACTIONS, `A review can hold at most ${MAX_ACTIONS} actions`).default([]),
});

/**
 * Why a review cannot be made final, as messages a person can act on; empty when it can. Final needs every
 * item scored (named in the message) and at least one reviewer.
 */
export function finaliseProblems(review: { instrument: InstrumentId; reviewers: readonly string[]; items: readonly { item: FidelityItemId; score: number | null }[] }): string[] {
  const problems: string[] = [];
  const unscored = unscoredItems(review);
  if (unscored.length > 0) {
    const names = unscored.map(itemLabel).join(', ');
    problems.push(
      unscored.length === 1
        ? `This review cannot be made final: ${names} is not scored.`
        : `This review cannot be made final: ${unscored.length} items are not scored: ${names}.`,
    );
  }
  if (review.reviewers.length === 0) problems.push('This review cannot be made final: name at least one reviewer.');
  return problems;
}

export const fidelityReviewSchema = reviewFieldsSchema
  .superRefine((r, ctx) => {
    const instrument = instrumentOf(r.instrument);
    const seen = new Set<string>();
    r.items.forEach((entry, i) => {
      const item = fidelityItem(entry.item);
      if (item.instrument !== r.instrument) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'item'], message: `${entry.item} is not an item of ${instrument.shortTitle}` });
      } else if (seen.has(entry.item)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'item'], message: `${itemLabel(item)} is listed twice` });
      }
      seen.add(entry.item);
    });
    const missing = instrument.items.filter((i) => !seen.has(i.id));
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: `The review is missing ${missing.map(itemLabel).join(', ')}` });
    }
    r.actions.forEach((action, a) => {
      action.items.forEach((id, i) => {
        if (fidelityItem(id).instrument !== r.instrument) {
          ctx.addIssue({ code: 'custom', path: ['actions', a, 'items', i], message: `${id} is not an item of ${instrument.shortTitle}` });
        }
      });
    });
    if (r.status === 'final' && missing.length === 0) {
      for (const message of finaliseProblems(r)) ctx.addIssue({ code: 'custom', path: ['status'], message });
    }
  })
  .transform((r) => {
    const order = instrumentOf(r.instrument).items.map((i) => i.id);
    const items = [...r.items].sort((a, b) => order.indexOf(a.item) - order.indexOf(b.item));
    return { ...r, period: r.period ?? defaultReviewPeriod(r.review_date), items };
  });
export type FidelityReviewInput = z.input<typeof fidelityReviewSchema>;
export type FidelityReview = z.output<typeof fidelityReviewSchema>;

/** A new draft: every item of the instrument unscored, the default period, no actions. */
export function newReviewDraft(instrument: InstrumentId, reviewDate: IsoDate, reviewers: readonly string[] = []): FidelityReview {
  return fidelityReviewSchema.parse({
    instrument,
    review_date: reviewDate,
    reviewers: [...reviewers],
    items: instrumentOf(instrument).items.map((i) => ({ item: i.id, score: null })),
  });
}
