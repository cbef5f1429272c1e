import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../db/helpers';
import { HOSTILE_IMPORT_BUNDLE } from '../cli-bundle';
import { longStrings, manyRows, understatedSizes, wholeColumnDropdowns, wholeSheetMerge } from './hostile-workbooks';

/**
 * Issue 7 point 5: workbooks built to hang, exhaust or crash a reader. Each is imported through the import
 * service (worker thread, database and all) in a child Node process (the script bundled) whose heap is capped, and must end with
 * a clear message, the database unchanged when refused, and the process's peak memory under 300 MB. Speed is
 * held by the test timeout only.
 */
const tempDir = useTempDirs();
const run = promisify(execFile);
const NO_ROWS = { clients: 0, jobs: 0, contacts: 0, activities: 0, wellbeing: 0, staff: 0 };
const PEAK_MB = 300;
const HOSTILE_TIMEOUT = 120_000;

interface Imported {
  ok: boolean;
  problems: string[];
  problemChars: number;
  rows: Record<string, number>;
  peakMb: number;
}

async function importInChild(bytes: Buffer): Promise<Imported> {
  const dir = tempDir();
  const workbook = join(dir, 'hostile.xlsx');
  writeFileSync(workbook, bytes);
  const { stdout } = await run(process.execPath, ['--max-old-space-size=256', HOSTILE_IMPORT_BUNDLE, workbook, dir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Imported;
}

describe('hostile workbooks', () => {
  it('a dropdown over six whole columns is never expanded: the clients import', { timeout: HOSTILE_TIMEOUT }, async () => {
    const bytes = wholeColumnDropdowns();
    expect(bytes.length).toBeLessThan(4 * 1024);
    const result = await importInChild(bytes);
    expect(result).toMatchObject({ ok: true, problems: [], rows: { ...NO_ROWS, clients: 3 } });
    expect(result.peakMb).toBeLessThan(PEAK_MB);
  });

  it('a merged range over the whole sheet is never expanded: the clients import', { timeout: HOSTILE_TIMEOUT }, async () => {
    const result = await importInChild(wholeSheetMerge());
    expect(result).toMatchObject({ ok: true, problems: [], rows: { ...NO_ROWS, clients: 3 } });
    expect(result.peakMb).toBeLessThan(PEAK_MB);
  });

  it('a sheet that says it unpacks to 1 KB and unpacks to 1.5 GB is stopped at the limit while inflating', { timeout: HOSTILE_TIMEOUT }, async () => {
    const bytes = understatedSizes(1.5);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    const result = await importInChild(bytes);
    expect(result).toMatchObject({
      ok: false,
      problems: ['The workbook unpacks to more than 1 GB, which is more than IPS Desk imports'],
      rows: NO_ROWS,
    });
    expect(result.peakMb).toBeLessThan(PEAK_MB);
  });

  it('a sheet of 1,000,000 rows is refused at the row limit, without checking its rows', { timeout: HOSTILE_TIMEOUT }, async () => {
    const result = await importInChild(await manyRows(1_000_000));
    expect(result).toMatchObject({
      ok: false,
      problems: ['Clients!A1: the sheet has more than 200,000 rows; IPS Desk imports at most 200,000 rows per sheet'],
      rows: NO_ROWS,
    });
    expect(result.peakMb).toBeLessThan(PEAK_MB);
  });

  it('cells of 5 MB are refused naming the cell, and no message quotes more than 60 characters of a cell', { timeout: HOSTILE_TIMEOUT }, async () => {
    const result = await importInChild(await longStrings());
    expect(result).toMatchObject({
      ok: false,
      problems: [
        'Clients!A2: client_id holds over a million characters; a cell holds at most 32,767',
        'Clients!C3: given_name holds over a million characters; a cell holds at most 32,767',
        'Clients!D4: family_name holds 40,000 characters; a cell holds at most 32,767',
        `Clients!E5: Gender "${'y'.repeat(60)}… (1,000 characters)" is not a known code (expected one of male, female, other_or_not_said)`,
      ],
      rows: NO_ROWS,
    });
    expect(result.peakMb).toBeLessThan(PEAK_MB);
  });
});
