// Bundled by interchange-worker-bundle.test.ts as the app bundles main.cjs: reads the workbook named on the
// command line through the worker thread and prints the result.
import { readFileSync } from 'node:fs';
import { readInterchangeWorkbookInWorker } from '../../electron/xlsx/interchange-read-worker';

void readInterchangeWorkbookInWorker(readFileSync(process.argv[2]!), { today: '2026-01-15' }).then((result) => {
  process.stdout.write(JSON.stringify(result));
});
