import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BENEFIT, CONTACT_KIND, DISCHARGE_REASON, EMPLOYMENT_STATUS, ETHNICITY, GENDER, YES_NO_UNKNOWN } from '../../../shared/codes';
import { INTERCHANGE_SHEETS, emptyInterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import { richSample } from './interchange-sample';

/** exceljs reads data validations but its types leave them out. */
function validationsOf(worksheet: ExcelJS.Worksheet): { find(address: string): ExcelJS.DataValidation | undefined } {
  return (worksheet as unknown as { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } }).dataValidations;
}

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
  it('writes all six sheets with their header, even with no rows, and the Codes sheet', async () => {
    const workbook = await load(await writeInterchangeWorkbook(emptyInterchangeRecords()));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Clients', 'Jobs', 'Contacts', 'Activities', 'Wellbeing', 'Staff', 'Codes']);
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

  it('lists every code of every coded column with its label on the Codes sheet, codes kept as text', async () => {
    const workbook = await load(await writeInterchangeWorkbook(emptyInterchangeRecords()));
    const rows = workbook.getWorksheet('Codes')!.getSheetValues().slice(2) as unknown[][];
    const listed = rows.map((row) => [row[2], row[3]]);
    const lists = new Set(INTERCHANGE_SHEETS.flatMap((def) => def.columns.flatMap((c) => (c.codes ? [c.codes] : []))));
    expect(listed).toEqual([...lists].flatMap((list) => list.values.map((code) => [code, list.labels[code]])));
    for (const list of [GENDER, ETHNICITY, EMPLOYMENT_STATUS, BENEFIT, CONTACT_KIND, YES_NO_UNKNOWN, DISCHARGE_REASON]) expect(lists.has(list)).toBe(true);
    expect(listed).toContainEqual(['01', '01 Employed']);
    expect(listed).toContainEqual(['99', 'Not known']);
    expect(rows.find((row) => row[2] === 'employer_face_to_face')?.[1]).toBe('Contacts: kind');
  });

  it('offers the codes of each coded column as a dropdown, from the Codes sheet', async () => {
    const records = richSample();
    const workbook = await load(await writeInterchangeWorkbook(records));
    const codes = workbook.getWorksheet('Codes')!;
    const clients = workbook.getWorksheet('Clients')!;
    const header = (clients.getRow(1).values as unknown[]).slice(1);
    const validationAt = (field: string, row: number) => validationsOf(clients).find(`${clients.getColumn(header.indexOf(field) + 1).letter}${row}`);
    /** The codes a dropdown offers: the cells of the Codes sheet its formula names. */
    const offered = (formula: string | undefined) => {
      const m = /^Codes!\$B\$(\d+):\$B\$(\d+)$/.exec(formula ?? '');
      if (!m) throw new Error(`not a Codes range: ${formula}`);
      return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => codes.getCell(`B${Number(m[1]) + i}`).value);
    };
    expect(offered(validationAt('gender', 2)?.formulae[0])).toEqual(GENDER.values);
    expect(offered(validationAt('employment_status_at_referral', 2)?.formulae[0])).toEqual(EMPLOYMENT_STATUS.values);
    expect(offered(validationAt('maintained_job_over_1y', 2)?.formulae[0])).toEqual(YES_NO_UNKNOWN.values);
    expect(validationAt('gender', 2)).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'stop' });
    // Rows added by hand below the records get the dropdown too.
    expect(validationAt('gender', records.clients.length + 1000)?.formulae[0]).toBe(validationAt('gender', 2)?.formulae[0]);
    expect(validationAt('retention_case', 2)?.formulae).toEqual(['"yes,no"']);
    expect(validationAt('discharge_reason', 2)?.errorStyle).toBe('information');
    expect(validationAt('benefits', 2)).toBeUndefined();
    expect(validationAt('client_id', 2)).toBeUndefined();

    const contacts = workbook.getWorksheet('Contacts')!;
    expect(offered(validationsOf(contacts).find('B2')?.formulae[0])).toEqual(CONTACT_KIND.values);
  });

  it('carries each re-referral’s previous episode as its client_id', async () => {
    const records = richSample();
    const workbook = await load(await writeInterchangeWorkbook(records));
    const clients = workbook.getWorksheet('Clients')!;
    const header = (clients.getRow(1).values as unknown[]).slice(1);
    const linked = records.clients.findIndex((c) => c.previous_episode_id);
    expect(clients.getRow(linked + 2).getCell(header.indexOf('previous_episode_id') + 1).value).toBe(records.clients[linked]!.previous_episode_id);
  });

  it('refuses to write a value of the wrong type rather than dropping it', async () => {
    const records = emptyInterchangeRecords();
    records.staff.push({ name: 'Sam', fte: '0.5' as unknown as number, start_date: null, end_date: null });
    await expect(writeInterchangeWorkbook(records)).rejects.toThrow('Cannot write fte: unexpected value "0.5"');
  });
});
