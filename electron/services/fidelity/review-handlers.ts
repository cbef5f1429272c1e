import { audited, changedFields } from '../../../db/audited-write';
import type { WriteDb } from '../../../db/repositories/db';
import {
  deleteReview, getReview, insertReview, markReviewFinal, saveReviewItem, updateReviewDetails, type ReviewDetailsChange,
} from '../../../db/repositories/fidelity-reviews-repository';
import { listActions } from '../../../db/repositories/fidelity-actions-repository';
import {
  applyItemChange, defaultReviewPeriod, finaliseProblems, instrumentOf, itemLabel, suggestedItemIdSchema,
  suggestionPeriodOf, summaryOf, unscoredItems, type StoredReview,
} from '../../../shared/fidelity';
import type { Handlers } from '../../../shared/ipc/contract';
import type { FieldIssue } from '../../../shared/ipc/result';
import { runDatabaseFidelitySuggestions } from '../fidelity-suggestions';
import { conflictAt, invalidField, recordNotFound } from '../records/record-errors';
import { ServiceError } from '../service-error';
import type { ServiceContext } from '../service-context';

type ReviewWriteChannel =
  | 'fidelity.create'
  | 'fidelity.saveDetails'
  | 'fidelity.saveItem'
  | 'fidelity.finalise'
  | 'fidelity.copy'
  | 'fidelity.deleteDraft';

/** A review's own fields, as audit entries record them. */
function details(review: Pick<StoredReview, 'instrument' | 'review_date' | 'period' | 'reviewers' | 'kind' | 'notes'>) {
  return { instrument: review.instrument, review_date: review.review_date, period: review.period, reviewers: review.reviewers, kind: review.kind, notes: review.notes };
}

function existing(tx: WriteDb, id: string): StoredReview {
  const review = getReview(tx, id);
  if (!review) throw recordNotFound('fidelity review');
  return review;
}

/** Drafts may change; a final review is what was reported and stays as it was made final. */
function draftOnly(review: StoredReview): StoredReview {
  if (review.status === 'final') {
    throw new ServiceError(
      'conflict',
      `This ${instrumentOf(review.instrument).shortTitle} review is final and cannot be changed. A manager can copy it into a new draft.`,
    );
  }
  return review;
}

/**
 * Creating, changing, finalising, copying and deleting reviews. Each is one audited write; a refusal writes
 * nothing. Finalising and copying are the manager's (shared/ipc/access.ts).
 */
