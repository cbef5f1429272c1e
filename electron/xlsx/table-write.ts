import ExcelJS from 'exceljs';
import { formatUkDate } from '../../shared/dates';
import type { ExportCell, ExportPeriod, ExportTable } from '../../shared/ipc/exports';

/**
 * A table a screen shows (a report section, a drill-down list) as a workbook written from scratch: sheet
 * "Table" with the headings frozen, shares as percentages and dates as dates (dd/mm/yyyy); sheet "About"
 * saying what it is, for whom and when.
 */

const DATE_FORMAT = 'dd/mm/yyyy';
const PERCENT_FORMAT = '0.0%';

export interface TableWorkbookAbout {
  serviceName: string;
  managerName: string;
  period: ExportPeriod;
  /** When the workbook was written. */
  exportedAt: Date;
  exportedBy: string;
}

/** A calendar date as an Excel date cell (midnight UTC, so it reads back as the same day anywhere). */
function dateCell(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function setCell(cell: ExcelJS.Cell, value: ExportCell): void {
  if (value === null) return;
  if (typeof value === 'string' || typeof value === 'number') {
    cell.value = value;
  } else if ('percent' in value) {
    cell.value = value.percent;
    cell.numFmt = PERCENT_FORMAT;
  } else {
    cell.value = dateCell(value.date);
    cell.numFmt = DATE_FORMAT;
  }
}

function textLength(value: ExportCell): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value).length;
  return 'percent' in value ? 6 : 10;
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ */
export function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Table';
}

export async function writeTableWorkbook(table: ExportTable, about: TableWorkbookAbout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IPS Desk';
  workbook.created = about.exportedAt;

  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns.map((c) => c.header)).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow([]);
    row.forEach((value, index) => setCell(added.getCell(index + 1), value));
  }
  table.columns.forEach((column, index) => {
    // Wide enough for the heading and the longest of the first rows, within reason.
    const longest = Math.max(column.header.length, ...table.rows.slice(0, 500).map((row) => textLength(row[index] ?? null)));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });

  const info = workbook.addWorksheet('About');
  info.columns = [
    { header: 'Field', key: 'field', width: 22 },
    { header: 'Value', key: 'value', width: 60 },
  ];
  info.getRow(1).font = { bold: true };
  const rows: [string, string | Date][] = [
    ['Table', table.title],
    ['Service', about.serviceName],
    ...(about.managerName ? ([['Manager', about.managerName]] as [string, string][]) : []),
    ['Period', about.period.label],
    ['Period start', dateCell(about.period.start)],
    ['Period end', dateCell(about.period.end)],
    ['Figures as of', dateCell(about.period.as_of)],
    ['Exported', `${formatUkDate(about.exportedAt.toISOString().slice(0, 10))} by ${about.exportedBy}`],
    ['Rows', String(table.rows.length)],
  ];
  for (const [field, value] of rows) {
    const row = info.addRow({ field, value });
    if (value instanceof Date) row.getCell('value').numFmt = DATE_FORMAT;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
