/**
 * One interchange step of the benchmark, run in its own Node process so that its peak memory
 * (`process.resourceUsage().maxRSS`) is that step's alone. Prints one JSON line: `{ ms, cpuMs, peakMb }`, where
 * cpuMs is the processor time of the step over all the process's threads (the import's worker included):
 * on a shared machine it shows the work done when the wall-clock time is inflated by other processes.
 *
 *   export DB_FILE KEY_HEX OUT.xlsx   every record of the database written as an interchange workbook
 *   import WORKBOOK.xlsx DIR          the workbook imported into a new, empty encrypted database in DIR
 */
import { readFileSync } from 'node:fs';
import { createDrizzle, openEncryptedDatabase } from '../../db/connection';
import { exportInterchangeWorkbookToFile, importInterchangeWorkbook } from '../../electron/services/interchange-service';
import { createServiceContext } from '../../electron/services/service-context';
import { prepareInterchangeWorkers } from '../../electron/services/interchange/interchange-threads';
import { dataAccessOf, TEST_MANAGER } from '../db/data-access';
import { createEncryptedDatabase } from '../db/demo-database';
import { timeAsync } from './timing';

const TODAY = '2026-02-14';

function contextOf(database: Parameters<typeof dataAccessOf>[0]) {
  return createServiceContext(dataAccessOf(database), { today: () => TODAY });
}

async function run(step: string | undefined, args: string[]): Promise<{ ms: number; cpuMs: number }> {
  if (step === 'export') {
    const [file, keyHex, out] = args as [string, string, string];
    const raw = openEncryptedDatabase(file, Buffer.from(keyHex, 'hex'));
    try {
      const context = contextOf({ raw, db: createDrizzle(raw) });
      const cpu = process.cpuUsage();
      const { ms } = await timeAsync(() => exportInterchangeWorkbookToFile(context, TEST_MANAGER, out, { pseudonymised: false }));
      return { ms, cpuMs: cpuMsSince(cpu) };
    } finally {
      raw.close();
    }
  }
  if (step === 'import') {
    const [workbook, dir] = args as [string, string];
    const database = createEncryptedDatabase(dir);
    try {
      const context = contextOf(database);
      // As the app does while the manager chooses the workbook: the import's threads are started and loaded.
      await prepareInterchangeWorkers();
      const cpu = process.cpuUsage();
      const { ms, result } = await timeAsync(() => importInterchangeWorkbook(context, TEST_MANAGER, readFileSync(workbook)));
      if (!result.ok) throw new Error(`The benchmark workbook was refused: ${result.problems.slice(0, 3).join('; ')}`);
      return { ms, cpuMs: cpuMsSince(cpu) };
    } finally {
      database.raw.close();
    }
  }
  throw new Error(`Unknown step ${String(step)}`);
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const { ms, cpuMs } = await run(process.argv[2], process.argv.slice(3));
process.stdout.write(`${JSON.stringify({ ms, cpuMs, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
