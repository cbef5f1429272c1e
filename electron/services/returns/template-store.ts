import { audited, changedFields } from '../../../db/audited-write';
import { deleteTemplate, findTemplateBySha256, getTemplate, insertTemplate, setTemplateMapping } from '../../../db/repositories/return-templates';
import type { WriteDb } from '../../../db/access';
import type { TemplateView } from '../../../shared/ipc/returns';
import { figureRefText, parseFigureRef, type TemplateMapping } from '../../../shared/returns';
import type { Caller } from '../../../shared/roles';
import { canonicalSheetCell } from '../../xlsx/template';
import type { ServiceContext } from '../service-context';
import { ServiceError } from '../service-error';
import { scanOrRefuse, templateView } from './template-scan';
import { TEMPLATE_GONE, infoOf, savedTemplate, sha256Hex, type ReturnTemplate } from './template-source';

/**
 * Commissioners' templates kept in the database: loading one (stored once, recognised by its SHA-256
 * thereafter), saving its mapping, removing it. Each change is one audited write.
 */

const MAX_NAME = 120;

/** File names come from another machine's file picker or a command line: no control characters kept. */
export const withoutControlCharacters = (text: string): string => [...text].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');

/** `C:\\Returns\\ICB return Q3.xlsx` → `ICB return Q3`. */
export function templateNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = withoutControlCharacters(base.replace(/\.xlsx$/i, '')).trim();
  return stem === '' ? 'Commissioner’s template' : stem.slice(0, MAX_NAME);
}

const cleanFileName = (fileName: string): string | null => {
  const base = withoutControlCharacters(fileName.split(/[\\/]/).pop() ?? '').trim();
  return base === '' ? null : base;
};

/**
 * Stores a template in a write already open (the CLI's export adds it in the same write as the export), or
 * returns the stored one with the same bytes. The file must already have been scanned.
 */
export function storeTemplate(tx: WriteDb, fileName: string, bytes: Buffer): { template: ReturnTemplate; added: boolean } {
  const sha256 = sha256Hex(bytes);
  const existing = findTemplateBySha256(tx, sha256);
  if (existing) return { template: savedTemplate(existing), added: false };
  const id = insertTemplate(tx, { name: templateNameOf(fileName), file_name: cleanFileName(fileName), file: bytes, sha256 });
  return { template: savedTemplate(getTemplate(tx, id)!), added: true };
}

export const templateRecord = (t: ReturnTemplate) => ({ name: t.name, file_name: t.fileName, sha256: t.sha256, size: t.bytes.length });

/** A workbook from the file picker: refused as a whole, recognised, or stored (one audited write). */
export function loadTemplate(context: ServiceContext, caller: Caller, fileName: string, bytes: Buffer): TemplateView {
  const sha256 = sha256Hex(bytes);
  const known = context.read(({ db }) => findTemplateBySha256(db, sha256));
  if (known) {
    const template = savedTemplate(known);
    return templateView(template, context.read(({ db }) => infoOf(db, template)), true);
  }
  const scan = scanOrRefuse(bytes, {});
  const template = context.write(caller, ({ db }) => {
    const { template: t } = storeTemplate(db, fileName, bytes);
    return audited(t, { action: 'return_template.add', entity: 'return_templates', entity_id: t.ref.id, after: templateRecord(t) });
  });
  return { template: context.read(({ db }) => infoOf(db, template)), recognised: false, mapping: {}, scan };
}

/** Cells and figures written the one way, so the same mapping is always stored the same. Unreadable entries are kept for the scan to name. */
function canonicalMapping(mapping: TemplateMapping): TemplateMapping {
  const out: TemplateMapping = {};
  for (const [cell, figure] of Object.entries(mapping)) {
    const parsed = parseFigureRef(figure);
    out[canonicalSheetCell(cell) ?? cell] = parsed.ok ? figureRefText(parsed.ref) : figure;
  }
  return out;
}

export function saveMapping(context: ServiceContext, caller: Caller, templateId: string, given: TemplateMapping): TemplateView {
  const mapping = canonicalMapping(given);
  const stored = context.read(({ db }) => getTemplate(db, templateId));
  if (!stored) throw new ServiceError('not_found', TEMPLATE_GONE);
  const bad = scanOrRefuse(stored.file, mapping, 0).problems.filter((p) => p.kind === 'bad_mapping');
  if (bad.length > 0) {
    throw new ServiceError('invalid_input', `The mapping has ${bad.length} problem${bad.length === 1 ? '' : 's'}, so it was not saved: ${bad[0]!.message}`, {
      issues: bad.map((p) => ({ path: ['mapping', p.where], message: p.message })),
    });
  }
  const template = context.write(caller, ({ db }) => {
    const before = getTemplate(db, templateId);
    if (!before) throw new ServiceError('not_found', TEMPLATE_GONE);
    setTemplateMapping(db, templateId, mapping);
    const after = savedTemplate(getTemplate(db, templateId)!);
    return audited(after, { action: 'return_template.mapping', entity: 'return_templates', entity_id: templateId, ...changedFields(before.mapping, mapping) });
  });
  return templateView(template, context.read(({ db }) => infoOf(db, template)), true);
}

export function removeTemplate(context: ServiceContext, caller: Caller, templateId: string): { deleted: true } {
  return context.write(caller, ({ db }) => {
    const before = getTemplate(db, templateId);
    if (!before || !deleteTemplate(db, templateId)) throw new ServiceError('not_found', TEMPLATE_GONE);
    const t = savedTemplate(before);
    return audited({ deleted: true as const }, { action: 'return_template.delete', entity: 'return_templates', entity_id: templateId, before: { ...templateRecord(t), mapping: t.mapping } });
  });
}
