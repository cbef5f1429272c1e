import type { DatabaseReader } from '../../../db/access';
import { listFinalReviews } from '../../../db/repositories/fidelity-reviews-repository';
import { fidelityItem, summaryOf, type SainsburyItemId } from '../../../shared/fidelity';

/**
 * Section C of the Sainsbury Centre KPI return (DOMAIN §4.6: "section C is the fidelity self-review"):
 * the latest final Sainsbury review's item scores, total and review date, for the returns filler. Drafts
 * never count: a return reports what was agreed.
 */
export interface SainsburySectionC {
  review_id: string;
  review_date: string;
  period: { start: string; end: string };
  reviewers: string[];
  /** Item 1–8 in order, each with its score (a final review has every item scored). */
  items: { item: SainsburyItemId; number: number; title: string; score: number; max: number }[];
  total: number;
  max: number;
}

/** Null when there is no final Sainsbury section C review yet. */
export function latestFinalSainsburySectionC(reader: DatabaseReader): SainsburySectionC | null {
  const review = listFinalReviews(reader.db, 'sainsbury_c')[0];
  if (!review) return null;
  const summary = summaryOf(review);
  return {
    review_id: review.id,
    review_date: review.review_date,
    period: review.period,
    reviewers: review.reviewers,
    items: review.items.map((entry) => {
      const item = fidelityItem(entry.item);
      // A final review cannot have an unscored item (finalising refuses); 0 would be a wrong figure, so say so.
      if (entry.score === null) throw new Error(`Final Sainsbury review ${review.id} has ${entry.item} unscored`);
      return { item: entry.item as SainsburyItemId, number: item.number, title: item.title, score: entry.score, max: item.max };
    }),
    total: summary.total,
    max: summary.max,
  };
}
