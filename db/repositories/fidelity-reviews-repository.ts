import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  defaultReviewPeriod, instrumentOf, type EvidenceSource, type FidelityItemId, type InstrumentId, type ReviewKind, type StoredReview,
  type StoredReviewItem, type SuggestionSnapshot,
} from '../../shared/fidelity';
import { fidelityReviewItems, fidelityReviews } from '../schema';
import type { Db, WriteDb } from './db';

/**
 * Fidelity reviews and their items (DOMAIN §7). An item is stored by its number within the review's
 * instrument; a review read back always lists every item of its instrument once, in order (an item with
 * no row reads as unscored).
 */

type ReviewRow = typeof fidelityReviews.$inferSelect;
type ItemRow = typeof fidelityReviewItems.$inferSelect;

/** The number of `ips25:15` within its instrument (15). */
export function itemNumberOf(item: FidelityItemId): number {
  return Number(item.slice(item.indexOf(':') + 1));
}

function toItem(id: FidelityItemId, row: ItemRow | undefined): StoredReviewItem {
  return {
    item: id,
    score: row?.score ?? null,
    evidence: row?.evidence ?? null,
    sources: (row?.sources ?? []) as EvidenceSource[],
    not_enough_evidence: row?.not_enough_evidence === 'yes',
    suggestion: row?.suggestion ?? null,
  };
}

function toReview(row: ReviewRow, itemRows: readonly ItemRow[]): StoredReview {
  const byNumber = new Map(itemRows.map((r) => [r.item_number, r]));
  return {
    id: row.id,
    instrument: row.instrument,
    review_date: row.date,
    period: row.period_start && row.period_end ? { start: row.period_start, end: row.period_end } : defaultReviewPeriod(row.date),
    reviewers: row.reviewers,
    kind: row.kind as ReviewKind,
    status: row.status,
    notes: row.notes,
    items: instrumentOf(row.instrument).items.map((item) => toItem(item.id, byNumber.get(item.number))),
    finalised_at: row.finalised_at,
    finalised_by: row.finalised_by,
    copied_from: row.copied_from,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function withItems(db: Db, rows: readonly ReviewRow[]): StoredReview[] {
  if (rows.length === 0) return [];
  const items = db.select().from(fidelityReviewItems).where(inArray(fidelityReviewItems.review_id, rows.map((r) => r.id))).all();
  const byReview = new Map<string, ItemRow[]>();
  for (const item of items) {
    const list = byReview.get(item.review_id);
    if (list) list.push(item);
    else byReview.set(item.review_id, [item]);
  }
  return rows.map((row) => toReview(row, byReview.get(row.id) ?? []));
}

export function getReview(db: Db, id: string): StoredReview | undefined {
  const row = db.select().from(fidelityReviews).where(eq(fidelityReviews.id, id)).get();
  return row && withItems(db, [row])[0];
}

/** Every review, newest review date first (then the most recently created). */
export function listReviews(db: Db): StoredReview[] {
  const rows = db.select().from(fidelityReviews).orderBy(desc(fidelityReviews.date), desc(fidelityReviews.created_at), desc(fidelityReviews.id)).all();
  return withItems(db, rows);
}

/** Final reviews of an instrument, newest review date first (then the most recently finalised). */
export function listFinalReviews(db: Db, instrument: InstrumentId): StoredReview[] {
  const rows = db
    .select()
    .from(fidelityReviews)
    .where(and(eq(fidelityReviews.instrument, instrument), eq(fidelityReviews.status, 'final')))
    .orderBy(desc(fidelityReviews.date), desc(fidelityReviews.finalised_at), desc(fidelityReviews.id))
    .all();
  return withItems(db, rows);
}

/** What a new review is made of: its details and every item (scored or not). */
export interface NewReview {
  instrument: InstrumentId;
  review_date: string;
  period: { start: string; end: string };
  reviewers: string[];
  kind: ReviewKind;
  notes: string | null;
  items: readonly StoredReviewItem[];
  copied_from: string | null;
}

export function insertReview(db: WriteDb, review: NewReview): string {
  const id = randomUUID();
  db.insert(fidelityReviews)
    .values({
      id,
      instrument: review.instrument,
      date: review.review_date,
      period_start: review.period.start,
      period_end: review.period.end,
      reviewers: review.reviewers,
      kind: review.kind,
      status: 'draft',
      notes: review.notes,
      copied_from: review.copied_from,
    })
    .run();
  db.insert(fidelityReviewItems)
    .values(review.items.map((item) => ({ review_id: id, item_number: itemNumberOf(item.item), ...itemValues(item) })))
    .run();
  return id;
}

export type ReviewDetailsChange = Partial<{
  review_date: string;
  period: { start: string; end: string };
  reviewers: string[];
  kind: ReviewKind;
  notes: string | null;
}>;

export function updateReviewDetails(db: WriteDb, id: string, change: ReviewDetailsChange): void {
  db.update(fidelityReviews)
    .set({
      ...(change.review_date !== undefined ? { date: change.review_date } : {}),
      ...(change.period !== undefined ? { period_start: change.period.start, period_end: change.period.end } : {}),
      ...(change.reviewers !== undefined ? { reviewers: change.reviewers } : {}),
      ...(change.kind !== undefined ? { kind: change.kind } : {}),
      ...(change.notes !== undefined ? { notes: change.notes } : {}),
    })
    .where(eq(fidelityReviews.id, id))
    .run();
}

function itemValues(item: Omit<StoredReviewItem, 'item'>) {
  return {
    score: item.score,
    evidence: item.evidence,
    sources: item.sources,
    not_enough_evidence: item.not_enough_evidence ? ('yes' as const) : ('no' as const),
    suggestion: item.suggestion satisfies SuggestionSnapshot | null,
  };
}

/** Writes one item of a review as a whole (insert or replace), and touches the review's updated_at. */
export function saveReviewItem(db: WriteDb, reviewId: string, item: StoredReviewItem): void {
  const values = itemValues(item);
  db.insert(fidelityReviewItems)
    .values({ review_id: reviewId, item_number: itemNumberOf(item.item), ...values })
    .onConflictDoUpdate({
      target: [fidelityReviewItems.review_id, fidelityReviewItems.item_number],
      set: { ...values, updated_at: new Date().toISOString() },
    })
    .run();
  touchReview(db, reviewId);
}

/** Marks a review as changed now (a change to one of its items or actions is a change to the review). */
export function touchReview(db: WriteDb, id: string): void {
  db.update(fidelityReviews).set({ updated_at: new Date().toISOString() }).where(eq(fidelityReviews.id, id)).run();
}

export function markReviewFinal(db: WriteDb, id: string, at: string, by: string | null): void {
  db.update(fidelityReviews).set({ status: 'final', finalised_at: at, finalised_by: by }).where(eq(fidelityReviews.id, id)).run();
}

/** Deletes a review; its items and actions go with it (foreign keys cascade). */
export function deleteReview(db: WriteDb, id: string): boolean {
  return db.delete(fidelityReviews).where(eq(fidelityReviews.id, id)).run().changes > 0;
}
