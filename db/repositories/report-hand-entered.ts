import { and, eq } from 'drizzle-orm';
import { handEnteredFigures } from '../schema';
import { HAND_ENTERED_ITEMS, NEW_RECRUITS_ITEM, handEnteredItem, type HandEnteredEntry } from '../../shared/sainsbury-a';
import type { Db, WriteDb } from './db';

/**
 * Hand-entered figures (Sainsbury A1–A13 and D7), one row per financial year and item. Percentages go in
 * `value`, statement answers (yes / partly / no) in `text_value`; an item with no value, source or year
 * has no row.
 */

type Row = typeof handEnteredFigures.$inferSelect;

function toEntry(key: string, row: Row | undefined): HandEnteredEntry {
  if (!row) return { key, value: null, source: null, year: null };
  const kind = handEnteredItem(key)?.kind;
  const value = kind === 'statement' ? row.text_value : row.value;
  return { key, value: value ?? null, source: row.source, year: row.source_year };
}

/** Every item of the year, in form order (A1…A13, D7), blank where nothing is entered. */
export function readHandEntered(db: Db, financialYear: string): HandEnteredEntry[] {
  const rows = db.select().from(handEnteredFigures).where(eq(handEnteredFigures.financial_year, financialYear)).all();
  const byKey = new Map(rows.map((r) => [r.item_key, r]));
  return HAND_ENTERED_ITEMS.map((item) => toEntry(item.key, byKey.get(item.key)));
}

/** D7 for the year as a number, or null when not entered. */
export function readNewRecruitsDeclaringMh(db: Db, financialYear: string): number | null {
  const row = db
    .select({ value: handEnteredFigures.value })
    .from(handEnteredFigures)
    .where(and(eq(handEnteredFigures.financial_year, financialYear), eq(handEnteredFigures.item_key, NEW_RECRUITS_ITEM.key)))
    .get();
  return row?.value ?? null;
}

/**
 * Writes the given entries (already validated by handEnteredFiguresSchema); items not given are left as
 * they are. Call inside a transaction so a failure writes nothing.
 */
export function writeHandEntered(db: WriteDb, financialYear: string, entries: readonly HandEnteredEntry[]): void {
  for (const entry of entries) {
    const where = and(eq(handEnteredFigures.financial_year, financialYear), eq(handEnteredFigures.item_key, entry.key));
    if (entry.value === null && entry.source === null && entry.year === null) {
      db.delete(handEnteredFigures).where(where).run();
      continue;
    }
    const statement = handEnteredItem(entry.key)?.kind === 'statement';
    const fields = {
      value: !statement && typeof entry.value === 'number' ? entry.value : null,
      text_value: statement && typeof entry.value === 'string' ? entry.value : null,
      source: entry.source,
      source_year: entry.year,
    };
    db.insert(handEnteredFigures)
      .values({ financial_year: financialYear, item_key: entry.key, ...fields })
      .onConflictDoUpdate({
        target: [handEnteredFigures.financial_year, handEnteredFigures.item_key],
        set: { ...fields, updated_at: new Date().toISOString() },
      })
      .run();
  }
}
