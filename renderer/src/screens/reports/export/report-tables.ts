import type { ChannelOutput } from '../../../../../shared/ipc/contract';
import type { ExportCell, ExportTable } from '../../../../../shared/ipc/exports';
import { metricsOfSection, SECTIONS, type MetricDefinition, type MetricResult, type Report, type SectionId } from '../../../../../shared/outcomes';
import { breakdownHeading } from '../breakdown-labels';
import type { ClientDirectory } from '../client-directory';
import { breakdownKeyLabel, formatMetricValue, targetStatus, targetText } from '../format';
import type { JobRow } from '../jobs-behind';

/**
 * The tables the Reports screen hands on: one per section (every figure with its parts) and one per
 * drill-down (the people or jobs behind a figure). The same table is shown on screen, written as CSV by
 * the renderer and as xlsx by the service, so what is downloaded is what was seen.
 */

/** A row of a drill-down, with the client it is about (for the link to their record). */
export interface ShownRow {
  clientRef: string | null;
  cells: ExportCell[];
}

export interface ShownTable {
  title: string;
  columns: { header: string }[];
  rows: ShownRow[];
}

export function toExportTable(table: ShownTable): ExportTable {
  return { title: table.title, columns: table.columns, rows: table.rows.map((row) => row.cells) };
}

const TARGET_WORDS = { met: 'Target met', not_met: 'Target not met', no_data: 'Nothing to judge yet' } as const;

const SECTION_COLUMNS = ['Figure', 'Breakdown', 'Value', 'Numerator', 'Denominator', 'People', 'As shown', 'Target', 'Against target'];

function valueCell(def: MetricDefinition, value: number | null | undefined): ExportCell {
  if (value === null || value === undefined) return null;
  return def.kind === 'rate' ? { percent: value } : value;
}

/** Every figure of a report section: one row per figure, then one per part of its breakdown. */
export function sectionTable(section: SectionId, report: Report, periodDays: number): ExportTable {
  const rows: ExportCell[][] = [];
  for (const def of metricsOfSection(section)) {
    const metric = report.metrics[def.id];
    const target = targetText(def, periodDays);
    rows.push([
      def.title,
      null,
      valueCell(def, metric?.value),
      metric?.numerator ?? null,
      metric?.denominator ?? null,
      metric?.people ?? null,
      formatMetricValue(def, metric),
      target,
      target ? TARGET_WORDS[targetStatus(def, metric, periodDays)] : null,
    ]);
    for (const [key, count] of Object.entries(metric?.breakdown ?? {})) {
      rows.push([def.title, breakdownKeyLabel(def.id, key), count, null, null, null, null, null, null]);
    }
  }
  return { title: SECTIONS[section], columns: SECTION_COLUMNS.map((header) => ({ header })), rows };
}

const nameOf = (directory: ClientDirectory, ref: string) => directory.get(ref)?.name ?? '';

function clientCells(directory: ClientDirectory, ref: string): ExportCell[] {
  return [ref, nameOf(directory, ref)];
}

/** The key each job or client falls under in a breakdown (`byKey`), for a column beside it. */
function keysOf(metric: MetricResult, of: 'jobs' | 'clients'): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, group] of Object.entries(metric.records.byKey ?? {})) {
    for (const id of (of === 'jobs' ? group.jobs : group.clients) ?? []) keys.set(id, key);
  }
  return keys;
}

export const COUNTED = 'Counted';
export const MISSED = 'Missed (in the denominator, not counted)';

/**
 * The people or jobs behind one figure, with the breakdown value (sector, band, contract type) beside
 * each where the figure has a breakdown; for a rate, everyone in the denominator, each marked counted or
 * missed. `jobs` holds the details of the jobs (read from the clients' records); a job not found there is
 * listed by its reference.
 */
