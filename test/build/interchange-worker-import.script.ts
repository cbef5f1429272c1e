// Bundled by interchange-worker-bundle.test.ts as the app bundles main.cjs: imports the workbook named on the
// command line into a new encrypted database in the folder named after it, through the worker threads as the
// app runs them, and prints the outcome and the rows each table then holds.
import { readFileSync } from 'node:fs';
import { importInterchangeWorkbook } from '../../electron/services/interchange-service';
import { createServiceContext } from '../../electron/services/service-context';
import { dataAccessOf, TEST_MANAGER } from '../db/data-access';
import { createEncryptedDatabase } from '../db/demo-database';

const [workbook, dir] = process.argv.slice(2) as [string, string];
const database = createEncryptedDatabase(dir);
const context = createServiceContext(dataAccessOf(database), { today: () => '2026-01-15' });
void importInterchangeWorkbook(context, TEST_MANAGER, readFileSync(workbook)).then((outcome) => {
  const tables = ['clients', 'jobs', 'contacts', 'activities', 'wellbeing', 'staff'];
  const rows = Object.fromEntries(tables.map((t) => [t, database.raw.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));
  database.raw.close();
  process.stdout.write(JSON.stringify({ outcome, rows }));
});
