import ExcelJS from 'exceljs';
import {
  CLIENT_LINKED_SHEETS, INTERCHANGE_SHEETS, UNIQUE_ID_COLUMNS, emptyInterchangeRecords,
  type InterchangeRecords, type RecordKey, type SheetDef,
} from './interchange-columns';
import { clientIdsIn, duplicateIdProblems, unknownClientProblems } from './interchange-cross-checks';
import { addProblem, columnLetter, readInterchangeSheet, type SheetRead } from './interchange-sheet-read';
import { inspectZip } from './zip-inspect';

/**
 * Reads the interchange workbook (DOMAIN §5) into records, all or nothing: either every row is valid and
 * all records come back, or every problem found is listed as `Sheet!Cell: message` (up to `maxProblems`, then
 * a count of the rest) and no records do.
 * Never throws on bad input: a file that is not a workbook is a problem like any other.
 */
export type ReadInterchangeResult =
  | { ok: true; records: InterchangeRecords; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

export interface ReadInterchangeOptions {
  /** Clients already in the database the import targets: rows may point at them as well as at the sheet. */
  knownClientIds?: ReadonlySet<string>;
  /** Defaults: 50 MB file, 1 GB unpacked, 200,000 rows per sheet, 1,000 problems listed. */
  maxBytes?: number;
  maxUnpackedBytes?: number;
  maxRowsPerSheet?: number;
  maxProblems?: number;
}

export const INTERCHANGE_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxRowsPerSheet: 200_000,
  /** Beyond this the list ends with a count: nobody fixes 50,000 cells from a list, and it would all sit in memory. */
  maxProblems: 1_000,
} as const;

export const NOT_A_WORKBOOK = 'The file is not an .xlsx workbook';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

