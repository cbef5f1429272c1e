/** A1-style cell addresses: `B4` ↔ { row: 4, col: 2 } (both 1-based). */
export type CellAddress = { row: number; col: number };
export type CellRange = { top: number; left: number; bottom: number; right: number };

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const cellName = (a: CellAddress): string => `${columnName(a.col)}${a.row}`;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** `B4`, `$B$4` → address; null when not a cell within the sheet's limits. */
export function parseCell(text: string): CellAddress | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const col = columnNumber(m[1]!);
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROWS && col >= 1 && col <= MAX_COLS ? { row, col } : null;
}

/** `A1:C3` or a single cell → range; null when malformed. */
export function parseRange(text: string): CellRange | null {
  const [a, b, extra] = text.split(':');
  if (extra !== undefined || a === undefined) return null;
  const from = parseCell(a);
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

export function rangeName(r: CellRange): string {
  const from = cellName({ row: r.top, col: r.left });
  const to = cellName({ row: r.bottom, col: r.right });
  return from === to ? from : `${from}:${to}`;
}

export const inRange = (r: CellRange, a: CellAddress): boolean => a.row >= r.top && a.row <= r.bottom && a.col >= r.left && a.col <= r.right;

export function unionRange(r: CellRange | null, a: CellAddress): CellRange {
  if (!r) return { top: a.row, left: a.col, bottom: a.row, right: a.col };
  return { top: Math.min(r.top, a.row), left: Math.min(r.left, a.col), bottom: Math.max(r.bottom, a.row), right: Math.max(r.right, a.col) };
}

/** `'My sheet'!$B$4` or `Return!B4` → sheet and cell; null for anything else (ranges, formulas, #REF!). */
export function parseSheetCell(text: string): { sheet: string; cell: CellAddress } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  const cell = parseCell(m[3]!);
  if (!cell) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, cell };
}

/** The way a cell is named in messages and mappings: `Return!B4`, `'Key outcomes'!B4`. */
export function sheetCellName(sheet: string, cell: CellAddress): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cellName(cell)}`;
}
