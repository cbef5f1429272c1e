import { z } from 'zod';
import {
  EVIDENCE_NOTE_MAX, EVIDENCE_SOURCE, MAX_REVIEWERS, REVIEW_KIND, fidelityActionSchema, fidelityItemIdSchema,
  fidelitySuggestionsSchema, instrumentIdSchema, progressNoteSchema, reviewComparisonSchema, reviewPeriodSchema, reviewSummarySchema,
  storedActionSchema, storedReviewItemSchema, storedReviewSchema,
} from '../fidelity';
import { optionalDate, optionalText, requiredCode, requiredDate, requiredText } from '../records/fields';
import { idSchema } from './records';

/**
 * Fidelity reviews (DOMAIN §7, issue 9): the list with totals, bands and when each instrument is next due;
 * one review with the data's suggestions for its period and the previous review beside it; drafts saved a
 * field at a time; finalising; copying a final review; the action plan with progress notes; the printable
 * report. A final review's scores, evidence and details are locked; its action plan stays open, because
 * the plan is carried out after the review (status and progress notes change until the next one).
 */

const reviewersSchema = z.array(requiredText('Reviewer name', 100)).max(MAX_REVIEWERS, `A review can name at most ${MAX_REVIEWERS} reviewers`);
const kindSchema = requiredCode(REVIEW_KIND, 'Review kind');
const reviewDateSchema = optionalDate('Review date');

export const reviewListRowSchema = z.object({
  id: idSchema,
  instrument: instrumentIdSchema,
  review_date: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  reviewers: z.array(z.string()),
  kind: z.enum(REVIEW_KIND.values),
  status: z.enum(['draft', 'final']),
  total: z.number(),
  max: z.number(),
  scored: z.number(),
  items: z.number(),
  complete: z.boolean(),
  band: z.object({ key: z.string(), label: z.string() }).nullable(),
  finalised_at: z.string().nullable(),
  finalised_by: z.string().nullable(),
  copied_from: idSchema.nullable(),
  updated_at: z.string(),
  /** Actions not started or in progress. */
  open_actions: z.number(),
});
export type ReviewListRow = z.infer<typeof reviewListRowSchema>;

/** When an instrument's next review is due: from its latest final review (none yet: `never_reviewed`). */
export const instrumentScheduleSchema = z.object({
  instrument: instrumentIdSchema,
  title: z.string(),
  latest_final: z.object({ id: idSchema, review_date: z.string() }).nullable(),
  due: z.string().nullable(),
  interval_months: z.number().nullable(),
  rule: z.string(),
  state: z.enum(['overdue', 'due_soon', 'not_due', 'never_reviewed']),
  /** Negative when overdue; null when never reviewed. */
  days_until_due: z.number().nullable(),
});
export type InstrumentSchedule = z.infer<typeof instrumentScheduleSchema>;

export const overdueActionSchema = z.object({
  action: storedActionSchema,
  review: z.object({ id: idSchema, instrument: instrumentIdSchema, review_date: z.string(), status: z.enum(['draft', 'final']) }),
  days_overdue: z.number(),
});
export type OverdueAction = z.infer<typeof overdueActionSchema>;

const reviewWithSummary = z.object({ review: storedReviewSchema, summary: reviewSummarySchema });

export const reviewDetailSchema = z.object({
  review: storedReviewSchema,
  summary: reviewSummarySchema,
  actions: z.array(storedActionSchema),
  /** Every DOMAIN §7 suggestion for the review's period as of its review date, computed now from the records. */
  suggestions: fidelitySuggestionsSchema,
  /** The latest final review of the same instrument before this one, with its action plan (were they achieved?). */
  previous: z.object({ review: storedReviewSchema, summary: reviewSummarySchema, actions: z.array(storedActionSchema) }).nullable(),
  /** This review beside the previous one; null when there is none. */
  comparison: reviewComparisonSchema.nullable(),
});
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;

/** An action's fields as the form edits them (progress notes are added one at a time). */
export const actionFieldsSchema = fidelityActionSchema.omit({ progress: true });

const byId = z.object({ id: idSchema });
const deleted = z.object({ deleted: z.literal(true) });
const actionOutput = z.object({ action: storedActionSchema });

