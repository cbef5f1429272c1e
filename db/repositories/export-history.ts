import { desc, eq, max } from 'drizzle-orm';
import { storedMapping, type TemplateMapping } from '../../shared/returns';
import { exportHistory } from '../schema';
import type { Db, WriteDb } from './db';

/**
 * The history of returns exported (issue 8 point 5): period, as-of date, template, time, user, whether
 * client rows were identifiable, the output's file name and SHA-256, the mapping used and the figures
 * written, so an export can be explained and repeated later.
 */
export type ExportRecord = {
  id: string;
  /** When it was exported (ISO time, UTC). */
  created_at: string;
  user: string | null;
  /** As typed: `2025-26`, `2025-26-Q3` or `2025-04-01..2025-09-30`. */
  period: string;
  period_start: string;
  period_end: string;
  as_of: string;
  template_id: string | null;
  builtin_id: string | null;
  template_name: string | null;
  template_sha256: string | null;
  identifiable: boolean;
  file_name: string;
  output_sha256: string | null;
  repeat_of: string | null;
};

export type ExportDetail = ExportRecord & { mapping: TemplateMapping; figures: unknown };

export type NewExport = Omit<ExportRecord, 'id'> & { mapping: TemplateMapping; figures: unknown };

const recordColumns = {
  id: exportHistory.id,
  created_at: exportHistory.created_at,
  user: exportHistory.user,
  period: exportHistory.period,
  period_start: exportHistory.period_start,
  period_end: exportHistory.period_end,
  as_of: exportHistory.as_of,
  template_id: exportHistory.template_id,
  builtin_id: exportHistory.builtin_id,
  template_name: exportHistory.template_name,
  template_sha256: exportHistory.template_sha256,
  identifiable: exportHistory.identifiable,
  file_name: exportHistory.file_name,
  output_sha256: exportHistory.output_sha256,
  repeat_of: exportHistory.repeat_of,
};

export function insertExport(tx: WriteDb, record: NewExport): string {
  return tx.insert(exportHistory).values({ ...record, updated_at: record.created_at }).returning({ id: exportHistory.id }).get().id;
}

/** The latest exports first (at most `limit`). */
export function listExports(db: Db, limit: number): ExportRecord[] {
  return db.select(recordColumns).from(exportHistory).orderBy(desc(exportHistory.created_at), desc(exportHistory.id)).limit(limit).all();
}

export function getExport(db: Db, id: string): ExportDetail | undefined {
  const row = db
    .select({ ...recordColumns, mapping: exportHistory.mapping, figures: exportHistory.figures })
    .from(exportHistory)
    .where(eq(exportHistory.id, id))
    .get();
  return row && { ...row, mapping: storedMapping(row.mapping) };
}

/** When each template (saved, by id; built-in, by id) was last exported, as ISO times. */
export function lastExportTimes(db: Db): { saved: Map<string, string>; builtIn: Map<string, string> } {
  const latest = (column: typeof exportHistory.template_id | typeof exportHistory.builtin_id) =>
    new Map(
      db
        .select({ id: column, at: max(exportHistory.created_at) })
        .from(exportHistory)
        .groupBy(column)
        .all()
        .flatMap((r) => (r.id && r.at ? [[r.id, r.at] as const] : [])),
    );
  return { saved: latest(exportHistory.template_id), builtIn: latest(exportHistory.builtin_id) };
}
