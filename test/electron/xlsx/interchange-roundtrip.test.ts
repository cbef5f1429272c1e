import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INTERCHANGE_SHEETS, emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { richSample } from './interchange-sample';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

describe('writeInterchangeWorkbook → readInterchangeWorkbook', () => {
  it('gives back exactly the records that were written', async () => {
    const records = richSample();
    const result = await readInterchangeWorkbook(await writeInterchangeWorkbook(records));
    expect(result).toEqual({ ok: true, records, warnings: [] });
  });

  it('is stable: writing what was read gives the same records again', async () => {
    const first = await readInterchangeWorkbook(await writeInterchangeWorkbook(richSample()));
    if (!first.ok) throw new Error(first.problems.join('\n'));
    const second = await readInterchangeWorkbook(await writeInterchangeWorkbook(first.records));
    expect(second).toEqual(first);
  });

  it('keeps calendar dates whatever the computer’s time zone', () => {
    const script = fileURLToPath(new URL('./tz-roundtrip.script.ts', import.meta.url));
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual({
        tz,
        written: ['2025-03-30', '2025-10-26', '2026-01-01'],
        fixture: [['1990-06-15', '2025-04-01'], [null, '2025-05-01']],
      });
    }
  });
});

describe('writeInterchangeWorkbook layout', () => {
  it('writes all six sheets with their header, even with no rows', async () => {
    const workbook = await load(await writeInterchangeWorkbook(emptyInterchangeRecords()));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Clients', 'Jobs', 'Contacts', 'Activities', 'Wellbeing', 'Staff']);
    for (const def of INTERCHANGE_SHEETS) {
      const worksheet = workbook.getWorksheet(def.name)!;
      expect((worksheet.getRow(1).values as unknown[]).slice(1)).toEqual(def.columns.map((c) => c.field));
      expect(worksheet.actualRowCount).toBe(1);
    }
  });

  it('bolds and freezes the header, writes dates as dd/mm/yyyy date cells and yes/no as words', async () => {
    const records = richSample();
    const workbook = await load(await writeInterchangeWorkbook(records));
    const clients = workbook.getWorksheet('Clients')!;
    expect(clients.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(clients.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const header = (clients.getRow(1).values as unknown[]).slice(1);
    const cellOf = (field: string, row = 2) => clients.getRow(row).getCell(header.indexOf(field) + 1);
    const referral = cellOf('referral_date');
    expect(referral.value).toEqual(new Date(`${records.clients[0]!.referral_date}T00:00:00Z`));
    expect(referral.numFmt).toBe('dd/mm/yyyy');
    expect(cellOf('retention_case').value).toBe('no');
    expect(cellOf('retention_case', 3).value).toBe('yes');
    expect(cellOf('client_id').value).toBe('007');
    expect(cellOf('nhs_number').value).toBe('9434765919');
    expect(cellOf('benefits').value).toBe(records.clients[0]!.benefits.join(';'));
    expect(cellOf('given_name', 6).value).toBeNull();

    const jobs = workbook.getWorksheet('Jobs')!;
    expect(jobs.getRow(2).getCell(8).value).toBe(records.jobs[0]!.hours_per_week);
    for (const column of clients.columns) expect(column.width).toBeGreaterThanOrEqual(10);
  });

  it('refuses to write a value of the wrong type rather than dropping it', async () => {
    const records = emptyInterchangeRecords();
    records.staff.push({ name: 'Sam', fte: '0.5' as unknown as number, start_date: null, end_date: null });
    await expect(writeInterchangeWorkbook(records)).rejects.toThrow('Cannot write fte: unexpected value "0.5"');
  });
});
