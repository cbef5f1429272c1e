import type { DatabaseReader } from '../../../db/access';
import type { SainsburyCReview } from '../../../shared/returns';
import { latestFinalSainsburySectionC } from '../fidelity-service';

/**
 * Section C of the Sainsbury Centre return: the item scores and date of the latest final Sainsbury C
 * fidelity review (DOMAIN §7), as the fidelity service reads it; null when none has been finalised, so the
 * return says so ({{sainsbury_c.status}}) and leaves the scores blank. Drafts never count.
 */
export function latestFinalSainsburyC(reader: DatabaseReader): SainsburyCReview | null {
  const review = latestFinalSainsburySectionC(reader);
  if (!review) return null;
  return { date: review.review_date, scores: Object.fromEntries(review.items.map((i) => [i.number, i.score])) };
}
