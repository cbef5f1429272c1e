import {
  clientColumn, figureAsText, figureRefText, type ClientRow, type FigureRef, type FigureValue,
} from '../../../shared/returns';
import { sheetCellName, unionRange, type CellRange } from './cell-ref';
import { clientRowSheetEdits, clientRowsXml, growTableXml } from './client-rows-write';
import { cellXml, typedValue, type WrittenValue } from './cell-write';
import {
  TEMPLATE_LIMITS, openTemplatePackage, readPartText, readRelationships, relsPathOf, type TemplateLimits, type TemplatePackage,
} from './package-read';
import { replaceSpans } from './rich-text';
import {
  applyEdits, dropCachedResults, formulaReadsSheets, insertCells, rehomeSharedFormulas, widenDimension, type Edit,
} from './sheet-edits';
import type { SheetCell } from './sheet-read';
import { TemplateRefusal } from './template-errors';
import {
  addMapping, buildTemplateModel, checkArrayFormulas, dedupeTargets, type ClientRowTemplate, type FillOrigin, type FillSpec,
  type ModelSheet, type TemplateModel, type TemplateProblem,
} from './template-model';
import { removeContentTypeOverride, removeRelationshipTo, setFullCalcOnLoad } from './workbook-edit';
import { writeZip, type OutputEntry } from './zip-write';

/** Gives the value of any figure reference other than a client column (shared/returns resolveFigure does it from a report). */
export type FigureResolver = (ref: FigureRef) => FigureValue;

export type FillOptions = {
  resolve: FigureResolver;
  /** Rows for the `{{#clients}}` row, keyed by column id (shared/returns clientExtractRows makes them). */
  clients?: readonly ClientRow[];
  /** Saved mapping: `Sheet!A1` → figure text; wins over a defined name or token in the same cell. */
  mapping?: Readonly<Record<string, string>>;
  /** false (the default): client rows show pseudonyms, and names, NHS number and date of birth stay empty. */
  identifiable?: boolean;
  limits?: TemplateLimits;
};

export type FilledCell = { where: string; figure: string; value: FigureValue; origin: FillOrigin };
export type FilledClientRows = { sheet: string; firstRow: number; rows: number; identifiable: boolean };

export type FillResult =
  | { ok: true; bytes: Buffer; filled: FilledCell[]; clientRows: FilledClientRows[]; warnings: string[] }
  | { ok: false; problems: TemplateProblem[] };

type SheetWork = { edits: Edit[]; filled: Set<SheetCell>; newCells: Array<{ address: SheetCell['address']; xml: string }>; covered: CellRange | null };

class FillContext {
  readonly filled: FilledCell[] = [];
  readonly clientRows: FilledClientRows[] = [];
  readonly warnings: string[] = [];
  readonly changedParts = new Map<string, string>();
  formulaReplaced = false;
  private readonly cache = new Map<string, FigureValue>();

  constructor(
    readonly model: TemplateModel,
    readonly options: FillOptions,
  ) {}

  get pkg(): TemplatePackage {
    return this.model.pkg;
  }

  value(ref: FigureRef): FigureValue {
    const key = figureRefText(ref);
    if (!this.cache.has(key)) this.cache.set(key, this.options.resolve(ref));
    return this.cache.get(key)!;
  }

  written(spec: FillSpec, style: string | undefined, valueOf: (ref: FigureRef) => FigureValue): WrittenValue {
    if (spec.kind === 'value') return typedValue(valueOf(spec.ref), this.pkg.styles, style, this.pkg.date1904);
    const rich = replaceSpans(spec.rich, spec.tokens.map((t) => ({ start: t.start, end: t.end, text: figureAsText(t.ref, valueOf(t.ref)) })));
    return rich.text.trim() === '' ? { kind: 'empty' } : { kind: 'text', rich };
  }
}

function fillTargets(ctx: FillContext, sheetIndex: number, work: SheetWork): void {
  const sheet = ctx.model.sheets[sheetIndex]!;
  const data = sheet.data!;
  for (const target of ctx.model.targets) {
    if (target.sheet !== sheetIndex) continue;
    const cell = target.cell;
    const written = ctx.written(target.spec, cell?.attrs.get('s'), (ref) => ctx.value(ref));
    const xml = cellXml(target.address, cell?.attrs ?? new Map(), written, data.prefix);
    if (cell) {
      work.edits.push({ start: cell.start, end: cell.end, text: xml });
      work.filled.add(cell);
      if (cell.formula) ctx.formulaReplaced = true;
    } else work.newCells.push({ address: target.address, xml });
    work.covered = unionRange(work.covered, target.address);
    const where = sheetCellName(sheet.entry.name, target.address);
    if (target.spec.kind === 'value') ctx.filled.push({ where, figure: figureRefText(target.spec.ref), value: ctx.value(target.spec.ref), origin: target.origin });
    else for (const t of target.spec.tokens) ctx.filled.push({ where, figure: figureRefText(t.ref), value: ctx.value(t.ref), origin: target.origin });
  }
}

