import type ExcelJS from 'exceljs';
import { METRIC_CATALOGUE, type MetricId } from '../../../shared/outcomes';

/**
 * The look shared by the built-in returns: an NHS-blue title band, a block saying whose return it is and
 * for which period, section headings, tables with a header row, and a Notes sheet defining every figure.
 * Everything a figure needs is a token in a cell, so the built-ins are filled by the same filler as a
 * commissioner's own template.
 */
export const NHS_BLUE = 'FF005EB8';
const PALE_BLUE = 'FFE8EDEE';
const GREY_TEXT = 'FF425563';
const FONT = 'Arial';

export const FORMATS = {
  count: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
  /** Hand-entered percentages are kept as published (0–100), not as fractions. */
  enteredPercent: '0.0"%"',
  date: 'dd/mm/yyyy',
  score: '0',
} as const;

const thin = { style: 'thin' as const, color: { argb: 'FFAEB7BD' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export type Sheet = ExcelJS.Worksheet;

/** Title band, service, period and as-of lines, and what the units are. Returns the next free row. */
export function headerBlock(ws: Sheet, title: string, lastCol: number, units: string): number {
  ws.mergeCells(1, 1, 1, lastCol);
  const t = ws.getCell(1, 1);
  t.value = title;
  t.font = { name: FONT, size: 16, bold: true, color: { argb: 'FFFFFFFF' } };
  t.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NHS_BLUE } };
  t.alignment = { vertical: 'middle', indent: 1 };
  ws.getRow(1).height = 30;
  const lines: Array<[string, string]> = [
    ['Service', '{{service.name}}'],
    ['Reporting period', '{{period.label}}: {{period.start}} to {{period.end}}'],
    ['Data as of', '{{as_of}}'],
    ['Prepared by', '{{service.manager}}'],
    ['Units', units],
  ];
  lines.forEach(([label, value], i) => {
    const row = 3 + i;
    ws.mergeCells(row, 1, row, lastCol);
    const c = ws.getCell(row, 1);
    // A bold label run and the value (with its tokens) in one cell: the filler keeps each run's formatting.
    c.value = { richText: [{ font: { name: FONT, size: 10, bold: true, color: { argb: GREY_TEXT } }, text: `${label}: ` }, { font: { name: FONT, size: 10 }, text: value }] };
    c.alignment = { wrapText: true, vertical: 'top' };
    if (label === 'Units') ws.getRow(row).height = 27;
  });
  return 3 + lines.length + 1;
}

/** A section heading across the table's width. Returns the next row. */
export function sectionHeading(ws: Sheet, row: number, text: string, lastCol: number, note?: string): number {
  ws.mergeCells(row, 1, row, lastCol);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { name: FONT, size: 12, bold: true, color: { argb: NHS_BLUE } };
  c.border = { bottom: { style: 'medium', color: { argb: NHS_BLUE } } };
  ws.getRow(row).height = 20;
  if (!note) return row + 1;
  ws.mergeCells(row + 1, 1, row + 1, lastCol);
  const n = ws.getCell(row + 1, 1);
  n.value = note;
  n.font = { name: FONT, size: 9, italic: true, color: { argb: GREY_TEXT } };
  n.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(row + 1).height = Math.max(15, Math.ceil(note.length / 110) * 13);
  return row + 2;
}

export function tableHeader(ws: Sheet, row: number, labels: readonly string[]): number {
  labels.forEach((label, i) => {
    if (label === '') return;
    const c = ws.getCell(row, i + 1);
    c.value = label;
    c.font = { name: FONT, size: 10, bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NHS_BLUE } };
    c.alignment = { vertical: 'middle', horizontal: i === 0 ? 'left' : 'center', wrapText: true };
    c.border = BORDER;
  });
  ws.getRow(row).height = 28;
  return row + 1;
}

/** A cell value: plain text, a token with its number format, or a formula. */
export type CellSpec = string | { token: string; format?: string } | { formula: string; format?: string } | null;

