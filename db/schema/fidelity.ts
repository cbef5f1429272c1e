import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

export const FIDELITY_INSTRUMENTS = ['sainsbury_c', 'ips25'] as const;
export type FidelityInstrument = (typeof FIDELITY_INSTRUMENTS)[number];
export const FIDELITY_REVIEW_STATUSES = ['draft', 'final'] as const;
export type FidelityReviewStatus = (typeof FIDELITY_REVIEW_STATUSES)[number];

/** A fidelity self-review (DOMAIN §7). `reviewers` is a JSON array of names. */
export const fidelityReviews = sqliteTable(
  'fidelity_reviews',
  {
    id: uuidPrimaryKey(),
    instrument: text('instrument').$type<FidelityInstrument>().notNull(),
    date: text('date').notNull(),
    reviewers: text('reviewers', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status').$type<FidelityReviewStatus>().notNull(),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [index('fidelity_reviews_instrument_date_idx').on(t.instrument, t.date)],
);

/** One scored item of a review; `score` is blank until the reviewers agree it. */
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
    ...timestamps,
  },
  (t) => [uniqueIndex('fidelity_review_items_review_item_idx').on(t.review_id, t.item_number)],
);

/** The action plan of a review; `item` is the item number it answers, blank for a general action. */
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
    ...timestamps,
  },
  (t) => [index('fidelity_actions_review_id_idx').on(t.review_id)],
);