export function drillDownTable(def: MetricDefinition, metric: MetricResult, directory: ClientDirectory, jobs: ReadonlyMap<string, JobRow> = new Map()): ShownTable {
  const records = metric.records;
  const grouped = records.byKey !== undefined && def.kind !== 'rate';
  const breakdown = grouped ? [{ header: breakdownHeading(def.id) }] : [];

  if (records.jobs) {
    const keys = keysOf(metric, 'jobs');
    const columns = ['Client ID', 'Name', ...breakdown.map((b) => b.header), 'Job ID', 'Job title', 'Employer', 'Started', 'Hours a week'];
    const rows = records.jobs.map((jobId): ShownRow => {
      const job = jobs.get(jobId);
      const ref = job?.clientRef || null;
      const key = keys.get(jobId);
      return {
        clientRef: ref,
        cells: [
          ...(ref ? clientCells(directory, ref) : [null, null]),
          ...(grouped ? [key === undefined ? null : breakdownKeyLabel(def.id, key)] : []),
          jobId,
          job?.job_title ?? null,
          job?.employer ?? null,
          job?.start_date ? { date: job.start_date } : null,
          job?.hours ?? null,
        ],
      };
    });
    rows.sort((a, b) => dateOf(a.cells[columns.indexOf('Started')]).localeCompare(dateOf(b.cells[columns.indexOf('Started')])));
    return { title: `${def.title}: jobs`, columns: columns.map((header) => ({ header })), rows };
  }

  if (def.kind === 'rate') {
    const counted = new Set(records.clients ?? []);
    const everyone = records.denominatorClients ?? [];
    const rows = [...everyone.filter((ref) => counted.has(ref)), ...everyone.filter((ref) => !counted.has(ref))].map((ref) => ({
      clientRef: ref,
      cells: [...clientCells(directory, ref), counted.has(ref) ? COUNTED : MISSED],
    }));
    return { title: `${def.title}: clients`, columns: ['Client ID', 'Name', 'Outcome'].map((header) => ({ header })), rows };
  }

  if (grouped) {
    const rows: ShownRow[] = [];
    for (const [key, group] of Object.entries(records.byKey ?? {})) {
      for (const ref of group.clients) rows.push({ clientRef: ref, cells: [...clientCells(directory, ref), breakdownKeyLabel(def.id, key)] });
    }
    return { title: `${def.title}: clients`, columns: ['Client ID', 'Name', breakdown[0]!.header].map((header) => ({ header })), rows };
  }

  const rows = (records.clients ?? []).map((ref) => ({ clientRef: ref, cells: clientCells(directory, ref) }));
  return { title: `${def.title}: clients`, columns: ['Client ID', 'Name'].map((header) => ({ header })), rows };
}

function dateOf(cell: ExportCell | undefined): string {
  return cell && typeof cell === 'object' && 'date' in cell ? cell.date : '';
}

/** A file name for a table of a period: `job-starts-by-sector-jobs-2025-04-01-to-2026-03-31`. */
export function exportFileStem(title: string, period: { start: string; end: string }): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${slug || 'table'}-${period.start}-to-${period.end}`;
}

export type SpecialistRow = ChannelOutput<'reports.bySpecialist'>['rows'][number];

/** The row of clients with no specialist recorded (the engine's `unknown`), in words. */
export function specialistName(row: Pick<SpecialistRow, 'specialist'>): string {
  return row.specialist === 'unknown' ? 'No specialist recorded' : row.specialist;
}

/** The figures supervisors review weekly, one row per specialist, for export. */
export function specialistTable(rows: readonly SpecialistRow[]): ExportTable {
  return {
    title: 'Figures by specialist',
    columns: ['Specialist', 'Active caseload', 'Employer contacts a week', 'Job starts', 'Working now', 'Open clients', 'Share working'].map((header) => ({ header })),
    rows: rows.map((r) => [
      specialistName(r),
      r.activeCaseload,
      r.employerContactsPerWeek === null ? null : Math.round(r.employerContactsPerWeek * 100) / 100,
      r.jobStarts,
      r.working.numerator,
      r.working.denominator,
      r.working.value === null ? null : { percent: r.working.value },
    ]),
  };
}
