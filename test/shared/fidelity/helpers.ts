import { INSTRUMENTS, type InstrumentId, type ScoredReview } from '../../../shared/fidelity';

/** A review of `instrument` with the given scores in item order (null = unscored); missing scores are null. */
export function scored(instrument: InstrumentId, scores: readonly (number | null)[]): ScoredReview {
  return { instrument, items: INSTRUMENTS[instrument].items.map((item, i) => ({ item: item.id, score: scores[i] ?? null })) };
}

/** IPS-25 scores adding up to `total` (25..125): every item 1, then items raised one by one to 5 in order. */
export function ips25WithTotal(total: number): ScoredReview {
  const scores = Array<number>(25).fill(1);
  let left = total - 25;
  for (let i = 0; left > 0; i++) {
    const add = Math.min(4, left);
    scores[i] = 1 + add;
    left -= add;
  }
  return scored('ips25', scores);
}
