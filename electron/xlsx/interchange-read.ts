import {
  CLIENT_LINKED_SHEETS, CODES_SHEET_NAME, INTERCHANGE_SHEETS, UNIQUE_ID_COLUMNS, emptyInterchangeRecords,
  type InterchangeRecords, type RecordKey, type SheetDef,
} from './interchange-columns';
import { clientIdsIn, duplicateIdProblems, previousEpisodeProblems, unknownClientProblems } from './interchange-cross-checks';
import { formatProblems, limitWarnings, refusalMessage, SheetRefused, sizeText } from './interchange-problems';
import { InterchangeSheetReader, addProblem, type SheetRead } from './interchange-sheet-read';
import { clipText } from './interchange-text';
import { readSharedStrings, SHARED_STRING_LIMITS, type SharedString } from './shared-strings-read';
import { countRowElements, readSheetRows, type CellLookups, type SheetRowSink } from './sheet-xml-read';
import { readDateStyles, type DateStyles } from './styles-read';
import { readWorkbookLayout, type WorkbookSheet } from './workbook-layout';
import type { WorkbookPackage } from './workbook-package';
import { UnpackBudget } from './zip/zip-inflate';
import { findEntry, readZipDirectory, type ZipEntry } from './zip/zip-directory';

/**
 * Reads the interchange workbook (DOMAIN §5) into records, all or nothing: either every row is valid and
 * all records come back, or every problem found is listed as `Sheet!Cell: message` (up to `maxProblems`, then
 * a count of the rest) and no records do.
 *
 * Only what the interchange needs is read, streamed straight from the zip: the workbook's list of sheets,
 * the shared strings, the number formats (to tell dates from numbers) and the cells of the six sheets. Every
 * part is inflated with a limit enforced while inflating and parsed by a streaming XML parser; formatting,
 * merged ranges and validations are never looked at. Never throws on bad input: a file that is not a
 * workbook is a problem like any other. (services/interchange/import-in-workers.ts runs this off the main thread.)
 */
export type ReadInterchangeResult =
  | { ok: true; records: InterchangeRecords; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

export interface ReadInterchangeOptions {
  /** Clients already in the database the import targets: rows may point at them as well as at the sheet. */
  knownClientIds?: ReadonlySet<string>;
  /** The manager's today (ISO), for the dates a referral cannot have; defaults to this computer's today. */
  today?: string;
  /** False: only each sheet's own problems, when the sheets the checks across them need are read elsewhere. */
  acrossSheets?: boolean;
  /** Defaults: INTERCHANGE_LIMITS. */
  maxBytes?: number;
  maxUnpackedBytes?: number;
  maxRowsPerSheet?: number;
  maxProblems?: number;
}

export const INTERCHANGE_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  /** Unpacked, summed over the parts each reading thread reads; enforced while inflating. */
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxRowsPerSheet: 200_000,
  /** Beyond this the list ends with a count: nobody fixes 50,000 cells from a list, and it would all sit in memory. */
  maxProblems: 1_000,
} as const;

export const NOT_A_WORKBOOK = 'The file is not an .xlsx workbook';

type Limits = Required<Pick<ReadInterchangeOptions, 'maxBytes' | 'maxUnpackedBytes' | 'maxRowsPerSheet' | 'maxProblems'>>;

function refuse(problem: string, warnings: string[] = []): ReadInterchangeResult {
  return { ok: false, problems: [problem], warnings };
}

/** Matches worksheets to the layout by name (trimmed, any case, as Excel itself compares sheet names). */
function matchSheets(sheets: readonly WorkbookSheet[], warnings: string[]): Map<SheetDef, WorkbookSheet> {
  const byName = new Map(INTERCHANGE_SHEETS.map((def) => [def.name.toLowerCase(), def]));
  const matched = new Map<SheetDef, WorkbookSheet>();
  for (const sheet of sheets) {
    const name = sheet.name.trim().toLowerCase();
    if (name === CODES_SHEET_NAME.toLowerCase()) continue;
    const def = byName.get(name);
    if (!def || matched.has(def) || sheet.part === null) {
      warnings.push(`Sheet "${clipText(sheet.name)}" is not part of the interchange layout and was ignored`);
      continue;
    }
    matched.set(def, sheet);
  }
  return matched;
}

