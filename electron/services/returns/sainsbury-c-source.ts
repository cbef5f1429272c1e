import type { DatabaseReader } from '../../../db/access';
import type { SainsburyCReview } from '../../../shared/returns';

/**
 * Section C of the Sainsbury Centre return comes from the latest final Sainsbury C fidelity review
 * (DOMAIN §7). Fidelity review storage is being built separately; until its reader is on main there is no
 * finalised review to read, so every return says so ({{sainsbury_c.status}}) and leaves the scores blank.
 * This is the one place to point at that reader.
 */
export function latestFinalSainsburyC(_reader: DatabaseReader): SainsburyCReview | null {
  return null;
}