/**
 * Rows do not grow to fit wrapped text when a spreadsheet opens a file (only when a person edits the
 * cell), so each row is given the height its longest text needs at 10 pt.
 */
function fitHeight(ws: Sheet, row: number, cells: readonly CellSpec[]): void {
  let lines = 1;
  cells.forEach((spec, i) => {
    if (typeof spec !== 'string') return;
    const width = ws.getColumn(i + 1).width ?? 10;
    lines = Math.max(lines, Math.ceil((spec.length * 0.95) / width));
  });
  if (lines > 1) ws.getRow(row).height = lines * 12.75 + 2;
}

export function tableRow(ws: Sheet, row: number, cells: readonly CellSpec[], options: { shade?: boolean; bold?: boolean } = {}): number {
  fitHeight(ws, row, cells);
  cells.forEach((spec, i) => {
    const c = ws.getCell(row, i + 1);
    if (spec === null) c.value = null;
    else if (typeof spec === 'string') c.value = spec;
    else if ('token' in spec) c.value = `{{${spec.token}}}`;
    else c.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
    if (spec !== null && typeof spec !== 'string' && spec.format) c.numFmt = spec.format;
    c.font = { name: FONT, size: 10, bold: options.bold ?? false };
    const isText = spec === null || typeof spec === 'string';
    c.alignment = { vertical: 'top', horizontal: isText ? 'left' : 'right', wrapText: isText, ...(isText && i > 1 ? { indent: 1 } : {}) };
    c.border = BORDER;
    if (options.shade) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PALE_BLUE } };
  });
  return row + 1;
}

export function setColumns(ws: Sheet, widths: readonly number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export function printSetup(ws: Sheet, orientation: 'portrait' | 'landscape', lastCol: number): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printArea: `A1:${String.fromCharCode(64 + lastCol)}${ws.rowCount}`,
  };
  ws.headerFooter = { oddFooter: '&L&8&F&R&8Page &P of &N' };
}

/** The Notes sheet: every figure of the return with its definition and target, from the metric catalogue. */
export function notesSheet(wb: ExcelJS.Workbook, metrics: readonly MetricId[], extra: ReadonlyArray<[string, string]> = []): void {
  const ws = wb.addWorksheet('Notes');
  setColumns(ws, [34, 100, 26]);
  ws.mergeCells(1, 1, 1, 3);
  const t = ws.getCell(1, 1);
  t.value = 'Notes: how each figure is defined';
  t.font = { name: FONT, size: 14, bold: true, color: { argb: 'FFFFFFFF' } };
  t.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: NHS_BLUE } };
  ws.getRow(1).height = 26;
  const intro =
    'All figures are calculated by IPS Desk from the service\u2019s records for the reporting period shown on the first sheet. An event counts in the period only if its date is in the period and on or before the "data as of" date; snapshot figures are taken on the last day of the period or the "data as of" date, whichever is earlier. Rates are shown as percentages of the stated denominator; a blank rate means there was nobody to count.';
  ws.mergeCells(2, 1, 2, 3);
  ws.getCell(2, 1).value = intro;
  ws.getCell(2, 1).font = { name: FONT, size: 9, italic: true };
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = 40;
  let row = tableHeader(ws, 4, ['Figure', 'Definition', 'Target']);
  for (const [figure, text] of extra) {
    row = tableRow(ws, row, [figure, text, null]);
    ws.getCell(row - 1, 2).alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row - 1).height = Math.max(15, Math.ceil(text.length / 95) * 13);
  }
  for (const id of metrics) {
    const m = METRIC_CATALOGUE[id];
    row = tableRow(ws, row, [m.title, m.rule, m.target?.text ?? null]);
    ws.getCell(row - 1, 2).alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(row - 1, 3).alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row - 1).height = Math.max(15, Math.ceil(m.rule.length / 95) * 13);
  }
  printSetup(ws, 'landscape', 3);
}