function crossCheck(reads: Map<RecordKey, SheetRead>, knownClientIds: ReadonlySet<string> | undefined): void {
  for (const [key, id] of Object.entries(UNIQUE_ID_COLUMNS) as [RecordKey, { field: 'client_id' | 'job_id'; label: string }][]) {
    const read = reads.get(key);
    if (read) for (const problem of duplicateIdProblems(read, id.field, id.label)) addProblem(read, problem);
  }
  const clients = reads.get('clients');
  // Without a client_id column the Clients sheet already has a problem; flagging every link would bury it.
  if (clients && !clients.columnOf.has('client_id')) return;
  const workbookClientIds = clients ? clientIdsIn(clients) : new Set<string>();
  if (clients) for (const problem of previousEpisodeProblems(clients, workbookClientIds, knownClientIds)) addProblem(clients, problem);
  for (const key of CLIENT_LINKED_SHEETS) {
    const read = reads.get(key);
    if (read) for (const problem of unknownClientProblems(read, workbookClientIds, knownClientIds)) addProblem(read, problem);
  }
}

/** The checks that need nothing unpacked: the zip's entries, or the problem that ends the import before any inflating. */
function zipEntries(bytes: Uint8Array, limits: Limits): ZipEntry[] | string {
  if (bytes.byteLength > limits.maxBytes) {
    return `The file is ${sizeText(bytes.byteLength)}; IPS Desk imports workbooks of at most ${sizeText(limits.maxBytes)}`;
  }
  const zip = readZipDirectory(bytes);
  if (zip.kind === 'not-zip') return NOT_A_WORKBOOK;
  if (zip.kind === 'damaged') return 'The workbook is damaged or incomplete and could not be opened';
  if (!findEntry(zip, '[Content_Types].xml') || !zip.entries.some((e) => e.name.startsWith('xl/'))) return NOT_A_WORKBOOK;
  // What the zip declares is only a first, cheap check: the inflater enforces the limit on what it really unpacks.
  if (zip.declaredBytes > limits.maxUnpackedBytes) {
    return `The workbook unpacks to more than ${sizeText(limits.maxUnpackedBytes)}, which is more than IPS Desk imports`;
  }
  return zip.entries;
}

/**
 * What reading (some of) the sheets found, before the checks across sheets: plain data that can cross from a
 * worker thread (no schemas, no functions). `warnings` are the workbook's own (sheets passed over).
 */
export type SheetsRead =
  | { ok: false; problem: string; warnings: string[] }
  | { ok: true; sheets: SheetReadData[]; warnings: string[] };

export type SheetReadData = Omit<SheetRead, 'def'> & { key: RecordKey };

export interface SheetsToRead {
  /** Only these sheets, read in this order (default: all six, in the workbook's order). */
  only?: readonly RecordKey[];
  /** Whether to report sheets that are not part of the layout (one reader of several does). */
  reportSheetWarnings?: boolean;
  /** Hands on each sheet's valid records in batches as they are read instead of keeping them (SheetReadOptions). */
  onRecords?: (key: RecordKey, records: unknown[]) => void;
}

function limitsOf(options: ReadInterchangeOptions): Limits {
  return {
    maxBytes: options.maxBytes ?? INTERCHANGE_LIMITS.maxBytes,
    maxUnpackedBytes: options.maxUnpackedBytes ?? INTERCHANGE_LIMITS.maxUnpackedBytes,
    maxRowsPerSheet: options.maxRowsPerSheet ?? INTERCHANGE_LIMITS.maxRowsPerSheet,
    maxProblems: options.maxProblems ?? INTERCHANGE_LIMITS.maxProblems,
  };
}

interface SheetContext {
  lookups: CellLookups;
  date1904: boolean;
  limits: Limits;
  options: ReadInterchangeOptions;
  which: SheetsToRead;
}

async function readSheet(pkg: WorkbookPackage, def: SheetDef, part: string, { lookups, date1904, limits, options, which }: SheetContext): Promise<SheetRead> {
  const onRecords = which.onRecords;
  const reader = new InterchangeSheetReader(def, {
    date1904, maxRows: limits.maxRowsPerSheet, maxProblems: limits.maxProblems, today: options.today,
    ...(onRecords ? { onRecords: (records: unknown[]) => onRecords(def.key, records) } : {}),
  });
  try {
    // A sheet with more rows than the limit is refused before its rows are checked and kept one by one. Records
    // handed on as they are read are not kept: such a sheet is refused when its rows pass the limit, which spares
    // the largest sheets of a workbook a second unpacking.
    const tooLong = !onRecords
      && (await countRowElements(pkg, part, limits.maxRowsPerSheet + 1, limits.maxUnpackedBytes)) > limits.maxRowsPerSheet + 1
      && (await countRowsWithValues(pkg, part, lookups, limits)) > limits.maxRowsPerSheet;
    if (tooLong) reader.refuseRowCount();
    else await readSheetRows(pkg, part, lookups, reader, limits.maxUnpackedBytes);
  } catch (error) {
    throw new SheetRefused(def.name, error);
  }
  return reader.finish();
}