function sizeText(bytes: number): string {
  const [unit, size] = bytes >= GB ? ['GB', GB] : bytes >= MB ? ['MB', MB] : ['KB', KB];
  const value = bytes / size;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

function refuse(problem: string): ReadInterchangeResult {
  return { ok: false, problems: [problem], warnings: [] };
}

/** Checks that are cheap and must pass before exceljs is allowed to inflate the file into memory. */
function fileProblem(bytes: Uint8Array, limits: { maxBytes: number; maxUnpackedBytes: number }): string | null {
  if (bytes.byteLength > limits.maxBytes) {
    return `The file is ${sizeText(bytes.byteLength)}; IPS Desk imports workbooks of at most ${sizeText(limits.maxBytes)}`;
  }
  const zip = inspectZip(bytes);
  if (zip.kind === 'not-zip') return NOT_A_WORKBOOK;
  if (zip.kind === 'damaged') return 'The workbook is damaged or incomplete and could not be opened';
  const isWorkbook = zip.entryNames.includes('[Content_Types].xml') && zip.entryNames.some((n) => n.startsWith('xl/'));
  if (!isWorkbook) return NOT_A_WORKBOOK;
  if (zip.uncompressedBytes > limits.maxUnpackedBytes) {
    return `The workbook unpacks to more than ${sizeText(limits.maxUnpackedBytes)}, which is more than IPS Desk imports`;
  }
  return null;
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | string> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // exceljs types its input as ArrayBuffer but reads Node Buffers.
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    return workbook;
  } catch (error) {
    return `The workbook could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Matches worksheets to the layout by name (trimmed, any case, as Excel itself compares sheet names). */
function matchSheets(workbook: ExcelJS.Workbook, warnings: string[]): Map<SheetDef, ExcelJS.Worksheet> {
  const byName = new Map(INTERCHANGE_SHEETS.map((def) => [def.name.toLowerCase(), def]));
  const matched = new Map<SheetDef, ExcelJS.Worksheet>();
  for (const worksheet of workbook.worksheets) {
    const def = byName.get(worksheet.name.trim().toLowerCase());
    if (!def || matched.has(def)) {
      warnings.push(`Sheet "${worksheet.name}" is not part of the interchange layout and was ignored`);
      continue;
    }
    matched.set(def, worksheet);
  }
  return matched;
}

function crossCheck(reads: Map<RecordKey, SheetRead>, knownClientIds: ReadonlySet<string> | undefined): void {
  for (const [key, id] of Object.entries(UNIQUE_ID_COLUMNS) as [RecordKey, { field: string; label: string }][]) {
    const read = reads.get(key);
    if (read) for (const problem of duplicateIdProblems(read, id.field, id.label)) addProblem(read, problem);
  }
  const clients = reads.get('clients');
  // Without a client_id column the Clients sheet already has a problem; flagging every link would bury it.
  if (clients && !clients.columnOf.has('client_id')) return;
  const workbookClientIds = clients ? clientIdsIn(clients) : new Set<string>();
  for (const key of CLIENT_LINKED_SHEETS) {
    const read = reads.get(key);
    if (read) for (const problem of unknownClientProblems(read, workbookClientIds, knownClientIds)) addProblem(read, problem);
  }
}

function formatProblems(reads: readonly SheetRead[], maxProblems: number): string[] {
  const lines: string[] = [];
  for (const read of reads) {
    // Stable sort: problems at the same cell keep the order they were found in.
    const sorted = read.problems.map((p, i) => ({ ...p, i })).sort((a, b) => a.row - b.row || a.column - b.column || a.i - b.i);
    for (const p of sorted) lines.push(`${read.def.name}!${columnLetter(p.column)}${p.row}: ${p.message}`);
  }
  const omitted = reads.reduce((n, read) => n + read.omittedProblems, 0) + Math.max(0, lines.length - maxProblems);
  if (omitted === 0) return lines;
  const more = `${omitted.toLocaleString('en-GB')} more problem${omitted === 1 ? '' : 's'}`;
  return [...lines.slice(0, maxProblems), `${more} not listed: fix those above and import again to see the rest`];
}

export async function readInterchangeWorkbook(
  bytes: Buffer | Uint8Array,
  options: ReadInterchangeOptions = {},
): Promise<ReadInterchangeResult> {
  const limits = {
    maxBytes: options.maxBytes ?? INTERCHANGE_LIMITS.maxBytes,
    maxUnpackedBytes: options.maxUnpackedBytes ?? INTERCHANGE_LIMITS.maxUnpackedBytes,
    maxRowsPerSheet: options.maxRowsPerSheet ?? INTERCHANGE_LIMITS.maxRowsPerSheet,
    maxProblems: options.maxProblems ?? INTERCHANGE_LIMITS.maxProblems,
  };
  const refused = fileProblem(bytes, limits);
  if (refused) return refuse(refused);
  const workbook = await loadWorkbook(bytes);
  if (typeof workbook === 'string') return refuse(workbook);

  const warnings: string[] = [];
  const date1904 = Boolean(workbook.properties?.date1904);
  const reads = new Map<RecordKey, SheetRead>();
  for (const [def, worksheet] of matchSheets(workbook, warnings)) {
    reads.set(def.key, readInterchangeSheet(def, worksheet, {
      date1904, maxRows: limits.maxRowsPerSheet, maxProblems: limits.maxProblems,
    }));
  }
  crossCheck(reads, options.knownClientIds);

  const ordered = INTERCHANGE_SHEETS.flatMap((def) => reads.get(def.key) ?? []);
  for (const read of ordered) warnings.push(...read.warnings);
  const problems = formatProblems(ordered, limits.maxProblems);
  if (problems.length > 0) return { ok: false, problems, warnings };

  const records = emptyInterchangeRecords();
  // Each sheet's schema is that key's record schema (interchange-columns), so the rows are those records.
  for (const read of ordered) (records as Record<RecordKey, unknown[]>)[read.def.key] = read.rows.map((r) => r.record);
  return { ok: true, records, warnings };
}
