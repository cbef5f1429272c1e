import { fidelityItem, itemLabel } from './instruments';
import { EVIDENCE_SOURCE, type EvidenceSource, type SuggestionSnapshot } from './review';
import type { StoredReviewItem } from './stored-review';

/**
 * One save of one item of a draft, as the form saves as it goes: only the fields given change. The data's
 * suggestion is kept beside a score when the score is chosen (issue 9: "the review keeps the figure as it
 * was when the score was chosen"), taken from the live suggestion at that moment, never from the form, so
 * what is kept is what the data said. A score saved again unchanged keeps the suggestion it was chosen
 * with; clearing the score clears it. A suggestion is never saved as a score unless the reviewer accepts it.
 */
export interface ItemChange {
  score?: number | null;
  evidence?: string | null;
  sources?: readonly EvidenceSource[];
  not_enough_evidence?: boolean;
  /** Score the item with the live suggestion (one click). */
  acceptSuggestion?: boolean;
}

export type ItemChangeResult = { ok: true; item: StoredReviewItem } | { ok: false; field: keyof ItemChange; message: string };

/**
 * `live`: the item's suggestion now, for the review's period as of its review date (`{ score: null, … }` when
 * the data gives none this time); null for an item DOMAIN §7 gives no rule for.
 */
export function applyItemChange(current: StoredReviewItem, change: ItemChange, live: SuggestionSnapshot | null): ItemChangeResult {
  const item = fidelityItem(current.item);
  const label = itemLabel(item);
  if (change.acceptSuggestion && change.score !== undefined) {
    return { ok: false, field: 'acceptSuggestion', message: `${label}: give a score or accept the suggestion, not both` };
  }
  let score = current.score;
  let suggestion = current.suggestion;
  if (change.acceptSuggestion) {
    if (live === null) return { ok: false, field: 'acceptSuggestion', message: `${label} has no suggestion from the data` };
    if (live.score === null) {
      return { ok: false, field: 'acceptSuggestion', message: `${label}: the data gives no suggestion for this review’s period, so there is nothing to accept` };
    }
    score = live.score;
    suggestion = { score: live.score, figure: live.figure };
  } else if (change.score !== undefined) {
    const next = change.score;
    if (next !== null && (!Number.isInteger(next) || next < item.min || next > item.max)) {
      return { ok: false, field: 'score', message: `${label}: score must be a whole number from ${item.min} to ${item.max}` };
    }
    if (next === null) suggestion = null;
    else if (next !== current.score) suggestion = live === null ? null : { score: live.score, figure: live.figure };
    score = next;
  }
  const sources = change.sources === undefined ? current.sources : EVIDENCE_SOURCE.values.filter((s) => change.sources!.includes(s));
  return {
    ok: true,
    item: {
      item: current.item,
      score,
      evidence: change.evidence === undefined ? current.evidence : change.evidence,
      sources,
      not_enough_evidence: change.not_enough_evidence ?? current.not_enough_evidence,
      suggestion,
    },
  };
}