export const fidelityChannels = {
  /** Every review, newest review date first, and each instrument's next due date. */
  'fidelity.list': {
    input: z.object({}),
    output: z.object({ today: z.string(), reviews: z.array(reviewListRowSchema), schedule: z.array(instrumentScheduleSchema) }),
  },
  /** One review with its totals, action plan, live suggestions and the previous review of the instrument. */
  'fidelity.get': { input: byId, output: reviewDetailSchema },
  /** A new draft with every item unscored. Review date: today if blank; period: the 12 months up to it if blank. */
  'fidelity.create': {
    input: z.object({
      instrument: instrumentIdSchema,
      review_date: reviewDateSchema,
      period: reviewPeriodSchema.nullish(),
      reviewers: reviewersSchema.default([]),
      kind: kindSchema.default('self'),
      notes: optionalText('Notes', EVIDENCE_NOTE_MAX),
    }),
    output: byId,
  },
  /**
   * Changes a draft's details; only the fields given change. `period: null` goes back to the default (the
   * 12 months up to the review date). Refused for a final review.
   */
  'fidelity.saveDetails': {
    input: z.object({
      id: idSchema,
      review_date: requiredDate('Review date').optional(),
      period: reviewPeriodSchema.nullable().optional(),
      reviewers: reviewersSchema.optional(),
      kind: kindSchema.optional(),
      notes: optionalText('Notes', EVIDENCE_NOTE_MAX).optional(),
    }),
    output: reviewWithSummary,
  },
  /**
   * Saves one item of a draft as the form goes: only the fields given change. A score (not null) of an
   * item with a data suggestion keeps that suggestion as it is now ({ score, figure }) beside the score;
   * clearing the score clears it. `acceptSuggestion: true` scores the item with the suggestion (refused when
   * the data gives none); never give it with `score`. Refused for a final review.
   */
  'fidelity.saveItem': {
    input: z.object({
      id: idSchema,
      item: fidelityItemIdSchema,
      score: z.number({ error: 'Score must be a number' }).nullable().optional(),
      evidence: optionalText('Evidence note', EVIDENCE_NOTE_MAX).optional(),
      sources: z
        .array(requiredCode(EVIDENCE_SOURCE, 'Evidence source'))
        .max(EVIDENCE_SOURCE.values.length * 2, 'Too many evidence sources')
        .optional(),
      not_enough_evidence: z.boolean({ error: 'Not enough evidence must be yes or no' }).optional(),
      acceptSuggestion: z.boolean().optional(),
    }),
    output: z.object({ item: storedReviewItemSchema, summary: reviewSummarySchema, updated_at: z.string() }),
  },
  /** Makes a draft final (manager). Refused, naming them, while any item is unscored or no reviewer is named. */
  'fidelity.finalise': { input: byId, output: reviewWithSummary },
  /** A new draft from a final review (manager): its scores, evidence, reviewers and kind; not its actions. */
  'fidelity.copy': { input: z.object({ id: idSchema, review_date: reviewDateSchema }), output: byId },
  /** Deletes a draft with its actions. Refused for a final review. */
  'fidelity.deleteDraft': { input: byId, output: deleted },
  /** For the home screen: instruments due within 30 days or overdue, and overdue open actions. */
  'fidelity.due': {
    input: z.object({}),
    output: z.object({ today: z.string(), reviews: z.array(instrumentScheduleSchema), actions: z.array(overdueActionSchema) }),
  },
  /** The printable A4 report of a review as one self-contained HTML document (print it, or save it as PDF). */
  'fidelity.reportHtml': { input: byId, output: z.object({ html: z.string(), title: z.string(), fileName: z.string() }) },
  /**
   * The same report printed to an A4 PDF by the app's Chromium (tagged, with a document outline from its
   * headings), base64, for the renderer to save like any other download.
   */
  'fidelity.reportPdf': { input: byId, output: z.object({ fileName: z.string(), base64: z.string() }) },
  /** The scores of a review as an xlsx workbook, base64. */
  'fidelity.scoresWorkbook': { input: byId, output: z.object({ fileName: z.string(), base64: z.string() }) },
  /** Adds an action to a review's plan (no `id`) or replaces one's fields (`id`; its progress notes stay). Allowed on final reviews too. */
  'fidelity.saveAction': {
    input: z.object({ review_id: idSchema, id: idSchema.nullish(), action: actionFieldsSchema }),
    output: actionOutput,
  },
  /** Deletes an action of a draft; on a final review mark it dropped instead (the plan is on record). */
  'fidelity.deleteAction': { input: byId, output: deleted },
  /** Adds a dated progress note to an action. */
  'fidelity.addProgressNote': { input: z.object({ action_id: idSchema, note: progressNoteSchema }), output: actionOutput },
  /** Deletes a progress note (one added by mistake). */
  'fidelity.deleteProgressNote': { input: byId, output: actionOutput },
} as const;
