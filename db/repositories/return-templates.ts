import { asc, desc, eq } from 'drizzle-orm';
import { storedMapping, type TemplateMapping } from '../../shared/returns';
import { returnTemplates } from '../schema';
import type { Db, WriteDb } from './db';

/**
 * Commissioners' templates loaded on the Returns screen (or by the CLI): the bytes as loaded, their
 * SHA-256 (the same file loaded again is the same template, with its saved mapping) and the mapping.
 */
export type TemplateSummary = {
  id: string;
  name: string;
  file_name: string | null;
  sha256: string | null;
  size: number | null;
  mapping: TemplateMapping;
  created_at: string;
  updated_at: string;
};

export type StoredTemplate = TemplateSummary & { file: Buffer };

const summaryColumns = {
  id: returnTemplates.id,
  name: returnTemplates.name,
  file_name: returnTemplates.file_name,
  sha256: returnTemplates.sha256,
  size: returnTemplates.size,
  mapping: returnTemplates.mapping,
  created_at: returnTemplates.created_at,
  updated_at: returnTemplates.updated_at,
};

type Row = typeof returnTemplates.$inferSelect;

function stored(row: Row): StoredTemplate {
  return {
    id: row.id,
    name: row.name,
    file_name: row.file_name,
    sha256: row.sha256,
    size: row.size ?? row.file.length,
    mapping: storedMapping(row.mapping),
    created_at: row.created_at,
    updated_at: row.updated_at,
    file: row.file,
  };
}

/** Every saved template without its bytes, most recently loaded or changed first. */
export function listTemplates(db: Db): TemplateSummary[] {
  return db
    .select(summaryColumns)
    .from(returnTemplates)
    .orderBy(desc(returnTemplates.updated_at), asc(returnTemplates.name), asc(returnTemplates.id))
    .all()
    .map((row) => ({ ...row, mapping: storedMapping(row.mapping) }));
}

export function getTemplate(db: Db, id: string): StoredTemplate | undefined {
  const row = db.select().from(returnTemplates).where(eq(returnTemplates.id, id)).get();
  return row && stored(row);
}

export function findTemplateBySha256(db: Db, sha256: string): StoredTemplate | undefined {
  const row = db.select().from(returnTemplates).where(eq(returnTemplates.sha256, sha256)).get();
  return row && stored(row);
}

export type NewTemplate = { name: string; file_name: string | null; file: Buffer; sha256: string; mapping?: TemplateMapping };

/** Stores a template (its SHA-256 must be new: the column is unique). Returns its id. */
export function insertTemplate(tx: WriteDb, template: NewTemplate): string {
  const row = tx
    .insert(returnTemplates)
    .values({ ...template, size: template.file.length, mapping: template.mapping ?? {} })
    .returning({ id: returnTemplates.id })
    .get();
  return row.id;
}

export function setTemplateMapping(tx: WriteDb, id: string, mapping: TemplateMapping): void {
  tx.update(returnTemplates).set({ mapping }).where(eq(returnTemplates.id, id)).run();
}

/** Removes a template; its exports stay in the history (their template id becomes blank). */
export function deleteTemplate(tx: WriteDb, id: string): boolean {
  return tx.delete(returnTemplates).where(eq(returnTemplates.id, id)).run().changes > 0;
}
