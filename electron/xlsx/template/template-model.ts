import {
  isWholeCellToken, parseCellTokens, parseFigureRef, type FigureRef, type TokenMatch,
} from '../../../shared/returns';
import { inRange, parseRange, parseSheetCell, sheetCellName, type CellAddress, type CellRange } from './cell-ref';
import { readPartText, type SheetEntry, type TemplatePackage } from './package-read';
import type { RichString } from './rich-text';
import { readSheet, type SheetCell, type SheetData, type SheetRow } from './sheet-read';
import { nearestFigure } from './suggest';
import type { RefusalCode } from './template-errors';

/**
 * What a template asks for, found once and used by both the scan (for the Returns screen) and the fill:
 * the cells to fill and how, the repeating client row, and every problem that stops a fill.
 */
export type ParsedToken = TokenMatch & { ref: FigureRef };

/** `value`: the cell becomes the figure's typed value; `text`: tokens inside text are replaced in the text. */
export type FillSpec = { kind: 'value'; ref: FigureRef } | { kind: 'text'; rich: RichString; tokens: ParsedToken[] };

export type FillOrigin = 'token' | 'name' | 'mapping';
export type CellTarget = { sheet: number; address: CellAddress; spec: FillSpec; origin: FillOrigin; cell: SheetCell | null };

export type ClientRowTemplate = {
  sheet: number;
  row: SheetRow;
  /** Column → how to fill it per client; cells without tokens are copied as they are. */
  specs: Map<number, FillSpec | 'empty'>;
};

export type ProblemKind =
  /** The file as a whole is refused (`code` says why). */
  | 'file'
  | 'unknown_figure'
  | 'client_column_outside_client_row'
  | 'rows_in_the_way'
  | 'name_not_one_cell'
  | 'inside_array_formula'
  | 'bad_mapping';

export type TemplateProblem = { kind: ProblemKind; where: string; message: string; suggestion?: string; code?: RefusalCode };

export type ModelSheet = { entry: SheetEntry; data: SheetData | null; cells: Map<string, SheetCell> };
export type TemplateModel = {
  pkg: TemplatePackage;
  sheets: ModelSheet[];
  targets: CellTarget[];
  clientRows: ClientRowTemplate[];
  problems: TemplateProblem[];
};

export const cellKey = (a: CellAddress) => `${a.row}:${a.col}`;

/** The text a cell shows when it holds text: shared string, inline string, or a formula's text result. */
export function cellText(pkg: TemplatePackage, cell: SheetCell): RichString | null {
  if (cell.type === 's') return pkg.sharedStrings[Number(cell.value)] ?? null;
  if (cell.type === 'inlineStr') return cell.inline ?? { text: '', runs: null };
  if (cell.type === 'str' && cell.value !== null) return { text: cell.value, runs: null };
  return null;
}

function unknownProblem(where: string, token: { inner: string; message: string }, clientRow: boolean): TemplateProblem {
  const suggestion = nearestFigure(token.inner, clientRow && /^(client|job)\./i.test(token.inner));
  return { kind: 'unknown_figure', where, message: `${where}: ${token.message}; did you mean "${suggestion}"?`, suggestion };
}

/** The cell's tokens, or problems; `inClientRow` allows client columns. */
function specOfText(where: string, rich: RichString, inClientRow: boolean, problems: TemplateProblem[]): { spec: FillSpec | null; marker: boolean } {
  const parsed = parseCellTokens(rich.text);
  if (!parsed) return { spec: null, marker: false };
  if (!parsed.ok) {
    for (const bad of parsed.bad) problems.push(unknownProblem(where, bad, inClientRow));
    return { spec: null, marker: false };
  }
  if (!inClientRow) {
    const outside = parsed.tokens.filter((t) => t.ref.kind === 'client_column');
    for (const t of outside) {
      problems.push({
        kind: 'client_column_outside_client_row',
        where,
        message: `${where}: "{{${t.inner}}}" is a client column; it works only in the row whose first cell starts with {{#clients}}`,
      });
    }
    if (outside.length > 0) return { spec: null, marker: parsed.marker !== null };
  }
  let rich2 = rich;
  let tokens = parsed.tokens;
  if (parsed.marker) {
    // The marker is removed from the text; what is left is filled like any other cell of the row.
    const m: TokenMatch = parsed.marker;
    rich2 = stripSpan(rich, m.start, m.end);
    tokens = tokens.map((t) => ({ ...t, start: t.start - (m.end - m.start), end: t.end - (m.end - m.start) }));
  }
  if (tokens.length === 0) return { spec: null, marker: parsed.marker !== null };
  const whole = isWholeCellToken(rich2.text, tokens);
  return { spec: whole ? { kind: 'value', ref: tokens[0]!.ref } : { kind: 'text', rich: rich2, tokens }, marker: parsed.marker !== null };
}

