import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import { EXPORT_LIMITS } from '../../shared/ipc/exports';
import { useTempDirs } from '../db/helpers';
import { openRecordsApp } from './records/records-app';

const tempDir = useTempDirs();

const PERIOD = { label: 'Financial year 2025-26', start: '2025-04-01', end: '2026-03-31', as_of: '2026-01-15' };

const INPUT: ChannelInput<'reports.exportTable'> = {
  fileName: 'job-starts-by-sector-2025-04-01-to-2026-03-31.xlsx',
  period: PERIOD,
  table: {
    title: 'Job starts by sector: clients',
    columns: [{ header: 'Client ID' }, { header: 'Name' }, { header: 'Sector' }, { header: 'Started' }, { header: 'Share' }, { header: 'Hours a week' }],
    rows: [
      ['C-1', 'Jane Smith', 'Retail', { date: '2025-06-01' }, { percent: 0.25 }, 16],
      // Text that a spreadsheet would otherwise take for a formula stays text.
      ['C-2', '=HYPERLINK("http://example.com")', null, { date: '2025-07-14' }, { percent: 0.75 }, 37.5],
    ],
  },
};

async function readBack(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

describe('reports.exportTable', () => {
  it('writes the table as shown, with shares as percentages, dates as dates and an About sheet, and audits the export', async () => {
    const app = await openRecordsApp(tempDir());
    const before = app.auditActions().length;
    const out = await app.call('reports.exportTable', INPUT);
    expect(out.fileName).toBe(INPUT.fileName);

    const workbook = await readBack(out.base64);
    const sheet = workbook.getWorksheet('Job starts by sector clients')!;
    expect(sheet).toBeDefined();
    expect(sheet.getRow(1).values).toEqual([undefined, 'Client ID', 'Name', 'Sector', 'Started', 'Share', 'Hours a week']);
    expect(sheet.getCell('A2').value).toBe('C-1');
    expect(sheet.getCell('D2').value).toEqual(new Date('2025-06-01T00:00:00.000Z'));
    expect(sheet.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('E2').value).toBe(0.25);
    expect(sheet.getCell('E2').numFmt).toBe('0.0%');
    expect(sheet.getCell('F3').value).toBe(37.5);
    expect(sheet.getCell('B3').value).toBe('=HYPERLINK("http://example.com")');
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.rowCount).toBe(3);

    const about = new Map<string, unknown>();
    workbook.getWorksheet('About')!.eachRow((row, n) => {
      if (n > 1) about.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(about.get('Service')).toBe('Northfield IPS');
    expect(about.get('Manager')).toBe('Ann Manager');
    expect(about.get('Period')).toBe('Financial year 2025-26');
    expect(about.get('Figures as of')).toEqual(new Date('2026-01-15T00:00:00.000Z'));
    expect(about.get('Exported')).toMatch(/^\d{2}\/\d{2}\/\d{4} by Ann Manager$/);

    expect(app.auditActions().slice(before)).toEqual(['report.export']);
    const details = JSON.parse(app.vault.reader().raw.prepare("SELECT details FROM audit_log WHERE action = 'report.export'").pluck().get() as string);
    expect(details).toMatchObject({ title: 'Job starts by sector: clients', rows: 2, period: PERIOD });
    app.close();
  });

  it('refuses a ragged table, a bad file name or too many rows, naming the problem, and audits nothing', async () => {
    const app = await openRecordsApp(tempDir());
    const before = app.auditActions().length;
    const ragged = await app.fail('reports.exportTable', { ...INPUT, table: { ...INPUT.table, rows: [['C-1', 'Jane']] } });
    expect(ragged.issues).toEqual([expect.objectContaining({ path: ['table', 'rows', 0], message: 'Row 1 has 2 cells for 6 columns' })]);
    const path = await app.fail('reports.exportTable', { ...INPUT, fileName: '../../evil.xlsx' });
    expect(path.issues?.[0]?.path).toEqual(['fileName']);
    const tooMany = Array.from({ length: EXPORT_LIMITS.rows + 1 }, () => ['x']);
    const huge = await app.fail('reports.exportTable', { ...INPUT, table: { title: 'Too big', columns: [{ header: 'A' }], rows: tooMany } });
    expect(huge.issues?.[0]).toMatchObject({ path: ['table', 'rows'], message: 'A table has at most 20,000 rows' });
    const badDate = await app.fail('reports.exportTable', { ...INPUT, table: { ...INPUT.table, rows: [['C-1', 'J', null, { date: '2025-02-30' }, null, null]] } });
    expect(badDate.code).toBe('invalid_input');
    expect(app.auditActions().length).toBe(before);
    app.close();
  });
});
