import { figureRefText } from '../../../shared/returns';
import { cellName, rangeName, sheetCellName } from './cell-ref';
import { displayNumber } from './display';
import { modelTemplate } from './fill';
import { TEMPLATE_LIMITS, type SheetState, type TemplateLimits } from './package-read';
import type { SheetCell } from './sheet-read';
import { styleOf } from './styles';
import { cellText, type FillOrigin, type FillSpec, type TemplateModel, type TemplateProblem } from './template-model';

/**
 * What the Returns screen shows of a template: each sheet as a grid that looks like the spreadsheet
 * (text as displayed, merges, column widths, row heights, bold/italic/fill/alignment), where figures go and
 * which, the client row, and every problem with its place and a suggestion.
 */
export type GridCell = {
  /** `B4` */
  cell: string;
  row: number;
  col: number;
  text: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  align?: string;
  formula?: boolean;
};

export type ScannedSheet = {
  name: string;
  state: SheetState;
  /** Chart sheets and dialog sheets have no cells. */
  isWorksheet: boolean;
  cells: GridCell[];
  /** True when the sheet has more cells than `maxGridCells`; the first ones (row by row) are given. */
  truncated: boolean;
  merges: string[];
  /** Column number → width in characters, where set; `hiddenColumns` likewise. */
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  rowHeights: Record<number, number>;
  hiddenRows: number[];
  defaultColumnWidth: number;
  defaultRowHeight: number;
};

export type FigurePlace = { where: string; sheet: string; cell: string; figure: string; origin: FillOrigin };
export type ClientRowPlace = { sheet: string; row: number; columns: Array<{ cell: string; figures: string[] }> };

export type TemplateScan = {
  sheets: ScannedSheet[];
  figures: FigurePlace[];
  clientRows: ClientRowPlace[];
  problems: TemplateProblem[];
};

export type ScanResult = { ok: true; scan: TemplateScan } | { ok: false; problems: TemplateProblem[] };

const figuresOf = (spec: FillSpec): string[] => (spec.kind === 'value' ? [figureRefText(spec.ref)] : spec.tokens.map((t) => figureRefText(t.ref)));

function displayText(model: TemplateModel, cell: SheetCell): string {
  const rich = cellText(model.pkg, cell);
  if (rich) return rich.text;
  if (cell.value === null) return '';
  if (cell.type === 'b') return cell.value === '1' ? 'TRUE' : 'FALSE';
  if (cell.type === 'e') return cell.value;
  const n = Number(cell.value);
  return Number.isFinite(n) ? displayNumber(n, styleOf(model.pkg.styles, cell.attrs.get('s')).numFmt, model.pkg.date1904) : cell.value;
}

function scanSheet(model: TemplateModel, index: number, maxGridCells: number): ScannedSheet {
  const { entry, data } = model.sheets[index]!;
  const sheet: ScannedSheet = {
    name: entry.name,
    state: entry.state,
    isWorksheet: data !== null,
    cells: [],
    truncated: false,
    merges: data?.merges.map((m) => rangeName(m.range)) ?? [],
    columnWidths: {},
    hiddenColumns: [],
    rowHeights: {},
    hiddenRows: [],
    defaultColumnWidth: data?.defaultColWidth ?? 8.43,
    defaultRowHeight: data?.defaultRowHeight ?? 15,
  };
  if (!data) return sheet;
  for (const col of data.cols) {
    // A <col> may cover every column to XFD; list only the columns a grid could show.
    for (let c = col.min; c <= Math.min(col.max, col.min + 1000); c++) {
      if (col.width !== null) sheet.columnWidths[c] = col.width;
      if (col.hidden) sheet.hiddenColumns.push(c);
    }
  }
  for (const row of data.rows) {
    const ht = Number(row.attrs.get('ht'));
    if (Number.isFinite(ht) && row.attrs.has('ht')) sheet.rowHeights[row.row] = ht;
    if (row.attrs.get('hidden') === '1' || row.attrs.get('hidden') === 'true') sheet.hiddenRows.push(row.row);
    for (const cell of row.cells) {
      if (sheet.cells.length >= maxGridCells) {
        sheet.truncated = true;
        return sheet;
      }
      const style = styleOf(model.pkg.styles, cell.attrs.get('s'));
      const text = displayText(model, cell);
      if (text === '' && !style.fill) continue;
      sheet.cells.push({
        cell: cellName(cell.address),
        row: cell.address.row,
        col: cell.address.col,
        text,
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italic: true } : {}),
        ...(style.fill ? { fill: style.fill } : {}),
        ...(style.align ? { align: style.align } : {}),
        ...(cell.formula ? { formula: true } : {}),
      });
    }
  }
  return sheet;
}

/** Reads a template for the Returns screen. Refused files give problems only; token problems come with the scan. */
export function scanTemplate(
  bytes: Uint8Array,
  options: { mapping?: Readonly<Record<string, string>>; limits?: TemplateLimits; maxGridCells?: number } = {},
): ScanResult {
  const model = modelTemplate(bytes, options.mapping, options.limits ?? TEMPLATE_LIMITS);
  if (Array.isArray(model)) return { ok: false, problems: model };
  const maxGridCells = options.maxGridCells ?? 20_000;
  const sheetName = (i: number) => model.sheets[i]!.entry.name;
  const figures: FigurePlace[] = [];
  for (const t of model.targets) {
    for (const figure of figuresOf(t.spec)) {
      figures.push({
        where: sheetCellName(sheetName(t.sheet), t.address),
        sheet: sheetName(t.sheet),
        cell: cellName(t.address),
        figure,
        origin: t.origin,
      });
    }
  }
  const clientRows = model.clientRows.map((r) => ({
    sheet: sheetName(r.sheet),
    row: r.row.row,
    columns: [...r.specs].map(([col, spec]) => ({ cell: cellName({ row: r.row.row, col }), figures: spec === 'empty' ? [] : figuresOf(spec) })),
  }));
  return {
    ok: true,
    scan: { sheets: model.sheets.map((_, i) => scanSheet(model, i, maxGridCells)), figures, clientRows, problems: model.problems },
  };
}