function clientValue(ctx: FillContext, row: ClientRow, column: string, where: string, warned: Set<string>): FigureValue {
  const def = clientColumn(column);
  if (!def) return null;
  if (def.identifiable && !ctx.options.identifiable) {
    if (column === 'client.client_id') return row['client.pseudonym'] ?? null;
    if (!warned.has(column)) {
      warned.add(column);
      ctx.warnings.push(`${where} ({{${column}}}) is left empty because the return is pseudonymised; choose identifiable output to include it.`);
    }
    return null;
  }
  return row[column] ?? null;
}

function fillClientRow(ctx: FillContext, template: ClientRowTemplate, work: SheetWork): void {
  const sheet = ctx.model.sheets[template.sheet]!;
  const data = sheet.data!;
  const clients = ctx.options.clients ?? [];
  const warned = new Set<string>();
  const { row } = template;
  // Per column, once: the place named in warnings. Per client: one resolver, shared by the row's cells.
  const places = new Map(row.cells.map((c) => [c.address.col, sheetCellName(sheet.entry.name, c.address)]));
  let client: ClientRow | undefined;
  let where = '';
  const valueOf = (ref: FigureRef) => (ref.kind === 'client_column' ? clientValue(ctx, client!, ref.column, where, warned) : ctx.value(ref));
  const xml = clientRowsXml(data, row, clients.length, (cell, i, rowNumber) => {
    const spec = template.specs.get(cell.address.col);
    client = clients[i];
    if (spec === undefined && client) return null;
    const address = { row: rowNumber, col: cell.address.col };
    if (spec === undefined || spec === 'empty' || !client) return cellXml(address, cell.attrs, { kind: 'empty' }, data.prefix);
    where = places.get(cell.address.col)!;
    return cellXml(address, cell.attrs, ctx.written(spec, cell.attrs.get('s'), valueOf), data.prefix);
  });
  const count = Math.max(clients.length, 1);
  // Rows below that hold nothing but formatting give way to the new rows (rows with content were refused).
  const last = row.row + count - 1;
  for (const other of data.rows) if (other.row > row.row && other.row <= last) work.edits.push({ start: other.start, end: other.end, text: '' });
  work.edits.push({ start: row.start, end: row.end, text: xml });
  for (const c of row.cells) {
    work.filled.add(c);
    if (c.formula) ctx.formulaReplaced = true;
  }
  clientRowSheetEdits(data, row.row, clients.length, work.edits);
  growTables(ctx, sheet, row.row, clients.length);
  work.covered = unionRange(unionRange(work.covered, { row: row.row, col: row.cells[0]?.address.col ?? 1 }), {
    row: last,
    col: row.cells.at(-1)?.address.col ?? 1,
  });
  if (clients.length === 0) ctx.warnings.push(`${sheet.entry.name}: no clients fall in the period, so the client row is left empty.`);
  ctx.clientRows.push({ sheet: sheet.entry.name, firstRow: row.row, rows: clients.length, identifiable: ctx.options.identifiable === true });
}

function growTables(ctx: FillContext, sheet: ModelSheet, row: number, count: number): void {
  const data = sheet.data!;
  if (data.tableRelIds.length === 0 || !sheet.entry.path) return;
  const rels = readRelationships(readPartText(ctx.pkg, relsPathOf(sheet.entry.path)), sheet.entry.path);
  for (const id of data.tableRelIds) {
    const rel = rels.find((r) => r.id === id);
    const xml = rel ? readPartText(ctx.pkg, rel.target) : null;
    if (!rel || xml === null) continue;
    const grown = growTableXml(xml, row, count);
    if (grown !== xml) ctx.changedParts.set(rel.target, grown);
  }
}

function fillSheet(ctx: FillContext, index: number): void {
  const sheet = ctx.model.sheets[index]!;
  const data = sheet.data;
  const clientRow = ctx.model.clientRows.find((r) => r.sheet === index);
  const hasTargets = ctx.model.targets.some((t) => t.sheet === index);
  if (!data || (!hasTargets && !clientRow)) return;
  const work: SheetWork = { edits: [], filled: new Set(), newCells: [], covered: null };
  fillTargets(ctx, index, work);
  if (clientRow) fillClientRow(ctx, clientRow, work);
  insertCells(data, work.newCells, work.edits);
  if (rehomeSharedFormulas(data, work.filled, work.edits).length > 0) ctx.formulaReplaced = true;
  dropCachedResults(data, (cell) => !work.filled.has(cell), work.edits);
  widenDimension(data, work.covered, work.edits);
  ctx.changedParts.set(sheet.entry.path!, applyEdits(data.xml, work.edits));
}

