import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillTemplate, pseudonymFor } from '../../../../electron/xlsx/template';
import type { ClientRow } from '../../../../shared/returns';
import { unzipParts } from './zip-fixture';

/** The `{{#clients}}` row: repeated per client, pseudonymised unless identifiable output is chosen. */
async function template(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Clients');
  ws.getCell('A1').value = 'Client';
  ws.getRow(2).values = ['{{#clients}}{{client.client_id}}', '{{client.nhs_number}}', '{{client.job_starts_in_period}}', null, 'Starts: {{client.job_starts_in_period}}'];
  ws.getCell('D2').value = { formula: 'C2*2' } as ExcelJS.CellFormulaValue;
  ws.getCell('D2').numFmt = '0.0';
  ws.mergeCells('E2:F2');
  ws.addConditionalFormatting({ ref: 'C2', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['1'], priority: 1, style: { font: { bold: true } } }] });
  ws.getCell('A5').numFmt = '0.00'; // formatting only, no content: not in the way
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const rows: ClientRow[] = [
  { 'client.pseudonym': 'P-AAAA', 'client.client_id': 'C-1', 'client.nhs_number': '9434765919', 'client.job_starts_in_period': 1 },
  { 'client.pseudonym': 'P-BBBB', 'client.client_id': 'C-2', 'client.nhs_number': null, 'client.job_starts_in_period': 0 },
  { 'client.pseudonym': 'P-CCCC', 'client.client_id': 'C-3', 'client.nhs_number': '4010232137', 'client.job_starts_in_period': 2 },
];

const sheetXml = (bytes: Buffer) => unzipParts(bytes).find((p) => p.name === 'xl/worksheets/sheet1.xml')!.content.toString('utf8');

describe('the client row', () => {
  it('repeats per client with pseudonyms, leaves identifying columns empty and says so', async () => {
    const result = fillTemplate(await template(), { resolve: () => null, clients: rows });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const xml = sheetXml(result.bytes);
    expect(xml).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">P-AAAA</t></is></c>');
    expect(xml).toContain('<c r="A4" t="inlineStr"><is><t xml:space="preserve">P-CCCC</t></is></c>');
    expect(xml).not.toContain('9434765919');
    expect(xml).not.toContain('C-1');
    expect(result.warnings).toEqual([
      'Clients!B2 ({{client.nhs_number}}) is left empty because the return is pseudonymised; choose identifiable output to include it.',
    ]);
    // The formula is filled down, the merge repeated, the conditional format grown over the new rows.
    expect(xml).toMatch(/<c r="D3" s="\d+"><f>C3\*2<\/f><\/c>/);
    expect(xml).toContain('<c r="E4" t="inlineStr"><is><t xml:space="preserve">Starts: 2</t></is></c>');
    expect(xml).toContain('<mergeCell ref="E3:F3"/><mergeCell ref="E4:F4"/>');
    expect(xml).toContain('<mergeCells count="3">');
    expect(xml).toContain('sqref="C2:C4"');
    expect(result.clientRows).toEqual([{ sheet: 'Clients', firstRow: 2, rows: 3, identifiable: false }]);
  });

  it('writes client ids and NHS numbers when the manager chooses identifiable output', async () => {
    const result = fillTemplate(await template(), { resolve: () => null, clients: rows, identifiable: true });
    if (!result.ok) throw new Error('refused');
    const xml = sheetXml(result.bytes);
    expect(xml).toContain('<t xml:space="preserve">C-1</t>');
    expect(xml).toContain('<t xml:space="preserve">9434765919</t>');
    expect(result.warnings).toEqual([]);
    expect(result.clientRows[0]!.identifiable).toBe(true);
  });

  it('with no clients leaves one empty row (keeping its formatting) and warns', async () => {
    const result = fillTemplate(await template(), { resolve: () => null, clients: [] });
    if (!result.ok) throw new Error('refused');
    const xml = sheetXml(result.bytes);
    expect(xml).not.toContain('{{');
    expect(xml).not.toContain('<row r="3"');
    expect(result.warnings).toEqual(['Clients: no clients fall in the period, so the client row is left empty.']);
  });
});

describe('pseudonymFor', () => {
  it('is stable for a client and secret, and differs between databases', () => {
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(2);
    expect(pseudonymFor(a, 'C-1')).toBe(pseudonymFor(a, 'C-1'));
    expect(pseudonymFor(a, 'C-1')).toMatch(/^P-[A-HJ-NP-Z2-9]{12}$/);
    expect(pseudonymFor(a, 'C-1')).not.toBe(pseudonymFor(a, 'C-2'));
    expect(pseudonymFor(a, 'C-1')).not.toBe(pseudonymFor(b, 'C-1'));
  });
});
