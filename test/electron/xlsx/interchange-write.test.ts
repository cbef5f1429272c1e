import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENDER } from '../../../shared/codes';
import { INTERCHANGE_SHEETS, type ColumnDef, type InterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook, writeInterchangeWorkbookFile } from '../../../electron/xlsx/interchange-write';
import { richSample } from './interchange-sample';
import { SOFFICE_MISSING, convertToCsv, csvCell, findSoffice, type CsvSheets } from './template/libreoffice';

/**
 * The interchange workbook as other spreadsheet software reads it (the writer is IPS Desk's own, not a
 * library's): exceljs must read back every cell, format, column, frozen pane and dropdown as written, and
 * LibreOffice must open it and show the values, text as text.
 */
const TRICKY = {
  markup: 'Tom & Jerry <"Ltd"> \'n\' co',
  lines: 'line one\nline two\r\nline three',
  formula: '=HYPERLINK("http://example.org")',
  plus: '+44 20 7946 0000',
};

/** The rich sample, with text that XML and spreadsheets treat specially in a job's free-text fields. */
function trickySample(): InterchangeRecords {
  const records = richSample();
  const [first, second] = records.jobs as [InterchangeRecords['jobs'][number], InterchangeRecords['jobs'][number]];
  records.jobs[0] = { ...first, employer: TRICKY.markup, job_title: TRICKY.lines };
  records.jobs[1] = { ...second, employer: TRICKY.formula, job_title: TRICKY.plus };
  return records;
}

/** What a cell of `column` holds for a stored value, as exceljs gives it back. */
function expectedCell(column: ColumnDef, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (column.kind === 'date') return new Date(`${String(value)}T00:00:00Z`);
  if (column.kind === 'yes_no') return value ? 'yes' : 'no';
  if (column.kind === 'code_list') return (value as string[]).length > 0 ? (value as string[]).join(';') : null;
  return value as ExcelJS.CellValue;
}

const TEXT_KINDS = new Set(['text', 'nhs_number', 'code', 'two_digit_code']);
const formatOf = (column: ColumnDef) => (column.kind === 'date' ? 'dd/mm/yyyy' : TEXT_KINDS.has(column.kind) ? '@' : undefined);

/** The width rule: dates fixed, other columns fit their longest value (header included), 10 to 40 wide. */
function expectedWidth(column: ColumnDef, rows: readonly Record<string, unknown>[]): number {
  if (column.kind === 'date') return Math.max(12, column.field.length + 2);
  const longest = Math.max(column.field.length, ...rows.map((row) => String(expectedCell(column, row[column.field]) ?? '').length));
  return Math.min(40, Math.max(10, longest + 2));
}