function stripSpan(rich: RichString, start: number, end: number): RichString {
  if (!rich.runs) return { text: rich.text.slice(0, start) + rich.text.slice(end), runs: null };
  let at = 0;
  const runs = rich.runs.map((r) => {
    const from = at;
    at += r.text.length;
    const a = Math.max(start, from) - from;
    const b = Math.min(end, at) - from;
    return a < b ? { rPr: r.rPr, text: r.text.slice(0, a) + r.text.slice(b) } : r;
  });
  return { text: runs.map((r) => r.text).join(''), runs };
}

const hasContent = (pkg: TemplatePackage, cell: SheetCell) =>
  cell.formula !== null || (cell.value !== null && cell.value !== '') || (cell.inline !== null && cell.inline.text !== '') || (cellText(pkg, cell)?.text ?? '') !== '';

function scanSheet(model: TemplateModel, index: number): void {
  const { pkg, problems } = model;
  const sheet = model.sheets[index]!;
  const data = sheet.data;
  if (!data) return;
  const name = sheet.entry.name;
  let clientRow = null as ClientRowTemplate | null;
  const inTheWay: number[] = [];
  for (const row of data.rows) {
    const firstFilled = row.cells.find((c) => hasContent(pkg, c));
    const firstText = firstFilled ? cellText(pkg, firstFilled) : null;
    const isClientRow: boolean = !clientRow && firstText !== null && /^\s*\{\{\s*#clients\s*\}\}/i.test(firstText.text);
    if (clientRow && row.cells.some((c) => hasContent(pkg, c))) inTheWay.push(row.row);
    const rowTemplate: ClientRowTemplate | null = isClientRow ? { sheet: index, row, specs: new Map() } : null;
    for (const cell of row.cells) {
      const rich = cellText(pkg, cell);
      if (!rich) continue;
      const where = sheetCellName(name, cell.address);
      const { spec } = specOfText(where, rich, isClientRow, problems);
      if (rowTemplate) rowTemplate.specs.set(cell.address.col, spec ?? 'empty');
      else if (spec) model.targets.push({ sheet: index, address: cell.address, spec, origin: 'token', cell });
    }
    if (rowTemplate) {
      // Cells of the row without tokens are copied per client: 'empty' marks only the marker-only cell.
      for (const cell of row.cells) {
        const spec = rowTemplate.specs.get(cell.address.col);
        if (spec === 'empty' && cell !== firstFilled) rowTemplate.specs.delete(cell.address.col);
      }
      clientRow = rowTemplate;
    }
  }
  if (clientRow) {
    const r = clientRow.row.row;
    for (const merge of data.merges) if (merge.range.top > r && !inTheWay.includes(merge.range.top)) inTheWay.push(merge.range.top);
    if (inTheWay.length > 0) {
      const where = `${sheetCellName(name, { row: r, col: 1 }).replace(/![A-Z]+\d+$/, '')}!${r}:${r}`;
      const rows = [...new Set(inTheWay)].sort((a, b) => a - b);
      problems.push({
        kind: 'rows_in_the_way',
        where,
        message: `${where}: the {{#clients}} row must be the last used row of its sheet, because it grows by one row per client; row${rows.length > 1 ? 's' : ''} ${listRows(rows)} ${rows.length > 1 ? 'are' : 'is'} in the way. Move ${rows.length > 1 ? 'them' : 'it'} above the client row or to another sheet.`,
      });
    } else model.clientRows.push(clientRow);
  }
}

function listRows(rows: number[]): string {
  const shown = rows.slice(0, 20).join(', ');
  return rows.length > 20 ? `${shown} and ${rows.length - 20} more` : shown;
}

/** Defined names that are figure references, e.g. a name `active_caseload` on `Return!$B$20`. */
function scanNames(model: TemplateModel): void {
  for (const name of model.pkg.definedNames) {
    if (name.name.startsWith('_xlnm.')) continue;
    const parsed = parseFigureRef(name.name);
    if (!parsed.ok || parsed.ref.kind === 'client_column') continue;
    const target = parseSheetCell(name.formula);
    const sheetIndex = target ? model.sheets.findIndex((s) => s.entry.name === target.sheet) : -1;
    if (!target || sheetIndex < 0 || !model.sheets[sheetIndex]!.data) {
      model.problems.push({
        kind: 'name_not_one_cell',
        where: name.name,
        message: `Defined name "${name.name}" refers to ${name.formula}; a name that asks for a figure must refer to one cell of a worksheet, like Return!$B$20`,
      });
      continue;
    }
    const sheet = model.sheets[sheetIndex]!;
    const cell = sheet.cells.get(cellKey(target.cell)) ?? null;
    model.targets.push({ sheet: sheetIndex, address: target.cell, spec: { kind: 'value', ref: parsed.ref }, origin: 'name', cell });
  }
}

/** A saved mapping: `Sheet!A1` → figure text. Entries that no longer fit the template are problems. */
export function addMapping(model: TemplateModel, mapping: Readonly<Record<string, string>>): void {
  for (const [at, figure] of Object.entries(mapping)) {
    const place = parseSheetCell(at);
    const sheetIndex = place ? model.sheets.findIndex((s) => s.entry.name === place.sheet) : -1;
    if (!place || sheetIndex < 0 || !model.sheets[sheetIndex]!.data) {
      model.problems.push({ kind: 'bad_mapping', where: at, message: `Mapping ${at}: no such cell in this template; remove it or map another cell` });
      continue;
    }
    const parsed = parseFigureRef(figure);
    if (!parsed.ok || parsed.ref.kind === 'client_column') {
      const suggestion = nearestFigure(figure);
      const why = parsed.ok ? `"${figure}" is a client column` : parsed.message;
      model.problems.push({ kind: 'bad_mapping', where: at, message: `Mapping ${at}: ${why}; did you mean "${suggestion}"?`, suggestion });
      continue;
    }
    const sheet = model.sheets[sheetIndex]!;
    model.targets.push({ sheet: sheetIndex, address: place.cell, spec: { kind: 'value', ref: parsed.ref }, origin: 'mapping', cell: sheet.cells.get(cellKey(place.cell)) ?? null });
  }
}

/** Array formulas cover ranges; a cell inside one (but not its first cell) cannot take a value on its own. */
export function checkArrayFormulas(model: TemplateModel): void {
  for (const target of model.targets) {
    const data = model.sheets[target.sheet]!.data!;
    for (const row of data.rows) {
      for (const cell of row.cells) {
        if (cell.formula?.type !== 'array' || !cell.formula.ref) continue;
        const range: CellRange | null = parseRange(cell.formula.ref);
        if (!range || !inRange(range, target.address) || cellKey(cell.address) === cellKey(target.address)) continue;
        const where = sheetCellName(model.sheets[target.sheet]!.entry.name, target.address);
        model.problems.push({
          kind: 'inside_array_formula',
          where,
          message: `${where}: the cell is part of the array formula in ${cell.formula.ref}; put the figure in a cell outside it`,
        });
      }
    }
  }
}

/** Later origins win: a defined name over a token in the same cell, a saved mapping over both. */
export function dedupeTargets(targets: CellTarget[]): CellTarget[] {
  const byCell = new Map<string, CellTarget>();
  for (const t of targets) byCell.set(`${t.sheet}:${cellKey(t.address)}`, t);
  return [...byCell.values()];
}

export function buildTemplateModel(pkg: TemplatePackage): TemplateModel {
  const sheets: ModelSheet[] = pkg.sheets.map((entry) => {
    const xml = entry.isWorksheet && entry.path ? readPartText(pkg, entry.path) : null;
    const data = xml === null ? null : readSheet(xml, pkg.limits.maxCellsPerSheet);
    const cells = new Map<string, SheetCell>();
    for (const row of data?.rows ?? []) for (const c of row.cells) cells.set(cellKey(c.address), c);
    return { entry, data, cells };
  });
  const model: TemplateModel = { pkg, sheets, targets: [], clientRows: [], problems: [] };
  sheets.forEach((_, i) => scanSheet(model, i));
  scanNames(model);
  return model;
}
