import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

/**
 * Fidelity reviews (DOMAIN §7, issue 9), in the shape shared/fidelity/review.ts describes. The first three
 * tables date from migration 0000; columns added later are nullable or have a default, so an older file
 * migrates without loss. Items are stored by their number within the review's instrument (`ips25:15` is
 * item_number 15 of an `ips25` review).
 */

export const FIDELITY_INSTRUMENTS = ['sainsbury_c', 'ips25'] as const;
export type FidelityInstrument = (typeof FIDELITY_INSTRUMENTS)[number];
export const FIDELITY_REVIEW_STATUSES = ['draft', 'final'] as const;
export type FidelityReviewStatus = (typeof FIDELITY_REVIEW_STATUSES)[number];

/** A review. `date` is the review date; `reviewers` a JSON array of names. */
export const fidelityReviews = sqliteTable(
  'fidelity_reviews',
  {
    id: uuidPrimaryKey(),
    instrument: text('instrument').$type<FidelityInstrument>().notNull(),
    date: text('date').notNull(),
    reviewers: text('reviewers', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status').$type<FidelityReviewStatus>().notNull(),
    notes: text('notes'),
    /** The period the evidence covers; blank (rows from before 0005) = the 12 months up to `date`. */
    period_start: text('period_start'),
    period_end: text('period_end'),
    /** `self` or `external`. */
    kind: text('kind').notNull().default('self'),
    /** Who made the review final, and when (ISO 8601 UTC); blank for a draft. */
    finalised_at: text('finalised_at'),
    finalised_by: text('finalised_by'),
    /** The final review this draft was copied from, if any (kept when that review is deleted: no foreign key). */
    copied_from: text('copied_from'),
    ...timestamps,
  },
  (t) => [index('fidelity_reviews_instrument_date_idx').on(t.instrument, t.date)],
);

/** One item of a review; `score` is blank until the reviewers agree it. */
export const fidelityReviewItems = sqliteTable(
  'fidelity_review_items',
  {
    id: uuidPrimaryKey(),
    review_id: text('review_id')
      .notNull()
      .references(() => fidelityReviews.id, { onDelete: 'cascade' }),
    item_number: integer('item_number').notNull(),
    score: integer('score'),
    evidence: text('evidence'),
    /** JSON array of evidence source codes (records, interviews, observation, documents). */
    sources: text('sources', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** `yes` when the reviewers found too little evidence to be sure of the score. */
    not_enough_evidence: text('not_enough_evidence').$type<'yes' | 'no'>().notNull().default('no'),
    /** The data's suggestion when the score was chosen: `{ score, figure }`; blank when none was kept. */
    suggestion: text('suggestion', { mode: 'json' }).$type<{ score: number | null; figure: number | null }>(),
    ...timestamps,
  },
  (t) => [uniqueIndex('fidelity_review_items_review_item_idx').on(t.review_id, t.item_number)],
);

/**
 * The action plan of a review. `item` (one item number) is the 0000 shape and is no longer written: the
 * items an action answers are in fidelity_action_items (migration 0005 copied any `item` there).
 */
export const fidelityActions = sqliteTable(
  'fidelity_actions',
  {
    id: uuidPrimaryKey(),
    review_id: text('review_id')
      .notNull()
      .references(() => fidelityReviews.id, { onDelete: 'cascade' }),
    item: integer('item'),
    action: text('action').notNull(),
    owner: text('owner'),
    due_date: text('due_date'),
    status: text('status').notNull(),
    /** Order within the plan (1, 2, …), so the plan reads as it was written. */
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('fidelity_actions_review_id_idx').on(t.review_id)],
);

/** The items (numbers within the review's instrument) an action answers: one or more. */
export const fidelityActionItems = sqliteTable(
  'fidelity_action_items',
  {
    action_id: text('action_id')
      .notNull()
      .references(() => fidelityActions.id, { onDelete: 'cascade' }),
    item_number: integer('item_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.action_id, t.item_number] })],
);

/** Dated notes of what has happened on an action. */
export const fidelityActionProgress = sqliteTable(
  'fidelity_action_progress',
  {
    id: uuidPrimaryKey(),
    action_id: text('action_id')
      .notNull()
      .references(() => fidelityActions.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    note: text('note').notNull(),
    ...timestamps,
  },
  (t) => [index('fidelity_action_progress_action_id_idx').on(t.action_id)],
);

