import { describe, expect, it } from 'vitest';
import {
  GRID_LIMITS,
  columnName,
  columnWidthPx,
  layoutGrid,
  moveInGrid,
  parseRange,
  posKey,
  rowHeightPx,
  sheetCellName,
  textColourOn,
  type SheetShape,
} from '../../../renderer/src/screens/returns/sheet-grid';

const sheet = (over: Partial<SheetShape> = {}): SheetShape => ({
  cells: [],
  merges: [],
  columnWidths: {},
  hiddenColumns: [],
  rowHeights: {},
  hiddenRows: [],
  defaultColumnWidth: 8.43,
  defaultRowHeight: 15,
  ...over,
});

describe('column letters and cell names', () => {
  it('counts columns as Excel does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16384].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
  it('names cells the way mappings and problems do, quoting sheet names that need it', () => {
    expect(sheetCellName('Return', { row: 4, col: 2 })).toBe('Return!B4');
    expect(sheetCellName('ICB return', { row: 4, col: 2 })).toBe("'ICB return'!B4");
    expect(sheetCellName("Jo's sheet", { row: 1, col: 1 })).toBe("'Jo''s sheet'!A1");
    expect(sheetCellName('2025', { row: 1, col: 1 })).toBe("'2025'!A1");
  });
  it('reads ranges and single cells, in either order', () => {
    expect(parseRange('A1:C3')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange('$C$3:A1')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange('B4')).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(parseRange('nonsense')).toBeNull();
    expect(parseRange('A1:B2:C3')).toBeNull();
  });
  it('sizes columns and rows as Excel draws them', () => {
    expect(columnWidthPx(8.43)).toBe(64);
    expect(rowHeightPx(15)).toBe(20);
  });
});

describe('layoutGrid', () => {
  it('draws the used area with room beside it, at least 10 rows and 5 columns', () => {
    const small = layoutGrid(sheet({ cells: [{ row: 2, col: 2 }] }));
    expect(small.rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(small.cols).toEqual([1, 2, 3, 4, 5]);
    const wide = layoutGrid(sheet({ cells: [{ row: 20, col: 8 }] }), [{ row: 25, col: 3 }]);
    expect(wide.rows.at(-1)).toBe(28);
    expect(wide.cols.at(-1)).toBe(9);
    expect(wide.clipped).toBe(false);
  });

  it('puts a merge’s text in its top-left cell and covers the rest', () => {
    const layout = layoutGrid(sheet({ merges: ['A1:C2'] }));
    expect(layout.spans.get('1:1')).toEqual({ rowSpan: 2, colSpan: 3 });
    expect(layout.coveredBy.get('2:3')).toEqual({ row: 1, col: 1 });
    expect(layout.coveredBy.has('1:1')).toBe(false);
  });

  it('leaves hidden rows and columns out, merges included', () => {
    const layout = layoutGrid(sheet({ merges: ['A1:C3'], hiddenRows: [1], hiddenColumns: [2] }));
    expect(layout.rows.slice(0, 3)).toEqual([2, 3, 4]);
    expect(layout.cols.slice(0, 3)).toEqual([1, 3, 4]);
    expect(layout.spans.get(posKey({ row: 2, col: 1 }))).toEqual({ rowSpan: 2, colSpan: 2 });
  });

  it('stops at its limits and says so', () => {
    const layout = layoutGrid(sheet({ cells: [{ row: 5000, col: 200 }] }));
    expect(layout.rows).toHaveLength(GRID_LIMITS.rows);
    expect(layout.cols).toHaveLength(GRID_LIMITS.cols);
    expect(layout.clipped).toBe(true);
  });
});

describe('moveInGrid', () => {
  const layout = layoutGrid(sheet({ merges: ['A1:C1', 'B3:B4'] }));
  it('moves one cell, past the far edge of a merge, onto the shown cell of a merge it reaches', () => {
    expect(moveInGrid(layout, { row: 1, col: 1 }, 'right')).toEqual({ row: 1, col: 4 });
    expect(moveInGrid(layout, { row: 2, col: 3 }, 'up')).toEqual({ row: 1, col: 1 });
    expect(moveInGrid(layout, { row: 2, col: 2 }, 'down')).toEqual({ row: 3, col: 2 });
    expect(moveInGrid(layout, { row: 3, col: 2 }, 'down')).toEqual({ row: 5, col: 2 });
    expect(moveInGrid(layout, { row: 4, col: 1 }, 'right')).toEqual({ row: 3, col: 2 });
  });
  it('stays put at the edges', () => {
    expect(moveInGrid(layout, { row: 1, col: 1 }, 'up')).toEqual({ row: 1, col: 1 });
    expect(moveInGrid(layout, { row: 2, col: 1 }, 'left')).toEqual({ row: 2, col: 1 });
    expect(moveInGrid(layout, { row: 10, col: 5 }, 'down')).toEqual({ row: 10, col: 5 });
  });
});

describe('textColourOn', () => {
  it('writes white on dark fills and dark text on light ones', () => {
    expect(textColourOn('#005EB8')).toBe('#FFFFFF');
    expect(textColourOn('#003087')).toBe('#FFFFFF');
    expect(textColourOn('#DDEBF7')).toBe('#212B32');
    expect(textColourOn('#FFFF00')).toBe('#212B32');
    expect(textColourOn(undefined)).toBe('#212B32');
  });
});
