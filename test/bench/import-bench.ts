import { mkdirSync } from 'node:fs';
import type { DemoData } from '../../electron/services/demo';
import { importInterchangeWorkbook } from '../../electron/services/interchange-service';
import { createServiceContext } from '../../electron/services/service-context';
import { dataAccessOf, TEST_MANAGER } from '../db/data-access';
import { writeInterchangeWorkbook } from '../../electron/xlsx/interchange-write';
import { createEncryptedDatabase } from '../db/demo-database';
import { timeAsync } from './timing';

/**
 * import_ms: the interchange workbook of `data` (written first, not timed) imported through the import
 * service into a new, empty encrypted database: reading and checking the workbook, then writing every
 * record in one transaction. One run: it takes long enough that a median would cost minutes.
 */
export async function measureImport(data: DemoData, dir: string, today: string): Promise<{ importMs: number; source: string }> {
  mkdirSync(dir, { recursive: true });
  const bytes = await writeInterchangeWorkbook(data);
  const database = createEncryptedDatabase(dir);
  try {
    const context = createServiceContext(dataAccessOf(database), { today: () => today });
    const { ms, result } = await timeAsync(() => importInterchangeWorkbook(context, TEST_MANAGER, bytes));
    if (!result.ok) throw new Error(`The benchmark workbook was refused: ${result.problems.slice(0, 3).join('; ')}`);
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { importMs: ms, source: `interchange-service importInterchangeWorkbook, ${mb} MB workbook, 1 run` };
  } finally {
    database.raw.close();
  }
}
