import ExcelJS from 'exceljs';

/**
 * A commissioner's template as they come: a form with labels and empty cells. One figure is asked for by
 * a token (B5), one by a defined name (B6); B4 and B7 hold nothing and are filled only through a saved
 * mapping. `extra` adds text to cells (e.g. a misspelt token).
 */
export async function commissionerTemplate(extra: Record<string, string> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ICB';
  wb.created = new Date('2025-01-01T00:00:00Z');
  wb.modified = new Date('2025-01-01T00:00:00Z');
  const ws = wb.addWorksheet('ICB return');
  ws.getCell('A1').value = 'Quarterly IPS return';
  ws.getCell('A1').font = { bold: true };
  ws.mergeCells('A1:C1');
  ws.getCell('A3').value = 'Provider';
  ws.getCell('B3').value = '{{service.name}}';
  ws.getCell('A4').value = 'Referrals received';
  ws.getCell('A5').value = 'Job starts';
  ws.getCell('B5').value = '{{job_starts}}';
  ws.getCell('A6').value = 'Employment rate';
  ws.getCell('B6').numFmt = '0.0%';
  ws.getCell('A7').value = 'People into work';
  for (const [cell, text] of Object.entries(extra)) ws.getCell(cell).value = text;
  ws.getColumn(1).width = 30;
  wb.definedNames.add("'ICB return'!$B$6", 'employment_rate');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The mapping a manager would save for it on the Returns screen. */
export const COMMISSIONER_MAPPING = { "'ICB return'!B4": 'referrals', "'ICB return'!B7": 'people_into_work' } as const;
