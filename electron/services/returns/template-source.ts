import { createHash } from 'node:crypto';
import type { Db } from '../../../db/repositories/db';
import { lastExportTimes } from '../../../db/repositories/export-history';
import { getTemplate, listTemplates, type StoredTemplate, type TemplateSummary } from '../../../db/repositories/return-templates';
import type { TemplateInfo, TemplateRef } from '../../../shared/ipc/returns';
import type { TemplateMapping } from '../../../shared/returns';
import { BUILT_IN_RETURNS, builtInReturn, type BuiltInReturn } from '../../xlsx/return-templates';
import { builtInTemplateBytes } from '../../xlsx/return-templates/files';
import { ServiceError } from '../service-error';

/** A template ready to fill: a built-in return or a saved commissioner's template, with its bytes and mapping. */
export type ReturnTemplate = {
  ref: TemplateRef;
  name: string;
  fileName: string | null;
  bytes: Buffer;
  sha256: string;
  mapping: TemplateMapping;
  builtIn: BuiltInReturn | null;
  createdAt: string | null;
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

// The committed files do not change while the app runs: read (and hash) each once.
const builtInCache = new Map<string, { bytes: Buffer; sha256: string }>();

export function builtInTemplate(built: BuiltInReturn): ReturnTemplate {
  let file = builtInCache.get(built.id);
  if (!file) {
    const bytes = builtInTemplateBytes(built);
    builtInCache.set(built.id, (file = { bytes, sha256: sha256Hex(bytes) }));
  }
  return { ref: { kind: 'builtin', id: built.id }, name: built.title, fileName: built.file, ...file, mapping: {}, builtIn: built, createdAt: null };
}

export function savedTemplate(stored: StoredTemplate): ReturnTemplate {
  return {
    ref: { kind: 'saved', id: stored.id },
    name: stored.name,
    fileName: stored.file_name,
    bytes: stored.file,
    // Rows written before 0006 had no hash: computed from the bytes, the same answer.
    sha256: stored.sha256 ?? sha256Hex(stored.file),
    mapping: stored.mapping,
    builtIn: null,
    createdAt: stored.created_at,
  };
}

export const TEMPLATE_GONE = 'That template is no longer saved: it may have been removed. Reload the list of templates.';

/** The template a ref names, or `not_found`. */
export function readTemplate(db: Db, ref: TemplateRef): ReturnTemplate {
  if (ref.kind === 'builtin') {
    const built = builtInReturn(ref.id);
    if (!built) throw new ServiceError('not_found', `There is no built-in return "${ref.id}".`);
    return builtInTemplate(built);
  }
  const stored = getTemplate(db, ref.id);
  if (!stored) throw new ServiceError('not_found', TEMPLATE_GONE);
  return savedTemplate(stored);
}

export function templateInfo(template: Pick<ReturnTemplate, 'ref' | 'name' | 'fileName' | 'sha256' | 'mapping' | 'createdAt'> & { size: number }, lastExportAt: string | null): TemplateInfo {
  return {
    ref: template.ref,
    name: template.name,
    fileName: template.fileName,
    sha256: template.sha256,
    size: template.size,
    mappedCells: Object.keys(template.mapping).length,
    createdAt: template.createdAt,
    lastExportAt,
  };
}

export function infoOf(db: Db, template: ReturnTemplate): TemplateInfo {
  const last = lastExportTimes(db);
  const at = template.ref.kind === 'builtin' ? last.builtIn.get(template.ref.id) : last.saved.get(template.ref.id);
  return templateInfo({ ...template, size: template.bytes.length }, at ?? null);
}

/** Every built-in return and saved template for the Returns screen, without bytes. */
export function listReturnTemplates(db: Db): { builtIns: Array<TemplateInfo & { clientLevel: boolean }>; saved: TemplateInfo[] } {
  const last = lastExportTimes(db);
  const summary = (s: TemplateSummary) =>
    templateInfo(
      { ref: { kind: 'saved', id: s.id }, name: s.name, fileName: s.file_name, sha256: s.sha256 ?? '', mapping: s.mapping, createdAt: s.created_at, size: s.size ?? 0 },
      last.saved.get(s.id) ?? null,
    );
  return {
    builtIns: BUILT_IN_RETURNS.map((built) => {
      const t = builtInTemplate(built);
      return { ...templateInfo({ ...t, size: t.bytes.length }, last.builtIn.get(built.id) ?? null), clientLevel: built.clientLevel };
    }),
    saved: listTemplates(db).map(summary),
  };
}
