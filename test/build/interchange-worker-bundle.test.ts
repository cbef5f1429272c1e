import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { commonOptions, INTERCHANGE_WORKER_BUNDLE, INTERCHANGE_WORKER_ENTRY } from '../../build/scripts/build-electron.mjs';
import { writeInterchangeWorkbook } from '../../electron/xlsx/interchange-write';
import { useTempDirs } from '../db/helpers';
import { richSample } from '../electron/xlsx/interchange-sample';

const tempDir = useTempDirs();
const script = fileURLToPath(new URL('./interchange-worker-read.script.ts', import.meta.url));

describe('the interchange worker in the CommonJS bundle', () => {
  it('is started from beside the bundle that uses it, and reads a workbook there', async () => {
    const dir = tempDir();
    // As build-electron.mjs builds the app: the worker as its own bundle, beside main.cjs (here, a stand-in).
    await build({ ...commonOptions, logLevel: 'silent', sourcemap: false, entryPoints: [INTERCHANGE_WORKER_ENTRY], outfile: path.join(dir, INTERCHANGE_WORKER_BUNDLE) });
    await build({ ...commonOptions, logLevel: 'silent', sourcemap: false, entryPoints: [script], outfile: path.join(dir, 'main.cjs') });
    const records = richSample();
    const workbook = path.join(dir, 'records.xlsx');
    writeFileSync(workbook, await writeInterchangeWorkbook(records));

    const out = execFileSync(process.execPath, [path.join(dir, 'main.cjs'), workbook], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify({ ok: true, records, warnings: [] })));
  });
});
