import { parseCell, parseRange, type CellAddress, type CellRange } from './cell-ref';
import { readRichString, type RichString } from './rich-text';
import { tooLarge } from './template-errors';
import { readElementText, skipElement, xmlTokens, type XmlOpen, type XmlToken } from './xml-lexer';

/**
 * A worksheet part read for filling: every cell with the offsets of its `<c>` element (so a filled cell
 * can be replaced and nothing else touched), its formula, value and inline text; rows with their offsets;
 * and the sheet-level facts the preview and the client row need (merges, column widths, row heights,
 * dimension, autofilter, table parts).
 */
export type SheetFormula = {
  text: string;
  type: 'normal' | 'shared' | 'array' | 'dataTable';
  ref: string | null;
  si: string | null;
  /** The `<f>` element's offsets in the part. */
  start: number;
  end: number;
};

export type SheetCell = {
  address: CellAddress;
  start: number;
  end: number;
  /** End of the `<c …>` open tag. */
  openEnd: number;
  /** The `<v>` element's offsets, when there is one. */
  valueSpan: Span | null;
  attrs: Map<string, string>;
  /** The `t` attribute; absent means a number. */
  type: string;
  formula: SheetFormula | null;
  /** Text of `<v>`, decoded. */
  value: string | null;
  inline: RichString | null;
};

export type SheetRow = { row: number; start: number; end: number; attrs: Map<string, string>; cells: SheetCell[] };
export type Span = { start: number; end: number };
export type ColumnInfo = { min: number; max: number; width: number | null; hidden: boolean };

export type SheetData = {
  xml: string;
  /** Namespace prefix of the part's elements (`''`, or `x:` in files some tools write). */
  prefix: string;
  rows: SheetRow[];
  /** Where new rows can go when `<sheetData/>` is empty: just before `</sheetData>`, or the self-closing tag. */
  sheetData: Span & { selfClosing: boolean; closeStart: number };
  dimension: (Span & { ref: string }) | null;
  merges: Array<Span & { range: CellRange }>;
  mergeCells: (Span & { closeStart: number }) | null;
  autoFilter: (Span & { ref: string }) | null;
  cols: ColumnInfo[];
  defaultColWidth: number | null;
  defaultRowHeight: number | null;
  tableRelIds: string[];
  /** Where `<mergeCells>` would go if the sheet had none: after `</sheetData>` and any of the elements the schema puts between. */
  afterSheetData: number;
};

const num = (v: string | undefined) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? null : Number(v));

function readFormula(tokens: Iterator<XmlToken>, open: XmlOpen): SheetFormula {
  const { text, end } = readElementText(tokens, open);
  const t = open.attrs.get('t');
  return {
    text,
    type: t === 'shared' || t === 'array' || t === 'dataTable' ? t : 'normal',
    ref: open.attrs.get('ref') ?? null,
    si: open.attrs.get('si') ?? null,
    start: open.start,
    end,
  };
}

function readCell(xml: string, tokens: Iterator<XmlToken>, open: XmlOpen, fallback: CellAddress): SheetCell {
  const address = parseCell(open.attrs.get('r') ?? '') ?? fallback;
  const cell: SheetCell = {
    address, start: open.start, end: open.end, openEnd: open.end, valueSpan: null, attrs: open.attrs, type: open.attrs.get('t') ?? 'n',
    formula: null, value: null, inline: null,
  };
  if (open.selfClosing) return cell;
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'close' && token.local === 'c') {
      cell.end = token.end;
      return cell;
    }
    if (token.type !== 'open') continue;
    if (token.local === 'f') cell.formula = readFormula(tokens, token);
    else if (token.local === 'v') {
      const v = readElementText(tokens, token);
      cell.value = v.text;
      cell.valueSpan = { start: token.start, end: v.end };
    }
    else if (token.local === 'is') cell.inline = readRichString(xml, tokens, token).value;
    else skipElement(tokens, token);
  }
  return cell;
}

