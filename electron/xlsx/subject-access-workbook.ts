import ExcelJS from 'exceljs';
import { formatUkDate } from '../../shared/dates';
import { SUBJECT_ACCESS_TABLES, clientFields, subjectName, type SubjectAccessData, type SubjectAccessValue } from '../../shared/rights/subject-access';
import { subjectAccessTitle } from '../../shared/rights/subject-access-html';

/**
 * The workbook of a subject access export, written from scratch: an "About" sheet, the client record (one
 * field a row), then one sheet per kind of record with a bold, frozen header row. Dates are date cells shown
 * dd/mm/yyyy; codes are written as their labels (shared/rights/subject-access.ts declares every column).
 */

const DATE_FORMAT = 'dd/mm/yyyy';
/** Excel's Text format, so a client ID like `0012` or a number-like answer stays as written. */
const TEXT_FORMAT = '@';

type Written = string | number | Date | null;

function written(value: SubjectAccessValue): Written {
  if (value === null || typeof value !== 'object') return value;
  const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function styleCell(cell: ExcelJS.Cell, value: SubjectAccessValue): void {
  if (value !== null && typeof value === 'object') cell.numFmt = DATE_FORMAT;
  else if (typeof value === 'string') cell.numFmt = TEXT_FORMAT;
  cell.alignment = { vertical: 'top', wrapText: true };
}

function boldHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
}

function aboutSheet(workbook: ExcelJS.Workbook, data: SubjectAccessData): void {
  const sheet = workbook.addWorksheet('About');
  sheet.columns = [{ width: 28 }, { width: 80 }];
  const lines: [string, string][] = [
    ['Records held about', subjectName(data)],
    ['Service', data.serviceName],
    ['Prepared on', formatUkDate(data.generatedOn)],
    ['Prepared by', data.generatedBy],
    ['What this holds', 'Every record the service holds about this person in IPS Desk: one sheet for each kind of record, and the audit trail of who created, changed or opened them.'],
  ];
  if (data.record.anonymisedAt) {
    lines.push(['Anonymised', `On ${formatUkDate(data.record.anonymisedAt)} under the retention rule: names, NHS number, date of birth and free text were removed then.`]);
  }
  sheet.addRow([subjectAccessTitle(data)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const [heading, value] of lines) {
    const row = sheet.addRow([heading, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
}

function clientSheet(workbook: ExcelJS.Workbook, data: SubjectAccessData): void {
  const sheet = workbook.addWorksheet('Client', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Field', width: 44 },
    { header: 'Value', width: 44 },
  ];
  boldHeader(sheet);
  for (const [heading, value] of clientFields(data)) {
    const row = sheet.addRow([heading, written(value)]);
    styleCell(row.getCell(2), value);
  }
}

function recordSheet(workbook: ExcelJS.Workbook, data: SubjectAccessData, table: (typeof SUBJECT_ACCESS_TABLES)[number]): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  boldHeader(sheet);
  for (const record of table.rows(data)) {
    const values = table.columns.map((c) => c.value(record));
    const row = sheet.addRow(values.map(written));
    values.forEach((value, i) => styleCell(row.getCell(i + 1), value));
  }
}

export async function writeSubjectAccessWorkbook(data: SubjectAccessData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IPS Desk';
  workbook.title = subjectAccessTitle(data);
  aboutSheet(workbook, data);
  clientSheet(workbook, data);
  for (const table of SUBJECT_ACCESS_TABLES) recordSheet(workbook, data, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
