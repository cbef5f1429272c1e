import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../shared/fidelity';
import { useTempDirs } from '../../db/helpers';
import { openRecordsApp, TODAY } from '../records/records-app';
import { createReview, finalReview, ips25Scores } from './fidelity-app';

const tempDir = useTempDirs();

describe('fidelity service: the report', () => {
  it('gives the printable report of a review as one HTML document with its title and PDF file name', async () => {
    const app = await openRecordsApp(tempDir());
    await finalReview(app, 'ips25', '2025-07-10', ips25Scores(90));
    const id = await finalReview(app, 'ips25', '2026-01-10', ips25Scores(101));
    const report = await app.call('fidelity.reportHtml', { id });
    expect(report.title).toBe('IPS-25 fidelity review, 10/01/2026: Northfield IPS');
    expect(report.fileName).toBe('fidelity-review-ips25-2026-01-10.pdf');
    expect(report.html).toContain('<title>IPS-25 fidelity review, 10/01/2026: Northfield IPS</title>');
    expect(report.html).toContain('<div class="total">101</div><div class="out-of">out of 125</div><div class="band">Good fidelity</div>');
    expect(report.html).toContain('The band has gone up from <strong>Fair fidelity</strong> to <strong>Good fidelity</strong>.');
    app.close();
  });

  it('writes the scores as a workbook that reads back with every item’s score, the total and the review’s details', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'ips25', review_date: '2026-01-10' });
    const scores = ips25Scores(101);
    for (const [i, item] of INSTRUMENTS.ips25.items.entries()) {
      if (i !== 24) await app.call('fidelity.saveItem', { id, item: item.id, score: scores[i]! });
    }
    await app.call('fidelity.saveItem', { id, item: 'ips25:2', evidence: 'Job plans', sources: ['documents'], not_enough_evidence: true });
    const { fileName, base64 } = await app.call('fidelity.scoresWorkbook', { id });
    expect(fileName).toBe('fidelity-review-ips25-2026-01-10-draft.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Scores')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'Item', 'No.', 'Section', 'Title', 'Score', 'Lowest', 'Highest', 'Level met', 'Evidence', 'Sources', 'Not enough evidence',
      'Suggested score', 'Suggestion figure', 'Suggestion unit',
    ]);
    const rows = INSTRUMENTS.ips25.items.map((_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(INSTRUMENTS.ips25.items.map((i) => i.id));
    expect(rows.map((r) => r.getCell(5).value)).toEqual([...scores.slice(0, 24), null]);
    expect(rows[1]!.getCell(9).value).toBe('Job plans');
    expect(rows[1]!.getCell(10).value).toBe('Documents');
    expect(rows[1]!.getCell(11).value).toBe('yes');
    expect(rows[0]!.getCell(8).value).toBe(INSTRUMENTS.ips25.items[0]!.levels[4]!.text);
    const totalRow = sheet.getRow(27);
    expect([totalRow.getCell(1).value, totalRow.getCell(5).value, totalRow.getCell(7).value]).toEqual(['Total', 101 - scores[24]!, 125]);

    const about = workbook.getWorksheet('Review')!;
    const fields = Object.fromEntries(about.getSheetValues().slice(2).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(fields).toMatchObject({
      Service: 'Northfield IPS', Instrument: 'IPS-25 Supported Employment Fidelity Scale', Status: 'Draft', Reviewers: 'Dana Whitfield',
      'Items scored': '24 of 25', Band: 'None until every item is scored',
    });
    expect((fields['Review date'] as Date).toISOString().slice(0, 10)).toBe('2026-01-10');
    expect((fields['Period start'] as Date).toISOString().slice(0, 10)).toBe('2025-01-11');
    app.close();
  });

  it('prints the same report HTML to PDF with the printer it is given, named like the report', async () => {
    const printed: string[] = [];
    const app = await openRecordsApp(tempDir(), TODAY, {
      printPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 printed');
      },
    });
    const id = await createReview(app, { instrument: 'sainsbury_c', review_date: '2026-01-10' });
    const pdf = await app.call('fidelity.reportPdf', { id });
    expect(pdf.fileName).toBe('fidelity-review-sainsbury-c-2026-01-10-draft.pdf');
    expect(Buffer.from(pdf.base64, 'base64').toString('latin1')).toBe('%PDF-1.7 printed');
    expect(printed).toEqual([(await app.call('fidelity.reportHtml', { id })).html]);
    app.close();
  });

  it('refuses, saying why, where no printer is given (the CLI prints with its own Chromium)', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'sainsbury_c', review_date: '2026-01-10' });
    const error = await app.fail('fidelity.reportPdf', { id });
    expect(error).toMatchObject({ code: 'internal', message: expect.stringMatching(/Saving as PDF needs the IPS Desk app/) });
    app.close();
  });
});