export function readSheet(xml: string, maxCells: number): SheetData {
  const sheet: SheetData = {
    xml,
    prefix: '',
    rows: [],
    sheetData: { start: 0, end: 0, selfClosing: true, closeStart: 0 },
    dimension: null,
    merges: [],
    mergeCells: null,
    autoFilter: null,
    cols: [],
    defaultColWidth: null,
    defaultRowHeight: null,
    tableRelIds: [],
    afterSheetData: 0,
  };
  let cellCount = 0;
  let depth = 0;
  let row: SheetRow | null = null;
  let nextRow = 1;
  let nextCol = 1;
  const tokens = xmlTokens(xml);
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'text') continue;
    if (token.type === 'close') {
      depth--;
      if (token.local === 'row' && row) {
        row.end = token.end;
        row = null;
      } else if (token.local === 'sheetData') {
        sheet.sheetData.closeStart = token.start;
        sheet.sheetData.end = token.end;
        sheet.afterSheetData = token.end;
      } else if (token.local === 'mergeCells' && sheet.mergeCells) {
        sheet.mergeCells.closeStart = token.start;
        sheet.mergeCells.end = token.end;
      }
      continue;
    }
    const a = token.attrs;
    if (depth === 0) {
      sheet.prefix = token.name.includes(':') ? token.name.slice(0, token.name.indexOf(':') + 1) : '';
    } else if (token.local === 'c' && row) {
      if (++cellCount > maxCells) throw tooLarge(`a sheet with more than ${maxCells.toLocaleString('en-GB')} cells`, 0);
      const cell = readCell(xml, tokens, token, { row: row.row, col: nextCol });
      nextCol = cell.address.col + 1;
      row.cells.push(cell);
      continue;
    } else if (token.local === 'row' && depth === 2) {
      row = { row: num(a.get('r')) ?? nextRow, start: token.start, end: token.end, attrs: a, cells: [] };
      nextRow = row.row + 1;
      nextCol = 1;
      sheet.rows.push(row);
      if (token.selfClosing) row = null;
      else depth++;
      continue;
    } else if (!readSheetChild(sheet, token, tokens)) {
      continue;
    }
    if (!token.selfClosing) depth++;
  }
  return sheet;
}

/** Children of `<worksheet>`; returns false when it consumed the element's content itself. */
function readSheetChild(sheet: SheetData, token: XmlOpen, tokens: Iterator<XmlToken>): boolean {
  const a = token.attrs;
  switch (token.local) {
    case 'dimension':
      sheet.dimension = { start: token.start, end: token.end, ref: a.get('ref') ?? '' };
      return true;
    case 'sheetFormatPr':
      sheet.defaultColWidth = num(a.get('defaultColWidth')) ?? (num(a.get('baseColWidth')) !== null ? num(a.get('baseColWidth'))! + 0.7109375 : null);
      sheet.defaultRowHeight = num(a.get('defaultRowHeight'));
      return true;
    case 'col':
      sheet.cols.push({ min: num(a.get('min')) ?? 1, max: num(a.get('max')) ?? 1, width: num(a.get('width')), hidden: a.get('hidden') === '1' || a.get('hidden') === 'true' });
      return true;
    case 'sheetData':
      sheet.sheetData = { start: token.start, end: token.end, selfClosing: token.selfClosing, closeStart: token.end };
      sheet.afterSheetData = token.end;
      return true;
    case 'mergeCells':
      sheet.mergeCells = { start: token.start, end: token.end, closeStart: token.end };
      return true;
    case 'mergeCell': {
      const range = parseRange(a.get('ref') ?? '');
      if (range) sheet.merges.push({ start: token.start, end: token.end, range });
      return true;
    }
    case 'autoFilter': {
      const end = token.selfClosing ? token.end : skipElement(tokens, token);
      sheet.autoFilter = { start: token.start, end, ref: a.get('ref') ?? '' };
      return false;
    }
    case 'tablePart': {
      const id = [...a].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
      if (id) sheet.tableRelIds.push(id);
      return true;
    }
    case 'sheetCalcPr':
    case 'sheetProtection':
    case 'protectedRanges':
    case 'scenarios':
      // The schema puts these between </sheetData> and <autoFilter>/<mergeCells>.
      if (token.selfClosing) sheet.afterSheetData = token.end;
      else sheet.afterSheetData = skipElement(tokens, token);
      return false;
    default:
      if (token.local === 'cols' || token.local === 'tableParts') return true;
      if (!token.selfClosing) skipElement(tokens, token);
      return false;
  }
}
