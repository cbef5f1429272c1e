import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, fillTemplateToFile, scanTemplate, type FillResult } from '../../../../electron/xlsx/template';
import type { FigureValue } from '../../../../shared/returns';
import { useTempDirs } from '../../../db/helpers';
import { goldenParts } from './golden-fixture';
import { zipParts, type FixturePart } from './zip-fixture';

/** Issue 8 point 3: every refusal says what is wrong and what to do, and writes nothing. */
const resolve = (): FigureValue => 1;

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const problems = (result: FillResult) => {
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
};

const messages = (result: FillResult) => problems(result).map((p) => p.message);

function withPart(name: string, content: string | Buffer, extra: FixturePart[] = []): Buffer {
  return zipParts([...goldenParts().map((p) => (p.name === name ? { ...p, content } : p)), ...extra]);
}

describe('files that are not usable workbooks', () => {
  it('refuses a file that is not a zip (text, PDF, empty)', () => {
    for (const bytes of [Buffer.from('client_id,referral_date\nC1,2025-04-01\n'), Buffer.from('%PDF-1.7\n...'), Buffer.alloc(0)]) {
      expect(problems(fillTemplate(bytes, { resolve }))).toEqual([
        { kind: 'file', code: 'not_xlsx', where: '', message: expect.stringContaining('not an Excel workbook (.xlsx)') },
      ]);
    }
  });

  it('refuses an old .xls (an OLE compound file) and says to save it as .xlsx', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]);
    expect(problems(fillTemplate(ole, { resolve }))[0]).toMatchObject({ code: 'xls', message: expect.stringContaining('save it as "Excel Workbook (.xlsx)"') });
  });

  it('refuses a password-protected workbook (an OLE file with an EncryptionInfo stream)', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(problems(fillTemplate(ole, { resolve }))[0]).toMatchObject({ code: 'encrypted', message: expect.stringContaining('remove the password') });
  });

  it('refuses a workbook with macros (.xlsm): by its content type or its VBA project', () => {
    const xlsm = withPart('[Content_Types].xml', goldenParts()[0]!.content.toString().replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    expect(problems(fillTemplate(xlsm, { resolve }))[0]).toMatchObject({ code: 'macros', message: expect.stringContaining('macros') });
    const vba = zipParts([...goldenParts(), { name: 'xl/vbaProject.bin', content: Buffer.from('vba') }]);
    expect(problems(fillTemplate(vba, { resolve }))[0]).toMatchObject({ code: 'macros' });
  });

  it('refuses a zip that is not a spreadsheet (e.g. a Word document)', () => {
    const docx = zipParts([
      { name: '[Content_Types].xml', content: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: 'word/document.xml', content: '<document/>' },
    ]);
    expect(problems(fillTemplate(docx, { resolve }))[0]).toMatchObject({ code: 'not_xlsx' });
  });

  it('refuses a damaged zip: cut short, or with a corrupted part', () => {
    const golden = zipParts(goldenParts());
    expect(problems(fillTemplate(golden.subarray(0, golden.length - 300), { resolve }))[0]).toMatchObject({ code: 'damaged', message: expect.stringContaining('damaged') });
    const corrupt = Buffer.from(golden);
    const at = corrupt.indexOf(Buffer.from('xl/workbook.xml')) + 'xl/workbook.xml'.length + 5;
    corrupt[at] = corrupt[at]! ^ 0xff;
    expect(problems(fillTemplate(corrupt, { resolve }))[0]).toMatchObject({ code: 'damaged' });
  });

  it('refuses damaged XML, naming the part, and entity tricks', () => {
    const broken = withPart('xl/worksheets/sheet1.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"></row></sheetData></worksheet>');
    expect(problems(fillTemplate(broken, { resolve }))[0]).toMatchObject({ code: 'damaged', message: expect.stringContaining('"xl/worksheets/sheet1.xml" is not valid XML') });
    const laughs = withPart('xl/sharedStrings.xml', '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>');
    expect(problems(fillTemplate(laughs, { resolve }))[0]).toMatchObject({ code: 'damaged', message: expect.stringContaining('DOCTYPE') });
    const undefinedEntity = withPart('xl/sharedStrings.xml', '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&boom;</t></si></sst>');
    expect(problems(fillTemplate(undefinedEntity, { resolve }))[0]).toMatchObject({ code: 'damaged' });
  });

  it('refuses a zip bomb while inflating, whatever sizes the zip declares', () => {
    // 200 MB of zeros in a sheet part, with the declared size patched down to 1 KB.
    const huge = Buffer.alloc(200 * 1024 * 1024, 0x20);
    const bomb = withPart('xl/worksheets/sheet3.xml', Buffer.concat([Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'), huge, Buffer.from('</worksheet>')]));
    const limits = { maxFileBytes: 50 * 1024 * 1024, maxUnpackedBytes: 64 * 1024 * 1024, maxPartBytes: 32 * 1024 * 1024, maxEntries: 10_000, maxCellsPerSheet: 1_000_000 };
    expect(problems(fillTemplate(bomb, { resolve, limits }))[0]).toMatchObject({ code: 'too_large', message: expect.stringContaining('suspiciously large') });
    const lying = Buffer.from(bomb);
    const name = Buffer.from('xl/worksheets/sheet3.xml');
    for (let at = lying.indexOf(name); at >= 0; at = lying.indexOf(name, at + 1)) {
      const header = lying.readUInt32LE(at - 46) === 0x02014b50 ? at - 46 : at - 30;
      lying.writeUInt32LE(1024, header + (header === at - 46 ? 24 : 22));
    }
    expect(problems(fillTemplate(lying, { resolve, limits }))[0]).toMatchObject({ code: expect.stringMatching(/too_large|damaged/) });
  });

  it('refuses a file above the size limit before reading it', () => {
    const limits = { maxFileBytes: 1000, maxUnpackedBytes: 1e8, maxPartBytes: 1e8, maxEntries: 100, maxCellsPerSheet: 1000 };
    expect(problems(fillTemplate(zipParts(goldenParts()), { resolve, limits }))[0]).toMatchObject({ code: 'too_large' });
  });
});

describe('templates that ask for something wrong', () => {
  it('names the cell and the token of an unknown figure, with the nearest real one', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Return');
      ws.getCell('B4').value = '{{engagd}}';
      ws.getCell('B5').value = 'People: {{job_starts.peple}}';
      ws.getCell('B6').value = '{{referals}}';
    });
    expect(messages(fillTemplate(bytes, { resolve }))).toEqual([
      'Return!B4: unknown figure "engagd"; did you mean "engaged"?',
      'Return!B5: "job_starts" has no field "peple"; did you mean "job_starts.people"?',
      'Return!B6: unknown figure "referals"; did you mean "referrals"?',
    ]);
    const scan = scanTemplate(bytes);
    expect(scan.ok && scan.scan.problems.map((p) => [p.where, p.suggestion])).toEqual([
      ['Return!B4', 'engaged'],
      ['Return!B5', 'job_starts.people'],
      ['Return!B6', 'referrals'],
    ]);
  });

  it('refuses a client row that is not the last used row, saying which rows are in the way', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Clients');
      ws.getCell('A1').value = 'Pseudonym';
      ws.getCell('A2').value = '{{#clients}}{{client.pseudonym}}';
      ws.getCell('A4').value = 'Total';
      ws.getCell('C6').value = 3;
    });
    expect(messages(fillTemplate(bytes, { resolve, clients: [] }))).toEqual([
      'Clients!2:2: the {{#clients}} row must be the last used row of its sheet, because it grows by one row per client; rows 4, 6 are in the way. Move them above the client row or to another sheet.',
    ]);
  });

  it('refuses client columns outside the client row, and a figure name on a range', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Return');
      ws.getCell('A1').value = '{{client.referral_date}}';
      wb.definedNames.add('Return!$B$2:$B$3', 'job_starts');
    });
    expect(messages(fillTemplate(bytes, { resolve }))).toEqual([
      'Return!A1: "{{client.referral_date}}" is a client column; it works only in the row whose first cell starts with {{#clients}}',
      'Defined name "job_starts" refers to Return!$B$2:$B$3; a name that asks for a figure must refer to one cell of a worksheet, like Return!$B$20',
    ]);
  });

  it('refuses a mapping to a cell that is not there or a figure that does not exist', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('Return').getCell('A1').value = 'Return');
    expect(messages(fillTemplate(bytes, { resolve, mapping: { 'Other!B2': 'referrals', 'Return!B2': 'refferals', 'Return!B3': 'client.pseudonym' } }))).toEqual([
      'Mapping Other!B2: no such cell in this template; remove it or map another cell',
      'Mapping Return!B2: unknown figure "refferals"; did you mean "referrals"?',
      expect.stringContaining('Mapping Return!B3: "client.pseudonym" is a client column'),
    ]);
  });
});

describe('fillTemplateToFile', () => {
  const tempDir = useTempDirs();

  it('writes the filled workbook through a temporary file, and nothing at all when refused', async () => {
    const dir = tempDir();
    const good = await workbook((wb) => (wb.addWorksheet('Return').getCell('A1').value = '{{referrals}}'));
    const bad = await workbook((wb) => (wb.addWorksheet('Return').getCell('A1').value = '{{refferals}}'));
    const target = join(dir, 'return.xlsx');
    expect(fillTemplateToFile(bad, { resolve }, target).ok).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(target, 'previous return');
    expect(fillTemplateToFile(bad, { resolve }, target).ok).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('previous return');
    const result = fillTemplateToFile(good, { resolve }, target);
    expect(result.ok).toBe(true);
    expect(existsSync(target) && readFileSync(target).equals((result as { bytes: Buffer }).bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['return.xlsx']);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(readFileSync(target) as unknown as ArrayBuffer);
    expect(loaded.getWorksheet('Return')!.getCell('A1').value).toBe(1);
  });
});
