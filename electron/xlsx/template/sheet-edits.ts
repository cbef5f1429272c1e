import { parseRange, rangeName, unionRange, type CellAddress, type CellRange } from './cell-ref';
import { shiftFormula } from './formula-shift';
import type { SheetCell, SheetData } from './sheet-read';
import { escapeXmlAttr, escapeXmlText } from './xml-lexer';

/**
 * Changes to one worksheet part as replacements of byte ranges of its XML; everything between them is
 * copied unchanged. Edits never overlap (each touches one cell, one row, or one sheet-level element).
 */
export type Edit = { start: number; end: number; text: string };

export function applyEdits(xml: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`Overlapping edits at ${e.start}`);
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}

/** New cells for addresses that had no `<c>` yet: put in their row in column order, or in a new row. */
export function insertCells(sheet: SheetData, cells: ReadonlyArray<{ address: CellAddress; xml: string }>, edits: Edit[]): void {
  const p = sheet.prefix;
  const byRow = new Map<number, Array<{ address: CellAddress; xml: string }>>();
  for (const c of cells) byRow.set(c.address.row, [...(byRow.get(c.address.row) ?? []), c]);
  const newRows: Array<{ row: number; xml: string }> = [];
  for (const [rowNumber, rowCells] of byRow) {
    rowCells.sort((a, b) => a.address.col - b.address.col);
    const row = sheet.rows.find((r) => r.row === rowNumber);
    if (!row) {
      newRows.push({ row: rowNumber, xml: `<${p}row r="${rowNumber}">${rowCells.map((c) => c.xml).join('')}</${p}row>` });
      continue;
    }
    const selfClosing = row.cells.length === 0 && sheet.xml.slice(row.start, row.end).trimEnd().endsWith('/>');
    if (selfClosing) {
      const open = sheet.xml.slice(row.start, row.end).replace(/\s*\/>$/, '>');
      edits.push({ start: row.start, end: row.end, text: `${open}${rowCells.map((c) => c.xml).join('')}</${p}row>` });
      continue;
    }
    const closeStart = sheet.xml.lastIndexOf('</', row.end - 1);
    for (const c of rowCells) {
      const before = row.cells.find((existing) => existing.address.col > c.address.col);
      const at = before ? before.start : closeStart;
      edits.push({ start: at, end: at, text: c.xml });
    }
  }
  insertRows(sheet, newRows, edits);
}

export function insertRows(sheet: SheetData, rows: ReadonlyArray<{ row: number; xml: string }>, edits: Edit[]): void {
  if (rows.length === 0) return;
  const p = sheet.prefix;
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  if (sheet.sheetData.selfClosing) {
    const open = sheet.xml.slice(sheet.sheetData.start, sheet.sheetData.end).replace(/\s*\/>$/, '>');
    edits.push({ start: sheet.sheetData.start, end: sheet.sheetData.end, text: `${open}${sorted.map((r) => r.xml).join('')}</${p}sheetData>` });
    return;
  }
  for (const r of sorted) {
    const before = sheet.rows.find((existing) => existing.row > r.row);
    const at = before ? before.start : sheet.sheetData.closeStart;
    edits.push({ start: at, end: at, text: r.xml });
  }
}

/** Widens `<dimension ref>` to cover `covered`; a sheet without the element keeps none. */
export function widenDimension(sheet: SheetData, covered: CellRange | null, edits: Edit[]): void {
  if (!sheet.dimension || !covered) return;
  const current = parseRange(sheet.dimension.ref);
  let range = current ?? covered;
  range = unionRange(unionRange(range, { row: covered.top, col: covered.left }), { row: covered.bottom, col: covered.right });
  if (current && rangeName(current) === rangeName(range)) return;
  const tag = sheet.xml.slice(sheet.dimension.start, sheet.dimension.end);
  edits.push({ start: sheet.dimension.start, end: sheet.dimension.end, text: tag.replace(/ref\s*=\s*("[^"]*"|'[^']*')/, `ref="${rangeName(range)}"`) });
}

/**
 * A shared formula keeps its text only in its first cell; the others point at it by `si`. When that first
 * cell is filled, the next cell of the group (in sheet order) takes the text, moved to its own position,
 * and the group's range shrinks to the cells left. Returns the cells whose formula changed.
 */
export function rehomeSharedFormulas(sheet: SheetData, filled: ReadonlySet<SheetCell>, edits: Edit[]): SheetCell[] {
  const changed: SheetCell[] = [];
  const p = sheet.prefix;
  const masters = [...filled].filter((c) => c.formula?.type === 'shared' && c.formula.si !== null && c.formula.text !== '');
  for (const master of masters) {
    const si = master.formula!.si!;
    const rest: SheetCell[] = [];
    for (const row of sheet.rows) {
      for (const c of row.cells) if (c !== master && !filled.has(c) && c.formula?.type === 'shared' && c.formula.si === si) rest.push(c);
    }
    const heir = rest[0];
    if (!heir) continue;
    let range: CellRange | null = null;
    for (const c of rest) range = unionRange(range, c.address);
    const text = shiftFormula(master.formula!.text, heir.address.row - master.address.row, heir.address.col - master.address.col);
    const f = heir.formula!;
    const openTag = sheet.xml.slice(f.start, sheet.xml.indexOf('>', f.start) + 1);
    const extra = [...openTag.matchAll(/\s([\w:]+)\s*=\s*("[^"]*"|'[^']*')/g)]
      .filter((m) => !['t', 'ref', 'si'].includes(m[1]!))
      .map((m) => ` ${m[1]}=${m[2]}`)
      .join('');
    edits.push({
      start: f.start,
      end: f.end,
      text: `<${p}f t="shared" ref="${escapeXmlAttr(rangeName(range!))}" si="${escapeXmlAttr(si)}"${extra}>${escapeXmlText(text)}</${p}f>`,
    });
    changed.push(heir);
  }
  return changed;
}

/**
 * Formula cells keep a cached result that spreadsheets may show without recalculating (LibreOffice does,
 * whatever `fullCalcOnLoad` says). Dropping the cache makes every application compute the formula afresh
 * from the filled cells. `which` picks the cells; filled cells are handled by their own edits.
 */
export function dropCachedResults(sheet: SheetData, which: (cell: SheetCell) => boolean, edits: Edit[]): number {
  let count = 0;
  for (const row of sheet.rows) {
    for (const cell of row.cells) {
      if (!cell.formula || !cell.valueSpan || !which(cell)) continue;
      const open = sheet.xml.slice(cell.start, cell.openEnd);
      if (cell.attrs.has('t')) edits.push({ start: cell.start, end: cell.openEnd, text: open.replace(/\st\s*=\s*("[^"]*"|'[^']*')/, '') });
      edits.push({ start: cell.valueSpan.start, end: cell.valueSpan.end, text: '' });
      count++;
    }
  }
  return count;
}

/** Whether a formula names one of the sheets (`Return!B4`, `'Key outcomes'!B4`), in any case. */
export function formulaReadsSheets(formula: string, sheetNames: readonly string[]): boolean {
  const text = formula.toLowerCase();
  return sheetNames.some((name) => {
    const lower = name.toLowerCase();
    return text.includes(`'${lower.replace(/'/g, "''")}'!`) || new RegExp(`(^|[^a-z0-9_.'])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`).test(text);
  });
}