/** exceljs reads data validations but its types leave them out. */
function validationAt(worksheet: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation | undefined {
  return (worksheet as unknown as { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(address);
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

describe('the interchange workbook read by exceljs', () => {
  const records = trickySample();
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await load(await writeInterchangeWorkbook(records));
  });

  it('holds every record cell by cell, dates as dd/mm/yyyy dates and text kinds in the Text format', () => {
    for (const def of INTERCHANGE_SHEETS) {
      const worksheet = workbook.getWorksheet(def.name)!;
      const rows = records[def.key] as unknown as Record<string, unknown>[];
      expect(worksheet.actualRowCount, def.name).toBe(rows.length + 1);
      rows.forEach((row, r) => {
        def.columns.forEach((column, c) => {
          const cell = worksheet.getRow(r + 2).getCell(c + 1);
          const where = `${def.name}!${cell.address} (${column.field})`;
          expect(cell.value, where).toEqual(expectedCell(column, row[column.field]));
          if (cell.value !== null) expect(cell.numFmt, where).toBe(formatOf(column));
        });
      });
    }
  });

  it('has a bold frozen header, the column widths of the width rule and the column formats for typed-in rows', () => {
    for (const def of INTERCHANGE_SHEETS) {
      const worksheet = workbook.getWorksheet(def.name)!;
      const rows = (records[def.key] as unknown as Record<string, unknown>[]).slice(0, 1000);
      expect(worksheet.views[0], def.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      def.columns.forEach((column, c) => {
        expect(worksheet.getRow(1).getCell(c + 1).value).toBe(column.field);
        expect(worksheet.getRow(1).getCell(c + 1).font?.bold).toBe(true);
        expect(worksheet.getColumn(c + 1).width, `${def.name} ${column.field}`).toBe(expectedWidth(column, rows));
        expect(worksheet.getColumn(c + 1).numFmt, `${def.name} ${column.field}`).toBe(formatOf(column));
      });
    }
    const codes = workbook.getWorksheet('Codes')!;
    expect(codes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([1, 2, 3].map((c) => codes.getColumn(c).width)).toEqual([60, 24, 50]);
    expect(codes.getColumn(2).numFmt).toBe('@');
    expect(codes.getCell('B2').numFmt).toBe('@');
  });

  it('offers each coded column’s codes from the Codes sheet, with the error title and message', () => {
    const clients = workbook.getWorksheet('Clients')!;
    const codes = workbook.getWorksheet('Codes')!;
    const letter = (field: string) => clients.getColumn(INTERCHANGE_SHEETS[0]!.columns.findIndex((c) => c.field === field) + 1).letter;
    const gender = validationAt(clients, `${letter('gender')}2`);
    expect(gender).toMatchObject({
      type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Not a code',
      error: 'Choose a code from the list: the Codes sheet shows what each one means.',
    });
    const range = /^Codes!\$B\$(\d+):\$B\$(\d+)$/.exec(gender?.formulae[0] ?? '');
    expect(range).not.toBeNull();
    const offered = Array.from({ length: Number(range![2]) - Number(range![1]) + 1 }, (_, i) => codes.getCell(`B${Number(range![1]) + i}`).value);
    expect(offered).toEqual(GENDER.values);
    expect(validationAt(clients, `${letter('gender')}${records.clients.length + 1001}`)?.formulae).toEqual(gender?.formulae);
    expect(validationAt(clients, `${letter('gender')}${records.clients.length + 1002}`)).toBeUndefined();
    expect(validationAt(clients, `${letter('retention_case')}2`)).toMatchObject({ formulae: ['"yes,no"'], errorTitle: 'yes or no', error: 'Type yes or no.' });
    expect(validationAt(clients, `${letter('discharge_reason')}2`)).toMatchObject({ errorStyle: 'information', errorTitle: 'Not a suggested reason' });
  });

  it('keeps markup characters, line breaks and a leading = or + as text, in exceljs and through the app’s reader', async () => {
    const jobs = workbook.getWorksheet('Jobs')!;
    expect([jobs.getCell('C2').value, jobs.getCell('D2').value, jobs.getCell('C3').value, jobs.getCell('D3').value]).toEqual([
      TRICKY.markup, TRICKY.lines, TRICKY.formula, TRICKY.plus,
    ]);
    expect(jobs.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(await readInterchangeWorkbook(await writeInterchangeWorkbook(records))).toEqual({ ok: true, records, warnings: [] });
  });

  it('leaves out the characters XML cannot hold, as exceljs did, and keeps the rest of the text', async () => {
    const records = trickySample();
    records.jobs[0] = { ...records.jobs[0]!, employer: 'Bell\u0007 and\u001b tab\there' };
    const jobs = (await load(await writeInterchangeWorkbook(records))).getWorksheet('Jobs')!;
    expect(jobs.getCell('C2').value).toBe('Bell and tab\there');
  });
});

const soffice = findSoffice();

describe.skipIf(!soffice)(`the interchange workbook opened in LibreOffice${soffice ? '' : ` (${SOFFICE_MISSING})`}`, () => {
  const records = trickySample();
  let dir: string;
  let sheets: CsvSheets;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-interchange-lo-'));
    const file = join(dir, 'records.xlsx');
    await writeInterchangeWorkbookFile(file, records);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    sheets = convertToCsv(soffice!, [file]).get(file)!;
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows every sheet with its header and rows', () => {
    expect([...sheets.keys()].sort()).toEqual([...INTERCHANGE_SHEETS.map((def) => def.name), 'Codes'].sort());
    for (const def of INTERCHANGE_SHEETS) {
      const rows = sheets.get(def.name)!;
      expect(rows[0], def.name).toEqual(def.columns.map((c) => c.field));
      expect(rows.filter((row) => row.some((cell) => cell !== '')).length, def.name).toBe(records[def.key].length + 1);
    }
  });

  it('shows dates as dd/mm/yyyy, codes with their leading zeros and text as typed', () => {
    const clients = sheets.get('Clients')!;
    const column = (field: string) => String.fromCharCode(65 + INTERCHANGE_SHEETS[0]!.columns.findIndex((c) => c.field === field));
    const [y, m, d] = records.clients[0]!.referral_date.split('-');
    expect(csvCell(clients, `${column('referral_date')}2`)).toBe(`${d}/${m}/${y}`);
    expect(csvCell(clients, `${column('client_id')}2`)).toBe('007');
    expect(csvCell(clients, `${column('nhs_number')}2`)).toBe(records.clients[0]!.nhs_number);
    const jobs = sheets.get('Jobs')!;
    expect([csvCell(jobs, 'C2'), csvCell(jobs, 'C3'), csvCell(jobs, 'D3')]).toEqual([TRICKY.markup, TRICKY.formula, TRICKY.plus]);
    expect(csvCell(jobs, 'D2').replace(/\r/g, '')).toBe(TRICKY.lines.replace(/\r/g, ''));
    expect(csvCell(jobs, 'H2')).toBe(String(records.jobs[0]!.hours_per_week));
  });
});
