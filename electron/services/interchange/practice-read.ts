import { generateDemoData } from '../demo';
import { readInterchangeSheets } from '../../xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../xlsx/interchange-write';
import { recordsOf } from '../../xlsx/record-batches';
import { sheetBatch } from './streamed-sheets';

/**
 * A spare import thread's practice (interchange-worker.ts), while the manager is still choosing the workbook: a
 * small made-up caseload is written as an interchange workbook and read back as an import reads one, its records
 * batched as they would cross to the writer. JavaScript runs slowly until the engine has seen it run and compiled
 * it; practised, the first thousands of a real workbook's rows meet compiled code (about a fifth of a second less
 * on a 10,000-client import). Nothing is kept; invented people only (demo data), and nothing is written anywhere.
 */
const PRACTICE_CLIENTS = 200;
const PRACTICE_DAY = '2026-01-15';

export async function practiseReading(): Promise<void> {
  const records = generateDemoData({ clients: PRACTICE_CLIENTS, seed: 1, today: PRACTICE_DAY });
  const bytes = await writeInterchangeWorkbook(records);
  const read = await readInterchangeSheets(bytes, { today: PRACTICE_DAY }, {
    onRecords: (key, batch) => recordsOf(sheetBatch(key, batch as object[])),
  });
  if (!read.ok) throw new Error(`The practice workbook was refused: ${read.problem}`);
}