/** Rows below the header that hold a value (counting stops past the limit); nothing is converted or kept. */
async function countRowsWithValues(pkg: WorkbookPackage, part: string, lookups: CellLookups, limits: Limits): Promise<number> {
  let rows = 0;
  const counter: SheetRowSink = {
    wantsCell: () => false,
    row: (rowNumber, _cells, hasValues) => !(rowNumber > 1 && hasValues && ++rows > limits.maxRowsPerSheet),
  };
  await readSheetRows({ ...pkg, budget: new UnpackBudget(limits.maxUnpackedBytes) }, part, lookups, counter, limits.maxUnpackedBytes);
  return rows;
}

async function readMatchedSheets(pkg: WorkbookPackage, limits: Limits, options: ReadInterchangeOptions, which: SheetsToRead, warnings: string[]): Promise<SheetRead[]> {
  const layout = await readWorkbookLayout(pkg);
  const matched = matchSheets(layout.sheets, which.reportSheetWarnings === false ? [] : warnings);
  const inOrder = which.only ? which.only.flatMap((key) => INTERCHANGE_SHEETS.filter((def) => def.key === key)) : INTERCHANGE_SHEETS;
  const wanted = inOrder.filter((def) => matched.get(def)?.part);
  if (wanted.length === 0) return [];
  const sharedStrings: SharedString[] = layout.sharedStringsPart
    ? await readSharedStrings(pkg, layout.sharedStringsPart, SHARED_STRING_LIMITS, limits.maxUnpackedBytes)
    : [];
  const dateStyles: DateStyles = layout.stylesPart ? await readDateStyles(pkg, layout.stylesPart) : [];
  const reads: SheetRead[] = [];
  const context: SheetContext = { lookups: { sharedStrings, dateStyles }, date1904: layout.date1904, limits, options, which };
  for (const def of wanted) reads.push(await readSheet(pkg, def, matched.get(def)!.part!, context));
  return reads;
}

/** Reads the sheets (or some of them), each checked row by row; the checks across sheets come after (finishInterchangeRead). */
export async function readInterchangeSheets(bytes: Uint8Array, options: ReadInterchangeOptions = {}, which: SheetsToRead = {}): Promise<SheetsRead> {
  const limits = limitsOf(options);
  const entries = zipEntries(bytes, limits);
  if (typeof entries === 'string') return { ok: false, problem: entries, warnings: [] };
  const warnings: string[] = [];
  try {
    const pkg: WorkbookPackage = { bytes, entries, budget: new UnpackBudget(limits.maxUnpackedBytes) };
    const reads = await readMatchedSheets(pkg, limits, options, which, warnings);
    return { ok: true, sheets: reads.map(({ def, ...read }) => ({ ...read, key: def.key })), warnings };
  } catch (error) {
    return { ok: false, problem: refusalMessage(error, limits.maxUnpackedBytes), warnings };
  }
}

/** The result from one or more readings of the sheets: a refusal if any, else the checks across sheets, then problems or records. */
export function finishInterchangeRead(parts: readonly SheetsRead[], options: ReadInterchangeOptions = {}): ReadInterchangeResult {
  const warnings = parts.flatMap((part) => part.warnings);
  const refused = parts.find((part) => !part.ok);
  if (refused && !refused.ok) return refuse(refused.problem, limitWarnings(warnings));
  const defOf = new Map(INTERCHANGE_SHEETS.map((def) => [def.key, def]));
  const reads = new Map<RecordKey, SheetRead>();
  // The parts are left as they are (the checks add to copies of their problem lists), so they can be finished again with more.
  for (const part of parts) if (part.ok) for (const { key, ...read } of part.sheets) reads.set(key, { ...read, problems: [...read.problems], def: defOf.get(key)! });
  if (options.acrossSheets !== false) crossCheck(reads, options.knownClientIds);

  const ordered = INTERCHANGE_SHEETS.flatMap((def) => reads.get(def.key) ?? []);
  for (const read of ordered) warnings.push(...read.warnings);
  const problems = formatProblems(ordered, limitsOf(options).maxProblems);
  if (problems.length > 0) return { ok: false, problems, warnings: limitWarnings(warnings) };

  const records = emptyInterchangeRecords();
  // Each sheet's schema is that key's record schema (interchange-columns), so the rows are those records.
  // A streamed sheet's records went to whoever took them as they were read: here it stays empty.
  for (const read of ordered) if (!read.streamed) (records as Record<RecordKey, unknown[]>)[read.def.key] = read.rows.records;
  return { ok: true, records, warnings: limitWarnings(warnings) };
}

export async function readInterchangeWorkbook(bytes: Buffer | Uint8Array, options: ReadInterchangeOptions = {}): Promise<ReadInterchangeResult> {
  return finishInterchangeRead([await readInterchangeSheets(bytes, options)], options);
}
