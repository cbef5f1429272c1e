import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, uuidPrimaryKey, yesNo } from './columns';

/**
 * A commissioner's xlsx template, kept byte for byte (so an export can be repeated), with the saved cell
 * mapping (JSON `Sheet!A1` → figure text). `sha256` of the bytes recognises the same template when it is
 * loaded again; added in 0006, so blank only in rows no version of the app ever wrote.
 */
export const returnTemplates = sqliteTable(
  'return_templates',
  {
    id: uuidPrimaryKey(),
    name: text('name').notNull(),
    file_name: text('file_name'),
    file: blob('file', { mode: 'buffer' }).notNull(),
    mapping: text('mapping', { mode: 'json' }).$type<unknown>().notNull(),
    sha256: text('sha256'),
    size: integer('size'),
    ...timestamps,
  },
  (t) => [uniqueIndex('return_templates_sha256_idx').on(t.sha256)],
);

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
    // Added in 0006. The template by name and content, so history reads well after the template is gone
    // and a repeat finds the same bytes; `builtin_id` when it was a built-in return.
    template_name: text('template_name'),
    template_sha256: text('template_sha256'),
    builtin_id: text('builtin_id'),
    /** The mapping the export used (JSON `Sheet!A1` → figure text), so a repeat fills the same cells. */
    mapping: text('mapping', { mode: 'json' }).$type<unknown>(),
    /** Who exported; `created_at` is when. */
    user: text('user'),
    identifiable: yesNo('identifiable').notNull().default(sql`'no'`),
    output_sha256: text('output_sha256'),
    /** The export this one repeated, if any. */
    repeat_of: text('repeat_of'),
    ...timestamps,
  },
  (t) => [index('export_history_template_id_idx').on(t.template_id), index('export_history_created_at_idx').on(t.created_at)],
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
