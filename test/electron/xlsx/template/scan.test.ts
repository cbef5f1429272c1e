import { describe, expect, it } from 'vitest';
import { scanTemplate } from '../../../../electron/xlsx/template';
import { GOLDEN_MAPPING, goldenTemplate } from './golden-fixture';

describe('scanTemplate: what the Returns screen draws', () => {
  const result = scanTemplate(goldenTemplate(), { mapping: GOLDEN_MAPPING });
  if (!result.ok) throw new Error('scan refused');
  const { scan } = result;

  it('lists the sheets with their hidden state and a grid that looks like the sheet', () => {
    expect(scan.sheets.map((s) => [s.name, s.state, s.isWorksheet])).toEqual([
      ['Return', 'visible', true],
      ['Clients', 'visible', true],
      ['Data', 'hidden', true],
    ]);
    const ret = scan.sheets[0]!;
    expect(ret.merges).toEqual(['A1:D1']);
    expect(ret.columnWidths).toEqual({ 1: 34.7109375, 2: 14.7109375, 3: 14.7109375 });
    expect(ret.rowHeights[1]).toBe(21);
    expect(ret.defaultRowHeight).toBe(15);
    expect(ret.cells.find((c) => c.cell === 'A1')).toEqual({ cell: 'A1', row: 1, col: 1, text: 'Quarterly IPS return', bold: true });
    expect(ret.cells.find((c) => c.cell === 'A4')).toMatchObject({ text: 'Job starts', bold: true, fill: '#DDEBF7' });
    expect(ret.cells.find((c) => c.cell === 'B4')).toMatchObject({ text: '{{job_starts}}' });
    expect(ret.cells.find((c) => c.cell === 'B8')).toMatchObject({ text: '0', formula: true });
    expect(ret.cells.find((c) => c.cell === 'B14')).toMatchObject({ text: '10' });
  });

  it('says where each figure goes and how it was asked for', () => {
    expect(scan.figures.map((f) => `${f.where} ${f.figure} ${f.origin}`)).toEqual([
      'Return!A2 service.name token',
      'Return!A3 period.label token',
      'Return!B4 job_starts token',
      'Return!C4 job_starts.people token',
      'Return!B5 employment_rate token',
      'Return!B6 period.end token',
      'Return!B7 referrals token',
      'Return!B20 active_caseload name',
      'Return!B8 referrals mapping',
    ]);
    expect(scan.clientRows).toEqual([
      {
        sheet: 'Clients',
        row: 2,
        columns: [
          { cell: 'A2', figures: ['client.client_id'] },
          { cell: 'B2', figures: ['client.referral_date'] },
          { cell: 'C2', figures: ['client.job_starts_in_period'] },
        ],
      },
    ]);
    expect(scan.problems).toEqual([]);
  });

  it('stops the grid at the cell limit and says so', () => {
    const small = scanTemplate(goldenTemplate(), { maxGridCells: 5 });
    expect(small.ok && small.scan.sheets[0]!.truncated).toBe(true);
    expect(small.ok && small.scan.sheets[0]!.cells).toHaveLength(5);
  });
});
