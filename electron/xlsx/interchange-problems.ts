import { columnLetter, type SheetRead } from './interchange-sheet-read';
import { clipText } from './interchange-text';
import { SheetBeyondExcelLimits, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './sheet-xml-read';
import { TooManySharedStrings } from './shared-strings-read';
import { NoWorkbookPart } from './workbook-layout';
import { PartUnreadable } from './workbook-package';
import { UnpackLimitReached } from './zip/zip-inflate';

/**
 * The lists an import hands back: problems as `Sheet!Cell: message` in sheet and cell order, warnings, and
 * the one-line refusals for workbooks that cannot be read at all. Both lists are bounded in lines and in
 * characters, whatever the file holds: they travel over IPC and are shown in a window.
 */
const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;
/** Room for a thousand lines of ordinary length; a list never grows past it. */
const MAX_LIST_CHARS = 256 * KB;
const MAX_WARNINGS = 100;

export function sizeText(bytes: number): string {
  const [unit, size] = bytes >= GB ? ['GB', GB] : bytes >= MB ? ['MB', MB] : ['KB', KB];
  const value = bytes / size;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** Whole lines while both caps allow, then one line saying how many were left out. */
function capList(lines: readonly string[], maxLines: number, alsoOmitted: number, more: (n: number) => string): string[] {
  const kept: string[] = [];
  let chars = 0;
  for (const line of lines) {
    if (kept.length === maxLines || chars + line.length > MAX_LIST_CHARS) break;
    kept.push(line);
    chars += line.length;
  }
  const omitted = lines.length - kept.length + alsoOmitted;
  return omitted === 0 ? kept : [...kept, more(omitted)];
}

const count = (n: number, what: string) => `${n.toLocaleString('en-GB')} more ${what}${n === 1 ? '' : 's'}`;

export function formatProblems(reads: readonly SheetRead[], maxProblems: number): string[] {
  const lines: string[] = [];
  for (const read of reads) {
    // Stable sort: problems at the same cell keep the order they were found in.
    const sorted = read.problems.map((p, i) => ({ ...p, i })).sort((a, b) => a.row - b.row || a.column - b.column || a.i - b.i);
    for (const p of sorted) lines.push(`${read.def.name}!${columnLetter(p.column)}${p.row}: ${p.message}`);
  }
  const omitted = reads.reduce((n, read) => n + read.omittedProblems, 0);
  return capList(lines, maxProblems, omitted, (n) => `${count(n, 'problem')} not listed: fix those above and import again to see the rest`);
}

export function limitWarnings(warnings: readonly string[]): string[] {
  return capList(warnings, MAX_WARNINGS, 0, (n) => `${count(n, 'warning')} not listed`);
}

/** A problem that stops a whole sheet from being read, naming it. */
export class SheetRefused extends Error {
  constructor(
    readonly sheet: string,
    readonly reason: unknown,
  ) {
    super(`sheet ${sheet} refused`);
  }
}

const DAMAGED = 'The workbook is damaged and could not be read';

function limitText(limit: number): string {
  return limit.toLocaleString('en-GB');
}

/** The one problem listed for a workbook that could not be read through. */
export function refusalMessage(error: unknown, maxUnpackedBytes: number): string {
  const sheet = error instanceof SheetRefused ? error.sheet : null;
  const cause = error instanceof SheetRefused ? error.reason : error;
  const where = sheet === null ? 'The workbook' : `The sheet "${sheet}"`;
  if (cause instanceof UnpackLimitReached) {
    return `The workbook unpacks to more than ${sizeText(maxUnpackedBytes)}, which is more than IPS Desk imports`;
  }
  if (cause instanceof SheetBeyondExcelLimits) {
    const limit = cause.what === 'rows' ? EXCEL_MAX_ROWS : EXCEL_MAX_COLUMNS;
    return `${where} has more ${cause.what} than Excel allows (${limitText(limit)}); it was not saved by a spreadsheet application`;
  }
  if (cause instanceof TooManySharedStrings) {
    return `The workbook holds more text than IPS Desk imports (at most ${limitText(cause.limits.maxCount)} different texts of ${sizeText(cause.limits.maxChars)} in all)`;
  }
  if (cause instanceof PartUnreadable) return sheet === null ? `${DAMAGED} (${clipText(cause.message)})` : `${where} is damaged and could not be read (${clipText(cause.reason)})`;
  if (cause instanceof NoWorkbookPart) return `${DAMAGED} (it has no ${clipText(cause.message)})`;
  return `The workbook could not be read (${clipText(cause instanceof Error ? cause.message : String(cause))})`;
}
