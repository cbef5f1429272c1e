import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * LibreOffice as the test's "real spreadsheet": converts workbooks to CSV headless (one invocation for
 * many files, since each start costs seconds), every sheet to its own file, as displayed with UK formats.
 */
export function findSoffice(): string | null {
  if (process.env.SOFFICE_PATH && existsSync(process.env.SOFFICE_PATH)) return process.env.SOFFICE_PATH;
  for (const candidate of ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/usr/local/bin/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export const SOFFICE_MISSING =
  'LibreOffice (soffice) is not installed, so the spreadsheet checks are skipped: apt-get install libreoffice-calc-nogui';

/** Field separator 44 (,), text delimiter 34 ("), UTF-8 (76), language en-GB (2057), cells as shown, every sheet (-1). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true,false,false,-1';

export type CsvSheets = Map<string, string[][]>;

/** Converts the files; returns file path → sheet name → rows of displayed text. */
export function convertToCsv(soffice: string, files: readonly string[]): Map<string, CsvSheets> {
  const out = mkdtempSync(join(tmpdir(), 'ipsdesk-csv-'));
  const home = mkdtempSync(join(tmpdir(), 'ipsdesk-lohome-'));
  try {
    execFileSync(soffice, ['--headless', '--norestore', '--convert-to', CSV_FILTER, '--outdir', out, ...files], {
      env: { ...process.env, HOME: home },
      stdio: 'pipe',
      timeout: 180_000,
    });
    const result = new Map<string, CsvSheets>();
    const produced = readdirSync(out);
    for (const file of files) {
      const stem = basename(file).replace(/\.xlsx$/, '');
      const sheets: CsvSheets = new Map();
      for (const name of produced) {
        if (!name.startsWith(`${stem}-`) || !name.endsWith('.csv')) continue;
        sheets.set(name.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, name), 'utf8')));
      }
      result.set(file, sheets);
    }
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The displayed text of a cell (`B4`) in converted rows; '' when beyond the data. */
export function csvCell(rows: string[][] | undefined, address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return rows?.[Number(m[2]) - 1]?.[col - 1] ?? '';
}
