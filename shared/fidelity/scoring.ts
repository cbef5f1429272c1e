import type { FidelityItem, FidelityItemId, InstrumentId, Ips25Section, ScoreBand } from './instrument-types';
import { instrumentOf, totalRange } from './instruments';
import type { Ips25BandKey } from './ips25';

/**
 * Totals, section subtotals, bands and the comparison of two reviews. Pure: they read only the item scores
 * and the instrument definitions. A draft may have items not yet scored: its total is the sum so far,
 * `complete` says whether every item is scored, and a band (or a change between reviews) is given only
 * for a complete total, because a band of a partial sum would mislead.
 */

/** What scoring reads from a review (FidelityReview has it). Items missing from the list are unscored. */
export type ScoredReview = {
  instrument: InstrumentId;
  items: readonly { item: FidelityItemId; score: number | null }[];
};

export type SectionSummary = {
  section: Ips25Section;
  title: string;
  subtotal: number;
  max: number;
  scored: number;
  items: number;
  complete: boolean;
};

export type ScoreSummary = {
  instrument: InstrumentId;
  /** Sum of the scored items. */
  total: number;
  /** Lowest and highest possible totals. */
  min: number;
  max: number;
  scored: number;
  items: number;
  complete: boolean;
  /** IPS-25 only; Sainsbury has none. */
  sections: SectionSummary[];
  /** The band of a complete total; null while items are unscored or when the instrument has no bands. */
  band: ScoreBand | null;
  /** Items with no score, in instrument order (for the "cannot make final" message). */
  unscored: FidelityItem[];
};

/** Scores by item id, checking each belongs to the instrument and lies within its item's range. */
function scoresOf(review: ScoredReview): Map<FidelityItemId, number> {
  const instrument = instrumentOf(review.instrument);
  const scores = new Map<FidelityItemId, number>();
  for (const { item: id, score } of review.items) {
    const item = instrument.items.find((i) => i.id === id);
    if (!item) throw new RangeError(`Item ${id} is not part of ${instrument.shortTitle}`);
    if (score === null) continue;
    if (!Number.isInteger(score) || score < item.min || score > item.max) {
      throw new RangeError(`Item ${id}: score ${score} is outside ${item.min} to ${item.max}`);
    }
    scores.set(id, score);
  }
  return scores;
}

/** Band of a complete total; null for an instrument without bands. Throws for a total it cannot have. */
export function bandOf(instrumentId: InstrumentId, total: number): ScoreBand | null {
  const instrument = instrumentOf(instrumentId);
  const range = totalRange(instrument);
  if (!Number.isInteger(total) || total < range.min || total > range.max) {
    throw new RangeError(`A ${instrument.shortTitle} total must be a whole number from ${range.min} to ${range.max} (got ${total})`);
  }
  return instrument.bands.find((b) => total >= b.min && total <= b.max) ?? null;
}

/** IPS-25 band key of a total 25..125: 115+ exemplary, 100–114 good, 74–99 fair, ≤ 73 not IPS. */
export function ips25Band(total: number): Ips25BandKey {
  return (bandOf('ips25', total) as ScoreBand<Ips25BandKey>).key;
}

export function unscoredItems(review: ScoredReview): FidelityItem[] {
  const scores = scoresOf(review);
  return instrumentOf(review.instrument).items.filter((i) => !scores.has(i.id));
}

export function scoreSummary(review: ScoredReview): ScoreSummary {
  const instrument = instrumentOf(review.instrument);
  const scores = scoresOf(review);
  const sum = (items: readonly FidelityItem[]) => items.reduce((s, i) => s + (scores.get(i.id) ?? 0), 0);
  const sections = instrument.sections.map((section): SectionSummary => {
    const items = instrument.items.filter((i) => i.section === section.id);
    const scored = items.filter((i) => scores.has(i.id)).length;
    return {
      section: section.id,
      title: section.title,
      subtotal: sum(items),
      max: items.reduce((s, i) => s + i.max, 0),
      scored,
      items: items.length,
      complete: scored === items.length,
    };
  });
  const unscored = instrument.items.filter((i) => !scores.has(i.id));
  const total = sum(instrument.items);
  const complete = unscored.length === 0;
  return {
    instrument: instrument.id,
    total,
    ...totalRange(instrument),
    scored: scores.size,
    items: instrument.items.length,
    complete,
    sections,
    band: complete ? bandOf(instrument.id, total) : null,
    unscored,
  };
}

export type Change = { current: number | null; previous: number | null; change: number | null };
export type BandChange = { current: ScoreBand | null; previous: ScoreBand | null; direction: 'up' | 'down' | 'same' | null };

export type ReviewComparison = {
  instrument: InstrumentId;
  items: (Change & { item: FidelityItemId })[];
  sections: (Change & { section: Ips25Section })[];
  total: Change;
  band: BandChange;
};

const change = (current: number | null, previous: number | null): Change => ({
  current,
  previous,
  change: current === null || previous === null ? null : current - previous,
});

/**
 * Item by item, section and total changes from `previous` to `current` (same instrument). A section or
 * total counts only when complete in that review, so a change is never computed from a partial sum.
 */
export function compareReviews(current: ScoredReview, previous: ScoredReview): ReviewComparison {
  if (current.instrument !== previous.instrument) {
    throw new RangeError(`Only reviews of the same instrument can be compared (${current.instrument} and ${previous.instrument})`);
  }
  const instrument = instrumentOf(current.instrument);
  const [now, before] = [scoresOf(current), scoresOf(previous)];
  const [nowSummary, beforeSummary] = [scoreSummary(current), scoreSummary(previous)];
  const sections = instrument.sections.map((s, i) => {
    const [a, b] = [nowSummary.sections[i]!, beforeSummary.sections[i]!];
    return { section: s.id, ...change(a.complete ? a.subtotal : null, b.complete ? b.subtotal : null) };
  });
  const rank = (band: ScoreBand | null) => (band ? instrument.bands.findIndex((b) => b.key === band.key) : -1);
  const [bandNow, bandBefore] = [nowSummary.band, beforeSummary.band];
  // Bands are listed best first, so a lower index is a better band.
  const direction =
    bandNow === null || bandBefore === null ? null : rank(bandNow) < rank(bandBefore) ? 'up' : rank(bandNow) > rank(bandBefore) ? 'down' : 'same';
  return {
    instrument: instrument.id,
    items: instrument.items.map((i) => ({ item: i.id, ...change(now.get(i.id) ?? null, before.get(i.id) ?? null) })),
    sections,
    total: change(nowSummary.complete ? nowSummary.total : null, beforeSummary.complete ? beforeSummary.total : null),
    band: { current: bandNow, previous: bandBefore, direction },
  };
}