export function createReviewWriteHandlers(context: ServiceContext): Pick<Handlers, ReviewWriteChannel> {
  return {
    'fidelity.create': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const reviewDate = input.review_date ?? context.today();
        const review = {
          instrument: input.instrument,
          review_date: reviewDate,
          period: input.period ?? defaultReviewPeriod(reviewDate),
          reviewers: input.reviewers,
          kind: input.kind,
          notes: input.notes,
        };
        const items = instrumentOf(input.instrument).items.map((i) => ({
          item: i.id, score: null, evidence: null, sources: [], not_enough_evidence: false, suggestion: null,
        }));
        const id = insertReview(tx, { ...review, items, copied_from: null });
        return audited({ id }, { action: 'fidelity_review.create', entity: 'fidelity_review', entity_id: id, before: null, after: { ...details(review), status: 'draft' } });
      }),

    'fidelity.saveDetails': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const before = draftOnly(existing(tx, input.id));
        const reviewDate = input.review_date ?? before.review_date;
        // A period left at its default (the 12 months up to the review date) follows the review date.
        const followsDate = JSON.stringify(before.period) === JSON.stringify(defaultReviewPeriod(before.review_date));
        const period =
          input.period === null || (input.period === undefined && followsDate) ? defaultReviewPeriod(reviewDate) : (input.period ?? before.period);
        const change: ReviewDetailsChange = {
          review_date: reviewDate,
          period,
          ...(input.reviewers !== undefined ? { reviewers: input.reviewers } : {}),
          ...(input.kind !== undefined ? { kind: input.kind } : {}),
          ...(input.notes !== undefined ? { notes: input.notes } : {}),
        };
        updateReviewDetails(tx, input.id, change);
        const review = existing(tx, input.id);
        return audited(
          { review, summary: summaryOf(review) },
          { action: 'fidelity_review.update', entity: 'fidelity_review', entity_id: input.id, ...changedFields(details(before), details(review)) },
        );
      }),

    'fidelity.saveItem': (input, caller) => {
      // The live suggestion is read first, in the same synchronous call, so nothing can change in between.
      const live = context.read((reader) => {
        const review = getReview(reader.db, input.id);
        const suggested = suggestedItemIdSchema.safeParse(input.item);
        if (!review || !suggested.success) return null;
        // Only a new score (or accepting the suggestion) keeps a suggestion beside it.
        const current = review.items.find((i) => i.item === input.item);
        if (!input.acceptSuggestion && (input.score === undefined || input.score === current?.score)) return null;
        const { period, asOf } = suggestionPeriodOf(review);
        const { score, figure } = runDatabaseFidelitySuggestions(reader, period, asOf).suggestions[suggested.data]!;
        return { score, figure };
      });
      return context.write(caller, ({ db: tx }) => {
        const review = draftOnly(existing(tx, input.id));
        const current = review.items.find((i) => i.item === input.item);
        if (!current) throw invalidField(['item'], `${input.item} is not an item of ${instrumentOf(review.instrument).shortTitle}`);
        const changed = applyItemChange(current, input, live);
        if (!changed.ok) throw invalidField([changed.field], changed.message);
        saveReviewItem(tx, review.id, changed.item);
        const after = existing(tx, review.id);
        const { item: _before, ...beforeFields } = current;
        const { item: _after, ...afterFields } = changed.item;
        return audited(
          { item: changed.item, summary: summaryOf(after), updated_at: after.updated_at },
          { action: 'fidelity_review.item_update', entity: 'fidelity_review', entity_id: review.id, ...changedFields(beforeFields, afterFields), details: { item: input.item } },
        );
      });
    },

    'fidelity.finalise': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const before = draftOnly(existing(tx, input.id));
        const problems = finaliseProblems(before);
        if (problems.length > 0) {
          const issues: FieldIssue[] = unscoredItems(before).map((i) => ({ path: ['items', i.id, 'score'], message: `${itemLabel(i)} is not scored` }));
          if (before.reviewers.length === 0) issues.push({ path: ['reviewers'], message: 'Name at least one reviewer' });
          throw new ServiceError('invalid_input', problems.join(' '), { issues });
        }
        const at = new Date().toISOString();
        markReviewFinal(tx, input.id, at, caller.user);
        const review = existing(tx, input.id);
        const summary = summaryOf(review);
        return audited(
          { review, summary },
          {
            action: 'fidelity_review.finalise',
            entity: 'fidelity_review',
            entity_id: input.id,
            before: { status: 'draft' },
            after: { status: 'final', finalised_at: at, finalised_by: caller.user },
            details: { instrument: review.instrument, review_date: review.review_date, total: summary.total, band: summary.band?.key ?? null },
          },
        );
      }),

    'fidelity.copy': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const source = existing(tx, input.id);
        if (source.status !== 'final') {
          throw conflictAt(['id'], 'Only a final review can be copied into a new draft; this one is still a draft: carry on with it instead.');
        }
        const reviewDate = input.review_date ?? context.today();
        const review = { ...details(source), review_date: reviewDate, period: defaultReviewPeriod(reviewDate), notes: null };
        const id = insertReview(tx, { ...review, items: source.items, copied_from: source.id });
        return audited(
          { id },
          {
            action: 'fidelity_review.copy',
            entity: 'fidelity_review',
            entity_id: id,
            before: null,
            after: { ...details(review), status: 'draft', copied_from: source.id, items: source.items },
          },
        );
      }),

    'fidelity.deleteDraft': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const before = draftOnly(existing(tx, input.id));
        const actions = listActions(tx, input.id);
        if (!deleteReview(tx, input.id)) throw recordNotFound('fidelity review');
        return audited(
          { deleted: true as const },
          { action: 'fidelity_review.delete', entity: 'fidelity_review', entity_id: input.id, before: { ...details(before), status: before.status, items: before.items, actions }, after: null },
        );
      }),
  };
}

