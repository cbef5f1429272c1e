import { audited } from '../../../db/audited-write';
import { findTemplateBySha256 } from '../../../db/repositories/return-templates';
import { insertExport } from '../../../db/repositories/export-history';
import { ensurePseudonymSecret } from '../../../db/repositories/pseudonym-secret';
import type { IsoDate } from '../../../shared/dates';
import type { TemplateMapping } from '../../../shared/returns';
import type { Caller } from '../../../shared/roles';
import type { FilledClientRows } from '../../xlsx/template';
import { periodOrRefuse } from '../report-service';
import type { ServiceContext } from '../service-context';
import { ServiceError } from '../service-error';
import { fillReturn, gatherFor, returnNotes, type ReturnRequest } from './return-fill';
import { checkTemplate, fillRefusal } from './template-scan';
import { savedTemplate, sha256Hex, type ReturnTemplate } from './template-source';
import { storeTemplate, templateRecord, withoutControlCharacters } from './template-store';

/**
 * Exporting a return: the template filled from the database for a period and as-of date, and the history
 * row (period, as-of, template, time, user, identifiable, output SHA-256) written in the same audited write
 * as the figures are read, so the history says exactly what was exported. A template that cannot be filled
 * is refused before anything is read or written, naming each cell.
 */
export type ExportSpec = {
  /** A template already stored (or built in), or a file from the command line, stored with the export when new. */
  template: { kind: 'ready'; template: ReturnTemplate } | { kind: 'file'; fileName: string; bytes: Buffer };
  /** Default: the template's saved mapping. */
  mapping?: TemplateMapping;
  periodText: string;
  asOf: IsoDate;
  identifiable: boolean;
  repeatOf?: string;
  /**
   * Hands the workbook over (the CLI writes its file) inside the write, before the history row is kept: if it
   * throws, the export is not recorded.
   */
  deliver?: (file: { fileName: string; bytes: Buffer }) => void;
};

export type ExportOutcome = {
  historyId: string;
  fileName: string;
  bytes: Buffer;
  sha256: string;
  warnings: string[];
  template: ReturnTemplate;
  filledCells: number;
  clientRows: FilledClientRows[];
};

export const IDENTIFIABLE_NEEDS_MANAGER =
  'Only a manager can export client rows with names, NHS numbers and dates of birth. Export the pseudonymised return, or ask your manager.';

// Characters Windows refuses in file names.
const UNSAFE = /[<>:"/\\|?*]+/g;

/** `ICB return Q3-2025-26.xlsx`, `client-level-extract-2025-04-01-to-2025-09-30-identifiable.xlsx` */
export function exportFileName(template: ReturnTemplate, periodText: string, identifiable: boolean): string {
  const stem = withoutControlCharacters(template.fileName ?? template.name).replace(/\.xlsx$/i, '').replace(UNSAFE, '-').replace(/\s+/g, ' ').trim().slice(0, 80) || 'return';
  const period = withoutControlCharacters(periodText.trim()).replace(/\s*\.\.\s*/, '-to-').replace(UNSAFE, '-');
  return `${stem}-${period}${identifiable ? '-identifiable' : ''}.xlsx`;
}

/** The template a spec names, if stored (or built in) already; a command-line file is stored with the export. */
function knownTemplate(context: ServiceContext, spec: ExportSpec): ReturnTemplate | null {
  if (spec.template.kind === 'ready') return spec.template.template;
  const sha256 = sha256Hex(spec.template.bytes);
  const known = context.read(({ db }) => findTemplateBySha256(db, sha256));
  return known ? savedTemplate(known) : null;
}

export function exportReturn(context: ServiceContext, caller: Caller, spec: ExportSpec): ExportOutcome {
  if (spec.identifiable && caller.role !== 'manager') throw new ServiceError('forbidden', IDENTIFIABLE_NEEDS_MANAGER);
  const period = periodOrRefuse(spec.periodText);
  const known = knownTemplate(context, spec);
  const mapping = spec.mapping ?? known?.mapping ?? {};
  const bytes = spec.template.kind === 'file' ? spec.template.bytes : spec.template.template.bytes;
  const { problems, clientLevel, scan } = checkTemplate(bytes, mapping);
  if (problems.length > 0) throw fillRefusal(problems);

  return context.write(caller, ({ db }) => {
    const stored = known ? null : spec.template.kind === 'file' ? storeTemplate(db, spec.template.fileName, spec.template.bytes) : null;
    const template = known ?? stored!.template;
    const secret = clientLevel ? ensurePseudonymSecret(db) : null;
    const request: ReturnRequest = { template, mapping, period, asOf: spec.asOf, identifiable: spec.identifiable };
    const gathered = gatherFor(context, request, clientLevel, secret?.secret ?? null);
    const fill = fillReturn(request, gathered);
    // Throwing rolls the write back: no history row, no template, no secret.
    if (!fill.ok) throw fillRefusal(fill.problems);
    const sha256 = sha256Hex(fill.bytes);
    const fileName = exportFileName(template, spec.periodText, spec.identifiable);
    spec.deliver?.({ fileName, bytes: fill.bytes });
    const record = {
      period: spec.periodText.trim(),
      period_start: period.start,
      period_end: period.end,
      as_of: spec.asOf,
      template_name: template.name,
      template_sha256: template.sha256,
      identifiable: spec.identifiable,
      file_name: fileName,
      output_sha256: sha256,
      repeat_of: spec.repeatOf ?? null,
    };
    const historyId = insertExport(db, {
      ...record,
      created_at: new Date().toISOString(),
      user: caller.user,
      template_id: template.ref.kind === 'saved' ? template.ref.id : null,
      builtin_id: template.builtIn?.id ?? null,
      mapping,
      figures: { cells: fill.filled.map((f) => ({ where: f.where, figure: f.figure, value: f.value })), client_rows: fill.clientRows },
    });
    const outcome: ExportOutcome = {
      historyId,
      fileName,
      bytes: fill.bytes,
      sha256,
      warnings: returnNotes(scan, gathered, fill.warnings),
      template,
      filledCells: fill.filled.length,
      clientRows: fill.clientRows,
    };
    return audited(outcome, {
      action: 'returns.export',
      entity: 'export_history',
      entity_id: historyId,
      after: record,
      details: {
        cells: fill.filled.length,
        client_rows: fill.clientRows.reduce((n, r) => n + r.rows, 0),
        ...(stored?.added ? { template_added: templateRecord(template) } : {}),
        ...(secret?.created ? { pseudonym_secret_created: true } : {}),
      },
    });
  });
}