/** Formulas on other sheets that read a filled sheet lose their cached result too, so they show new results. */
function refreshReadersOfFilledSheets(ctx: FillContext): void {
  const filledNames = ctx.model.sheets.filter((s) => s.entry.path && ctx.changedParts.has(s.entry.path)).map((s) => s.entry.name);
  if (filledNames.length === 0) return;
  for (const sheet of ctx.model.sheets) {
    const data = sheet.data;
    if (!data || !sheet.entry.path || ctx.changedParts.has(sheet.entry.path)) continue;
    const masters = new Map<string, string>();
    for (const row of data.rows) for (const c of row.cells) if (c.formula?.type === 'shared' && c.formula.si !== null && c.formula.text) masters.set(c.formula.si, c.formula.text);
    const textOf = (cell: SheetCell) => cell.formula!.text || (cell.formula!.si !== null ? (masters.get(cell.formula!.si) ?? '') : '');
    const edits: Edit[] = [];
    if (dropCachedResults(data, (cell) => formulaReadsSheets(textOf(cell), filledNames), edits) > 0) {
      ctx.changedParts.set(sheet.entry.path, applyEdits(data.xml, edits));
    }
  }
}

function finishWorkbook(ctx: FillContext): Set<string> {
  const { pkg } = ctx;
  const removed = new Set<string>();
  ctx.changedParts.set(pkg.workbookPath, setFullCalcOnLoad(pkg.workbookXml));
  if (ctx.formulaReplaced && pkg.calcChainPath) {
    removed.add(pkg.calcChainPath);
    ctx.changedParts.set(pkg.workbookRelsPath, removeRelationshipTo(pkg.workbookRelsXml, pkg.workbookPath, pkg.calcChainPath));
    const types = readPartText(pkg, '[Content_Types].xml')!;
    ctx.changedParts.set('[Content_Types].xml', removeContentTypeOverride(types, pkg.calcChainPath));
  }
  return removed;
}

/** Keyed by lower-case part name: parts are looked up as OPC does, so a relationship may spell one in another case. */
const byPartName = <T>(items: Iterable<readonly [string, T]>) => new Map([...items].map(([name, value]) => [name.toLowerCase(), value]));

function outputEntries(ctx: FillContext, removed: Set<string>): OutputEntry[] {
  const outputs: OutputEntry[] = [];
  const changedParts = byPartName(ctx.changedParts);
  const texts = byPartName(ctx.pkg.texts);
  const removedParts = byPartName([...removed].map((name) => [name, true] as const));
  for (const entry of ctx.pkg.archive.entries) {
    const key = entry.name.toLowerCase();
    if (removedParts.has(key)) continue;
    const changed = changedParts.get(key);
    if (changed === undefined || changed === texts.get(key)) outputs.push({ kind: 'copy', entry });
    else outputs.push({ kind: 'new', name: entry.name, content: Buffer.from(changed, 'utf8'), like: entry });
  }
  return outputs;
}

function refusalProblems(error: unknown): TemplateProblem[] {
  if (error instanceof TemplateRefusal) return [{ kind: 'file', code: error.code, where: '', message: error.message }];
  throw error;
}

/** Opens and checks a template, with the saved mapping applied; problems stop a fill. */
export function modelTemplate(bytes: Uint8Array, mapping: Readonly<Record<string, string>> | undefined, limits: TemplateLimits): TemplateModel | TemplateProblem[] {
  try {
    const model = buildTemplateModel(openTemplatePackage(bytes, limits));
    if (mapping) addMapping(model, mapping);
    model.targets = dedupeTargets(model.targets);
    checkArrayFormulas(model);
    return model;
  } catch (error) {
    return refusalProblems(error);
  }
}

/**
 * Fills a template: the original package with only the filled cells (and what must change with them)
 * changed, every other part copied as its original compressed bytes. Refused, with every problem listed,
 * when the file is not a usable workbook or any token, name or mapping entry names no figure.
 */
export function fillTemplate(bytes: Uint8Array, options: FillOptions): FillResult {
  const model = modelTemplate(bytes, options.mapping, options.limits ?? TEMPLATE_LIMITS);
  if (Array.isArray(model)) return { ok: false, problems: model };
  if (model.problems.length > 0) return { ok: false, problems: model.problems };
  try {
    const ctx = new FillContext(model, options);
    model.sheets.forEach((_, i) => fillSheet(ctx, i));
    refreshReadersOfFilledSheets(ctx);
    const removed = finishWorkbook(ctx);
    const out = writeZip(model.pkg.archive, outputEntries(ctx, removed));
    return { ok: true, bytes: out, filled: ctx.filled, clientRows: ctx.clientRows, warnings: ctx.warnings };
  } catch (error) {
    return { ok: false, problems: refusalProblems(error) };
  }
}
