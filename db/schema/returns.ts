import { blob, index, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey } from './columns';

/** A commissioner's xlsx template, kept byte for byte, with the saved cell mapping (JSON). */
export const returnTemplates = sqliteTable('return_templates', {
  id: uuidPrimaryKey(),
  name: text('name').notNull(),
  file_name: text('file_name'),
  file: blob('file', { mode: 'buffer' }).notNull(),
  mapping: text('mapping', { mode: 'json' }).$type<unknown>().notNull(),
  ...timestamps,
});

/**
 * Every return exported: which template, which period and as-of date, and the figures written, so a past
 * return can be explained later even if the data has changed. History outlives a deleted template.
 */
export const exportHistory = sqliteTable(
  'export_history',
  {
    id: uuidPrimaryKey(),
    template_id: text('template_id').references(() => returnTemplates.id, { onDelete: 'set null' }),
    /** Named period (`2025-26`, `2025-26-Q1`) or `custom`. */
    period: text('period').notNull(),
    period_start: text('period_start').notNull(),
    period_end: text('period_end').notNull(),
    as_of: text('as_of').notNull(),
    file_name: text('file_name').notNull(),
    figures: text('figures', { mode: 'json' }).$type<unknown>().notNull(),
    ...timestamps,
  },
  (t) => [index('export_history_template_id_idx').on(t.template_id)],
);

/** Figures entered by hand for a financial year (Sainsbury section A, `new_recruits_declaring_mh`), with their source and its year. */
export const handEnteredFigures = sqliteTable(
  'hand_entered_figures',
  {
    id: uuidPrimaryKey(),
    financial_year: text('financial_year').notNull(),
    item_key: text('item_key').notNull(),
    /** Numeric items (percentages, counts). */
    value: real('value'),
    /** Statement items (Sainsbury A11–A13): `yes`, `partly` or `no`. */
    text_value: text('text_value'),
    source: text('source'),
    /** The year the source figure relates to, as the source names it (e.g. `2024`, `Jan–Dec 2024`). */
    source_year: text('source_year'),
    ...timestamps,
  },
  (t) => [uniqueIndex('hand_entered_figures_year_item_idx').on(t.financial_year, t.item_key)],
);
