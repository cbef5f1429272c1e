// Run by hostile-workbooks.test.ts in a child Node process with a small heap, bundled with the test CLI
// (cli-bundle.ts): imports the workbook named on the command line into a new encrypted database through the
// import service (worker thread and all), and prints the outcome, the rows each table then holds and the
// process's peak memory.
import { readFileSync } from 'node:fs';
import { importInterchangeWorkbook } from '../../../electron/services/interchange-service';
import { createServiceContext } from '../../../electron/services/service-context';
import { dataAccessOf, TEST_MANAGER } from '../../db/data-access';
import { createEncryptedDatabase } from '../../db/demo-database';

async function main(): Promise<void> {
  const [workbook, dir] = process.argv.slice(2) as [string, string];
  const database = createEncryptedDatabase(dir);
  const context = createServiceContext(dataAccessOf(database), { today: () => '2026-01-15' });
  const outcome = await importInterchangeWorkbook(context, TEST_MANAGER, readFileSync(workbook));
  const tables = ['clients', 'jobs', 'contacts', 'activities', 'wellbeing', 'staff'];
  const rows = Object.fromEntries(tables.map((t) => [t, database.raw.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));
  database.raw.close();
  const problems = outcome.ok ? [] : outcome.problems;
  process.stdout.write(
    JSON.stringify({
      ok: outcome.ok,
      problems,
      problemChars: problems.join('\n').length,
      rows,
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

void main();
