/**
 * Pure layout of a scanned template sheet as the Returns screen draws it: which rows and columns show,
 * which cell each merge puts its text in, how wide and tall things are, and where the arrow keys go.
 * Kept apart from the component so the merge and hidden-row arithmetic is tested without a browser.
 */

export type CellPos = { row: number; col: number };
export type Range = { top: number; left: number; bottom: number; right: number };

/** What the layout needs of a scanned sheet (shared/ipc/returns.ts scannedSheetSchema). */
export type SheetShape = {
  cells: ReadonlyArray<CellPos>;
  merges: readonly string[];
  columnWidths: Readonly<Record<string, number>>;
  hiddenColumns: readonly number[];
  rowHeights: Readonly<Record<string, number>>;
  hiddenRows: readonly number[];
  defaultColumnWidth: number;
  defaultRowHeight: number;
};

export type GridLayout = {
  /** Visible row numbers and column numbers, in order. */
  rows: number[];
  cols: number[];
  /** `row:col` of each merge's shown cell → how many visible rows and columns it covers. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** `row:col` of every other cell inside a merge → the shown cell. */
  coveredBy: Map<string, CellPos>;
  /** True when the sheet goes on past what is drawn (a very large form). */
  clipped: boolean;
};

/** Beyond this the grid stops: a return is a form, and thousands of empty rows help nobody. */
export const GRID_LIMITS = { rows: 400, cols: 52 } as const;

export const posKey = (p: CellPos): string => `${p.row}:${p.col}`;

/** 1 → A, 27 → AA: the column letters above the grid. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const cellName = (p: CellPos): string => `${columnName(p.col)}${p.row}`;

/**
 * A cell as mappings and problems name it: `Return!B4`, `'ICB return'!B4`. The quoting rule is the
 * service's (electron/xlsx/template/cell-ref.ts) so a mapping made here matches the one it scans.
 */
export function sheetCellName(sheet: string, p: CellPos): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cellName(p)}`;
}

/** `A1:C3` or `B4` → range; null when it is not one. */
export function parseRange(text: string): Range | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((part) => /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(part.trim()));
  if (ends.some((m) => !m)) return null;
  const [a, b = a] = ends.map((m) => ({ row: Number(m![2]), col: columnNumber(m![1]!) }));
  return { top: Math.min(a!.row, b!.row), left: Math.min(a!.col, b!.col), bottom: Math.max(a!.row, b!.row), right: Math.max(a!.col, b!.col) };
}

/** Excel's column width (characters of the default font) in pixels: 7 px a character plus 5 px padding. */
export const columnWidthPx = (chars: number): number => Math.round(chars * 7 + 5);
/** Row heights are in points. */
export const rowHeightPx = (points: number): number => Math.round((points * 4) / 3);

/**
 * Rows and columns to draw: everything used (text, fills, merges, `extra` cells such as mapped ones) plus
 * a little room to map an empty cell beside the form, without the hidden ones, within GRID_LIMITS.
 */
export function layoutGrid(sheet: SheetShape, extra: ReadonlyArray<CellPos> = []): GridLayout {
  const merges = sheet.merges.map(parseRange).filter((r): r is Range => r !== null);
  let lastRow = 0;
  let lastCol = 0;
  for (const p of [...sheet.cells, ...extra]) {
    lastRow = Math.max(lastRow, p.row);
    lastCol = Math.max(lastCol, p.col);
  }
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.bottom);
    lastCol = Math.max(lastCol, m.right);
  }
  const wantRows = Math.max(lastRow + 3, 10);
  const wantCols = Math.max(lastCol + 1, 5);
  const clipped = wantRows > GRID_LIMITS.rows || wantCols > GRID_LIMITS.cols;
  const hiddenRows = new Set(sheet.hiddenRows);
  const hiddenCols = new Set(sheet.hiddenColumns);
  const rows = range(1, Math.min(wantRows, GRID_LIMITS.rows)).filter((r) => !hiddenRows.has(r));
  const cols = range(1, Math.min(wantCols, GRID_LIMITS.cols)).filter((c) => !hiddenCols.has(c));

  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const coveredBy = new Map<string, CellPos>();
  for (const m of merges) {
    const mRows = rows.filter((r) => r >= m.top && r <= m.bottom);
    const mCols = cols.filter((c) => c >= m.left && c <= m.right);
    if (mRows.length === 0 || mCols.length === 0) continue;
    // The merge shows its first visible cell, which is the top-left one unless that row or column is hidden.
    const anchor = { row: mRows[0]!, col: mCols[0]! };
    spans.set(posKey(anchor), { rowSpan: mRows.length, colSpan: mCols.length });
    for (const r of mRows) for (const c of mCols) if (r !== anchor.row || c !== anchor.col) coveredBy.set(posKey({ row: r, col: c }), anchor);
  }
  return { rows, cols, spans, coveredBy, clipped };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** The cell that shows what is at `p`: the merge's shown cell when `p` is inside a merge. */
export const shownCellOf = (layout: GridLayout, p: CellPos): CellPos => layout.coveredBy.get(posKey(p)) ?? p;

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Where an arrow key goes from the shown cell `from`: one visible row or column on, past the far edge of
 * a merge, landing on the shown cell of any merge it reaches; at the edge of the grid it stays put.
 */
export function moveInGrid(layout: GridLayout, from: CellPos, direction: Direction): CellPos {
  const span = layout.spans.get(posKey(from)) ?? { rowSpan: 1, colSpan: 1 };
  const r = layout.rows.indexOf(from.row);
  const c = layout.cols.indexOf(from.col);
  if (r < 0 || c < 0) return { row: layout.rows[0] ?? 1, col: layout.cols[0] ?? 1 };
  let nr = r;
  let nc = c;
  if (direction === 'up') nr = r - 1;
  if (direction === 'down') nr = r + span.rowSpan;
  if (direction === 'left') nc = c - 1;
  if (direction === 'right') nc = c + span.colSpan;
  if (nr < 0 || nr >= layout.rows.length || nc < 0 || nc >= layout.cols.length) return from;
  return shownCellOf(layout, { row: layout.rows[nr]!, col: layout.cols[nc]! });
}

/** Text that stays readable on a cell's fill: white on dark fills (the built-ins' NHS blue), dark otherwise. */
export function textColourOn(fill: string | undefined): string {
  const m = fill ? /^#?([0-9a-f]{6})$/i.exec(fill) : null;
  if (!m) return '#212B32';
  const channel = (i: number) => {
    const v = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  // Contrast against white is (1.05)/(L+0.05); against #212B32 (luminance 0.0228) it is (L+0.05)/0.0728: pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0728 ? '#FFFFFF' : '#212B32';
}
