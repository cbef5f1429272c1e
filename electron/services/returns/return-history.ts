import type { Db } from '../../../db/repositories/db';
import { getExport, listExports, type ExportRecord } from '../../../db/repositories/export-history';
import { findTemplateBySha256, getTemplate, listTemplates } from '../../../db/repositories/return-templates';
import type { ExportRow, TemplateRef } from '../../../shared/ipc/returns';
import { parseReportPeriod } from '../../../shared/report-period';
import type { Caller } from '../../../shared/roles';
import { builtInReturn } from '../../xlsx/return-templates';
import type { ServiceContext } from '../service-context';
import { ServiceError } from '../service-error';
import { exportReturn, type ExportOutcome } from './return-export';
import { builtInTemplate, savedTemplate, type ReturnTemplate } from './template-source';

/** The history of exports for the Returns screen, and repeating one of them. */

function periodLabel(row: ExportRecord): string {
  try {
    return parseReportPeriod(row.period).label;
  } catch {
    return `${row.period_start} to ${row.period_end}`;
  }
}

const removed = (row: ExportRecord) =>
  `The template “${row.template_name ?? 'unnamed'}” has since been removed. Load the same file again on the Returns screen to repeat this export.`;

/** Where each saved template is now, by id and by content, so a template removed and loaded again is found. */
function savedIndex(db: Db): { ids: Set<string>; bySha: Map<string, string> } {
  const saved = listTemplates(db);
  return { ids: new Set(saved.map((t) => t.id)), bySha: new Map(saved.flatMap((t) => (t.sha256 ? [[t.sha256, t.id] as const] : []))) };
}

function refOf(row: ExportRecord, saved: { ids: Set<string>; bySha: Map<string, string> }): TemplateRef | null {
  if (row.builtin_id) {
    const built = builtInReturn(row.builtin_id);
    return built ? { kind: 'builtin', id: built.id } : null;
  }
  if (row.template_id && saved.ids.has(row.template_id)) return { kind: 'saved', id: row.template_id };
  const again = row.template_sha256 ? saved.bySha.get(row.template_sha256) : undefined;
  return again ? { kind: 'saved', id: again } : null;
}

export function exportHistoryRows(db: Db, limit: number): ExportRow[] {
  const saved = savedIndex(db);
  return listExports(db, limit).map((row) => {
    const template = refOf(row, saved);
    return {
      id: row.id,
      exportedAt: row.created_at,
      user: row.user,
      period: row.period,
      periodLabel: periodLabel(row),
      periodStart: row.period_start,
      periodEnd: row.period_end,
      asOf: row.as_of,
      template,
      templateName: row.template_name ?? 'Unnamed template',
      templateSha256: row.template_sha256,
      identifiable: row.identifiable,
      fileName: row.file_name,
      outputSha256: row.output_sha256,
      repeatOf: row.repeat_of,
      cannotRepeat: template ? null : removed(row),
    };
  });
}

function templateOfExport(db: Db, row: ExportRecord): ReturnTemplate {
  if (row.builtin_id) {
    const built = builtInReturn(row.builtin_id);
    if (built) return builtInTemplate(built);
    throw new ServiceError('conflict', `The built-in return “${row.template_name ?? row.builtin_id}” is no longer part of IPS Desk, so this export cannot be repeated.`);
  }
  const stored = (row.template_id ? getTemplate(db, row.template_id) : undefined) ?? (row.template_sha256 ? findTemplateBySha256(db, row.template_sha256) : undefined);
  if (!stored) throw new ServiceError('conflict', removed(row));
  return savedTemplate(stored);
}

/**
 * The export again: the same template, the mapping it used then, the same period, as-of date and
 * identifiable choice. A new history row records the repeat; `sameOutput` says whether the workbook is byte
 * for byte the one exported then (it differs when records of that period have changed since).
 */
export function repeatExport(context: ServiceContext, caller: Caller, historyId: string): ExportOutcome & { repeatOf: string; sameOutput: boolean } {
  const row = context.read(({ db }) => getExport(db, historyId));
  if (!row) throw new ServiceError('not_found', 'That export is not in the history.');
  const template = context.read(({ db }) => templateOfExport(db, row));
  const outcome = exportReturn(context, caller, {
    template: { kind: 'ready', template },
    mapping: row.mapping,
    periodText: row.period,
    asOf: row.as_of,
    identifiable: row.identifiable,
    repeatOf: row.id,
  });
  const changed = template.builtIn && row.template_sha256 && row.template_sha256 !== template.sha256;
  const warnings = changed
    ? [`The built-in return has changed since this export (a newer version of IPS Desk), so its layout may differ from the original.`, ...outcome.warnings]
    : outcome.warnings;
  return { ...outcome, warnings, repeatOf: row.id, sameOutput: outcome.sha256 === row.output_sha256 };
}
