import { parseRange, rangeName, type CellRange } from './cell-ref';
import { shiftFormula } from './formula-shift';
import type { SheetCell, SheetData, SheetRow } from './sheet-read';
import type { Edit } from './sheet-edits';
import { escapeXmlAttr, escapeXmlText } from './xml-lexer';

/**
 * The `{{#clients}}` row written once per client: row R becomes rows R … R+n−1. Each copy keeps the row's
 * height and style and each cell's style; cells with tokens get the client's values, other cells are
 * copied (formulas moved down like a fill-down). Merges within the row are repeated, and the ranges that
 * end on the row (autofilter, conditional formats, validations, tables) grow to cover the new rows.
 */
export type RowCellWriter = (cell: SheetCell, index: number, rowNumber: number) => string | null;

const DROPPED_ROW_ATTRIBUTES = new Set(['r', 'spans']);

function rowOpen(row: SheetRow, rowNumber: number, prefix: string): string {
  let attrs = '';
  for (const [k, v] of row.attrs) if (!DROPPED_ROW_ATTRIBUTES.has(k)) attrs += ` ${k}="${escapeXmlAttr(v)}"`;
  return `<${prefix}row r="${rowNumber}"${attrs}>`;
}

/** Master formula text of each shared group, to turn a group member into a plain formula. */
function sharedMasters(sheet: SheetData): Map<string, SheetCell> {
  const masters = new Map<string, SheetCell>();
  for (const row of sheet.rows) {
    for (const c of row.cells) if (c.formula?.type === 'shared' && c.formula.si !== null && c.formula.text !== '') masters.set(c.formula.si, c);
  }
  return masters;
}

/** A copied cell at `rowNumber`: same XML with its address moved; a formula becomes a plain moved formula. */
export function copiedCellXml(sheet: SheetData, cell: SheetCell, rowNumber: number, masters: Map<string, SheetCell>): string {
  const p = sheet.prefix;
  const raw = sheet.xml.slice(cell.start, cell.end);
  const ref = `${raw.match(/\sr\s*=\s*"([A-Za-z]+)/)?.[1] ?? ''}${rowNumber}`;
  const moved = /\sr\s*=\s*"[^"]*"/.test(raw) ? raw.replace(/\sr\s*=\s*"[^"]*"/, ` r="${ref}"`) : raw;
  const f = cell.formula;
  if (!f) return moved;
  let text = f.text;
  let fromRow = cell.address.row;
  let fromCol = cell.address.col;
  if (f.type === 'shared' && f.text === '' && f.si !== null) {
    const master = masters.get(f.si);
    if (!master) return moved;
    text = master.formula!.text;
    fromRow = master.address.row;
    fromCol = master.address.col;
  }
  if (f.type === 'array' || f.type === 'dataTable') return moved;
  const shifted = shiftFormula(text, rowNumber - fromRow, cell.address.col - fromCol);
  const openEnd = raw.indexOf('>');
  const open = raw
    .slice(0, openEnd + 1)
    .replace(/\sr\s*=\s*"[^"]*"/, ` r="${ref}"`)
    .replace(/\s(t|cm|vm)\s*=\s*"[^"]*"/g, '')
    .replace(/\/>$/, '>');
  return `${open}<${p}f>${escapeXmlText(shifted)}</${p}f></${p}c>`;
}

export function clientRowsXml(sheet: SheetData, row: SheetRow, count: number, write: RowCellWriter): string {
  const masters = sharedMasters(sheet);
  const p = sheet.prefix;
  let out = '';
  for (let i = 0; i < Math.max(count, 1); i++) {
    const rowNumber = row.row + i;
    out += rowOpen(row, rowNumber, p);
    for (const cell of row.cells) out += write(cell, i, rowNumber) ?? copiedCellXml(sheet, cell, rowNumber, masters);
    out += `</${p}row>`;
  }
  return out;
}

/** `A5:F5` with bottom row R → `A5:F{R+n−1}`; other ranges unchanged. */
function grow(ref: string, row: number, lastRow: number): string {
  return ref
    .split(/\s+/)
    .map((part) => {
      const range = parseRange(part);
      if (!range || range.bottom !== row) return part;
      return rangeName({ ...range, bottom: lastRow });
    })
    .join(' ');
}

/** Edits outside `<sheetData>` that go with the repeated row. */
export function clientRowSheetEdits(sheet: SheetData, row: number, count: number, edits: Edit[]): void {
  if (count <= 1) return;
  const last = row + count - 1;
  const p = sheet.prefix;
  const xml = sheet.xml;
  const from = sheet.sheetData.end;
  // Conditional formatting and validation ranges: `sqref` attributes, and x14 `<xm:sqref>` in the extension list.
  for (const m of xml.slice(from).matchAll(/(\ssqref\s*=\s*")([^"]*)"|(<(?:\w+:)?sqref>)([^<]*)(<\/)/g)) {
    const at = from + m.index;
    const [head, ref, tail] = m[1] !== undefined ? [m[1], m[2]!, '"'] : [m[3]!, m[4]!, m[5]!];
    const grown = grow(ref, row, last);
    if (grown !== ref) edits.push({ start: at, end: at + m[0].length, text: `${head}${grown}${tail}` });
  }
  if (sheet.autoFilter) {
    const { start } = sheet.autoFilter;
    const open = xml.slice(start, xml.indexOf('>', start) + 1);
    const grown = grow(sheet.autoFilter.ref, row, last);
    if (grown !== sheet.autoFilter.ref) edits.push({ start, end: start + open.length, text: open.replace(/\sref\s*=\s*"[^"]*"/, ` ref="${grown}"`) });
  }
  // Merges inside the row, repeated for every new row.
  const rowMerges = sheet.merges.filter((mg) => mg.range.top === row && mg.range.bottom === row);
  if (rowMerges.length > 0 && sheet.mergeCells) {
    const added: string[] = [];
    for (let r = row + 1; r <= last; r++) {
      for (const mg of rowMerges) added.push(`<${p}mergeCell ref="${rangeName({ ...mg.range, top: r, bottom: r } as CellRange)}"/>`);
    }
    const mc = sheet.mergeCells;
    const open = xml.slice(mc.start, xml.indexOf('>', mc.start) + 1);
    const total = sheet.merges.length + added.length;
    edits.push({ start: mc.start, end: mc.start + open.length, text: open.replace(/count\s*=\s*"\d+"/, `count="${total}"`) });
    edits.push({ start: mc.closeStart, end: mc.closeStart, text: added.join('') });
  }
}

/** A table part whose range ends on the row grows with it (its own autoFilter too). */
export function growTableXml(tableXml: string, row: number, count: number): string {
  if (count <= 1) return tableXml;
  const last = row + count - 1;
  return tableXml.replace(/(<(?:\w+:)?(?:table|autoFilter)\b[^>]*?\sref\s*=\s*")([^"]*)"/g, (all, head: string, ref: string) => {
    const grown = grow(ref, row, last);
    return grown === ref ? all : `${head}${grown}"`;
  });
}
