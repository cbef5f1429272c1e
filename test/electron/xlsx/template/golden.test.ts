import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, type FillResult } from '../../../../electron/xlsx/template';
import type { ClientRow, FigureRef, FigureValue } from '../../../../shared/returns';
import { GOLDEN_MAPPING, goldenTemplate } from './golden-fixture';
import { SOFFICE_MISSING, convertToCsv, csvCell, findSoffice, type CsvSheets } from './libreoffice';
import { unzipParts } from './zip-fixture';

/**
 * Golden tests (issue 8 point 2): a template holding every feature a commissioner's workbook may have is
 * filled; every part but the filled sheets' cells must come out unchanged, and LibreOffice must open the
 * result and show the filled values (and formulas recalculated from them).
 */
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/xlsx/templates/${name}`, import.meta.url));

const FIGURES: Record<string, FigureValue> = {
  'service.name': 'North IPS',
  'period.label': '2025-26 Q1',
  'period.end': { date: '2025-06-30' },
  job_starts: 12,
  'job_starts.people': 9,
  employment_rate: 0.375,
  referrals: 40,
  active_caseload: 31,
};

function resolve(ref: FigureRef): FigureValue {
  const key = ref.kind === 'metric' ? (ref.field === 'value' ? ref.metric : `${ref.metric}.${ref.field}`) : ref.kind === 'period' ? `period.${ref.field}` : ref.kind === 'service' ? `service.${ref.field}` : '';
  if (!(key in FIGURES)) throw new Error(`unexpected figure ${JSON.stringify(ref)}`);
  return FIGURES[key]!;
}

const CLIENTS: ClientRow[] = [1, 2, 3].map((i) => ({
  'client.pseudonym': `P-${i}`,
  'client.client_id': `C-${i}`,
  'client.referral_date': { date: `2025-0${i}-15` },
  'client.job_starts_in_period': i,
}));

const fill = (bytes: Buffer): Extract<FillResult, { ok: true }> => {
  const result = fillTemplate(bytes, { resolve, clients: CLIENTS, mapping: GOLDEN_MAPPING });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
};

/** The part with the given cells' `<c>` elements emptied and the dimension blanked: what must not change. */
function withoutCells(xml: string, cells: readonly string[]): string {
  let out = xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension/>');
  for (const cell of cells) out = out.replace(new RegExp(`<c r="${cell}"[^>]*?(/>|>[\\s\\S]*?</c>)`), `<c r="${cell}"/>`);
  return out;
}

describe('filling the golden template', () => {
  const template = goldenTemplate();
  const result = fill(template);
  const before = new Map(unzipParts(template).map((p) => [p.name, p]));
  const after = new Map(unzipParts(result.bytes).map((p) => [p.name, p]));
  const text = (parts: typeof before, name: string) => parts.get(name)!.content.toString('utf8');

  it('matches the committed fixture, so the file LibreOffice re-saved was made from this one', () => {
    expect(fixture('golden.xlsx').equals(template)).toBe(true);
  });

  it('copies every part it does not need to change as the same compressed bytes, in the same order', () => {
    const changed = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/tables/table1.xml'];
    expect([...after.keys()]).toEqual([...before.keys()].filter((n) => n !== 'xl/calcChain.xml'));
    for (const [name, part] of before) {
      if (changed.includes(name) || name === 'xl/calcChain.xml') continue;
      expect(after.get(name)!.compressed.equals(part.compressed), name).toBe(true);
      expect(after.get(name)!.method, name).toBe(part.method);
    }
    // Untouched on purpose: the shared strings (filled text goes in inline), styles, the hidden Data sheet.
    expect(after.get('xl/sharedStrings.xml')!.compressed.equals(before.get('xl/sharedStrings.xml')!.compressed)).toBe(true);
    expect(after.get('xl/worksheets/sheet3.xml')!.compressed.equals(before.get('xl/worksheets/sheet3.xml')!.compressed)).toBe(true);
  });

  it('changes the Return sheet only in the filled cells, the shared formula that lost its first cell, and formulas whose results are now stale', () => {
    const filled = ['A2', 'A3', 'B4', 'C4', 'B5', 'B6', 'B7', 'B8', 'B20'];
    const recomputed = ['B9', 'B10', 'B11', 'B12'];
    const b = text(before, 'xl/worksheets/sheet1.xml');
    const a = text(after, 'xl/worksheets/sheet1.xml');
    // B20 had no cell: it is added to a new row 20 after row 16.
    expect(withoutCells(a, [...filled, ...recomputed]).replace('<row r="20"><c r="B20"/></row>', '')).toBe(withoutCells(b, [...filled, ...recomputed]));
    expect(a).toContain('<c r="B4" s="5"><v>12</v></c>');
    expect(a).toContain('<c r="C4" s="5"><v>9</v></c>');
    expect(a).toContain('<c r="B5" s="2"><v>0.375</v></c>');
    expect(a).toContain('<c r="B6" s="3"><v>45838</v></c>'); // 30/06/2025 as a date serial, date format kept
    expect(a).toContain('<c r="B7"><v>40</v></c>'); // the formula under the token is gone
    expect(a).toContain('<c r="B8"><v>40</v></c>');
    expect(a).toContain('<c r="B20"><v>31</v></c>');
    // The shared formula lives on in B9 (moved down a row) for B9:B10; the others lose their stale results.
    expect(a).toContain('<c r="B9"><f t="shared" ref="B9:B10" si="0">B5*2</f></c>');
    expect(a).toContain('<c r="B10"><f t="shared" si="0"/></c>');
    expect(a).toContain('<c r="B11"><f>SUM(B4:C4)</f></c>');
    // Rich text keeps its runs and their formatting; the token's tail is removed from the second run.
    expect(a).toContain('<c r="A2" t="inlineStr"><is><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve">Service: North IPS</t></r></is></c>');
    expect(a).toContain('<dimension ref="A1:D20"/>');
  });

  it('leaves the workbook part as it was but for full recalculation on load', () => {
    expect(text(after, 'xl/workbook.xml')).toBe(text(before, 'xl/workbook.xml').replace('<calcPr calcId="191029"/>', '<calcPr calcId="191029" fullCalcOnLoad="1"/>'));
  });

  it('drops the calculation chain with its relationship and content type, since formulas were replaced', () => {
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(text(after, 'xl/_rels/workbook.xml.rels')).toBe(text(before, 'xl/_rels/workbook.xml.rels').replace(/<Relationship Id="rId6"[^>]*\/>/, ''));
    expect(text(after, '[Content_Types].xml')).toBe(text(before, '[Content_Types].xml').replace(/<Override PartName="\/xl\/calcChain.xml"[^>]*\/>/, ''));
  });

  it('repeats the client row once per client, pseudonymised, and grows the table over it', () => {
    const a = text(after, 'xl/worksheets/sheet2.xml');
    const b = text(before, 'xl/worksheets/sheet2.xml');
    expect(a.replace(/<row r="2">[\s\S]*<\/sheetData>/, '').replace(/<dimension ref="[^"]*"\/>/, '')).toBe(
      b.replace(/<row r="2">[\s\S]*<\/sheetData>/, '').replace(/<dimension ref="[^"]*"\/>/, ''),
    );
    expect(a).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">P-2</t></is></c><c r="B3" s="3"><v>45703</v></c><c r="C3"><v>2</v></c></row>');
    expect(a).not.toContain('C-1');
    expect(text(after, 'xl/tables/table1.xml')).toBe(text(before, 'xl/tables/table1.xml').replaceAll('ref="A1:C2"', 'ref="A1:C4"'));
    expect(result.clientRows).toEqual([{ sheet: 'Clients', firstRow: 2, rows: 3, identifiable: false }]);
  });

  it('lists every filled cell with its figure and value', () => {
    expect(result.filled).toEqual(
      expect.arrayContaining([
        { where: 'Return!B4', figure: 'job_starts', value: 12, origin: 'token' },
        { where: 'Return!B20', figure: 'active_caseload', value: 31, origin: 'name' },
        { where: 'Return!B8', figure: 'referrals', value: 40, origin: 'mapping' },
        { where: 'Return!A2', figure: 'service.name', value: 'North IPS', origin: 'token' },
      ]),
    );
    expect(result.filled).toHaveLength(9);
    expect(result.warnings).toEqual([]);
  });
});

describe('filling the golden template as LibreOffice saved it', () => {
  const template = fixture('golden-libreoffice.xlsx');
  const result = fill(template);
  const before = new Map(unzipParts(template).map((p) => [p.name, p]));
  const after = new Map(unzipParts(result.bytes).map((p) => [p.name, p]));

  it('finds the same figures in the XML a real spreadsheet application writes', () => {
    expect(result.filled.map((f) => `${f.where} ${f.figure}`).sort()).toEqual(
      ['A2 service.name', 'A3 period.label', 'B20 active_caseload', 'B4 job_starts', 'B5 employment_rate', 'B6 period.end', 'B7 referrals', 'B8 referrals', 'C4 job_starts.people']
        .map((s) => `Return!${s}`)
        .sort(),
    );
  });

  it('copies the chart, drawing, image, comments, external link, custom XML and properties unchanged', () => {
    for (const [name, part] of before) {
      if (/^xl\/(worksheets\/sheet[12]\.xml|workbook\.xml|tables\/)/.test(name)) continue;
      expect(after.get(name)?.compressed.equals(part.compressed), name).toBe(true);
    }
  });
});

describe.skipIf(!findSoffice())(`LibreOffice opens the filled workbooks${findSoffice() ? '' : ` (${SOFFICE_MISSING})`}`, () => {
  let converted: Map<string, CsvSheets>;
  let dir: string;
  const files: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-golden-'));
    files.golden = join(dir, 'golden-filled.xlsx');
    files.libreoffice = join(dir, 'libreoffice-filled.xlsx');
    writeFileSync(files.golden, fill(goldenTemplate()).bytes);
    writeFileSync(files.libreoffice, fill(fixture('golden-libreoffice.xlsx')).bytes);
    converted = convertToCsv(findSoffice()!, Object.values(files));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const which of ['golden', 'libreoffice']) {
    it(`shows the filled values and recalculates the formulas that read them (${which})`, () => {
      const sheets = converted.get(files[which]!)!;
      const ret = sheets.get('Return');
      expect(csvCell(ret, 'A1')).toBe('Quarterly IPS return');
      expect(csvCell(ret, 'A2')).toBe('Service: North IPS');
      expect(csvCell(ret, 'A3')).toBe('Period: 2025-26 Q1');
      expect(csvCell(ret, 'B4')).toBe('12');
      expect(csvCell(ret, 'C4')).toBe('9');
      expect(csvCell(ret, 'B5')).toBe('37.5%');
      expect(csvCell(ret, 'B6')).toBe('30/06/2025');
      expect(csvCell(ret, 'B7')).toBe('40');
      expect(csvCell(ret, 'B8')).toBe('40');
      expect(csvCell(ret, 'B9')).toBe('0.75'); // =B5*2
      expect(csvCell(ret, 'B11')).toBe('21'); // =SUM(B4:C4)
      expect(csvCell(ret, 'B12')).toBe('41'); // =B8+1
      expect(csvCell(ret, 'B20')).toBe('31');
      expect(csvCell(ret, 'B15')).toBe('20'); // the filtered list is as it was
      const clients = sheets.get('Clients');
      expect(clients?.slice(0, 4)).toEqual([
        ['Pseudonym', 'Referral date', 'Job starts'],
        ['P-1', '15/01/2025', '1'],
        ['P-2', '15/02/2025', '2'],
        ['P-3', '15/03/2025', '3'],
      ]);
      expect(csvCell(sheets.get('Data'), 'C3')).toBe('42'); // the external link's cached value
    });
  }
});
