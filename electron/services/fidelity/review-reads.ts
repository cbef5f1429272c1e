import type { DatabaseReader } from '../../../db/access';
import { countOpenActions, listActions, listOverdueActions } from '../../../db/repositories/fidelity-actions-repository';
import { getReview, listFinalReviews, listReviews } from '../../../db/repositories/fidelity-reviews-repository';
import type { IsoDate } from '../../../shared/dates';
import {
  INSTRUMENT_IDS, compareReviews, instrumentOf, nextReviewDue, reviewDueState, suggestionPeriodOf, summaryOf, type InstrumentId,
  type StoredReview,
} from '../../../shared/fidelity';
import type { InstrumentSchedule, OverdueAction, ReviewDetail, ReviewListRow } from '../../../shared/ipc/fidelity';
import { daysBetween } from '../../../shared/dates';
import { recordNotFound } from '../records/record-errors';
import { runDatabaseFidelitySuggestions } from '../fidelity-suggestions';

/**
 * What the fidelity screens read: the list with totals and bands, when each instrument is next due, one
 * review with everything beside it, and what the home screen flags. Each from one state of the file.
 */

/** When an instrument's next review is due, from its latest final review (DOMAIN §7 and issue 9). */
export function scheduleOf(instrument: InstrumentId, latestFinal: StoredReview | undefined, today: IsoDate): InstrumentSchedule {
  const title = instrumentOf(instrument).shortTitle;
  if (!latestFinal) {
    return {
      instrument,
      title,
      latest_final: null,
      due: null,
      interval_months: null,
      rule: `No final ${title} review yet: the schedule starts from the first one made final.`,
      state: 'never_reviewed',
      days_until_due: null,
    };
  }
  const next = nextReviewDue(latestFinal);
  const { state, daysUntilDue } = reviewDueState(next.due, today);
  return {
    instrument,
    title,
    latest_final: { id: latestFinal.id, review_date: latestFinal.review_date },
    due: next.due,
    interval_months: next.intervalMonths,
    rule: next.rule,
    state,
    days_until_due: daysUntilDue,
  };
}

export function readSchedule(reader: DatabaseReader, today: IsoDate): InstrumentSchedule[] {
  return INSTRUMENT_IDS.map((instrument) => scheduleOf(instrument, listFinalReviews(reader.db, instrument)[0], today));
}

function listRow(review: StoredReview, openActions: number): ReviewListRow {
  const summary = summaryOf(review);
  return {
    id: review.id,
    instrument: review.instrument,
    review_date: review.review_date,
    period: review.period,
    reviewers: review.reviewers,
    kind: review.kind,
    status: review.status,
    total: summary.total,
    max: summary.max,
    scored: summary.scored,
    items: summary.items,
    complete: summary.complete,
    band: summary.band && { key: summary.band.key, label: summary.band.label },
    finalised_at: review.finalised_at,
    finalised_by: review.finalised_by,
    copied_from: review.copied_from,
    updated_at: review.updated_at,
    open_actions: openActions,
  };
}

export function readReviewList(reader: DatabaseReader, today: IsoDate): { today: IsoDate; reviews: ReviewListRow[]; schedule: InstrumentSchedule[] } {
  return reader.raw.snapshot(() => {
    const open = countOpenActions(reader.db);
    return {
      today,
      reviews: listReviews(reader.db).map((r) => listRow(r, open.get(r.id) ?? 0)),
      schedule: readSchedule(reader, today),
    };
  });
}

/**
 * The review a review is compared with: the latest final review of the same instrument dated on or before
 * it (for a final review on the same date, one made final before it), never the review itself.
 */
export function previousReviewOf(reader: DatabaseReader, review: StoredReview): StoredReview | undefined {
  return listFinalReviews(reader.db, review.instrument).find(
    (other) =>
      other.id !== review.id &&
      (other.review_date < review.review_date ||
        (other.review_date === review.review_date && (review.finalised_at === null || (other.finalised_at ?? '') < review.finalised_at))),
  );
}

export function readReview(reader: DatabaseReader, id: string): StoredReview {
  const review = getReview(reader.db, id);
  if (!review) throw recordNotFound('fidelity review');
  return review;
}

export function readReviewDetail(reader: DatabaseReader, id: string): ReviewDetail {
  return reader.raw.snapshot(() => {
    const review = readReview(reader, id);
    const previous = previousReviewOf(reader, review);
    const { period, asOf } = suggestionPeriodOf(review);
    return {
      review,
      summary: summaryOf(review),
      actions: listActions(reader.db, review.id),
      suggestions: runDatabaseFidelitySuggestions(reader, period, asOf),
      previous: previous ? { review: previous, summary: summaryOf(previous), actions: listActions(reader.db, previous.id) } : null,
      comparison: previous ? compareReviews(review, previous) : null,
    };
  });
}

/** The home screen's list: instruments due within 30 days or overdue, and open actions past their due date. */
export function readDue(reader: DatabaseReader, today: IsoDate): { today: IsoDate; reviews: InstrumentSchedule[]; actions: OverdueAction[] } {
  return reader.raw.snapshot(() => {
    const reviews = readSchedule(reader, today).filter((s) => s.state === 'overdue' || s.state === 'due_soon');
    const overdue = listOverdueActions(reader.db, today);
    const reviewsById = new Map<string, StoredReview>();
    for (const action of overdue) {
      if (!reviewsById.has(action.review_id)) reviewsById.set(action.review_id, readReview(reader, action.review_id));
    }
    const actions = overdue.map((action): OverdueAction => {
      const review = reviewsById.get(action.review_id)!;
      return {
        action,
        review: { id: review.id, instrument: review.instrument, review_date: review.review_date, status: review.status },
        days_overdue: daysBetween(action.due_date!, today),
      };
    });
    return { today, reviews, actions };
  });
}
