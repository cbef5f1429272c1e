import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { commonOptions, INTERCHANGE_WORKER_BUNDLE, INTERCHANGE_WORKER_ENTRY } from '../../build/scripts/build-electron.mjs';
import { generateDemoData } from '../../electron/services/demo';
import { worthTwoThreads } from '../../electron/services/interchange/interchange-threads';
import { writeInterchangeWorkbook } from '../../electron/xlsx/interchange-write';
import { useTempDirs } from '../db/helpers';

const tempDir = useTempDirs();
const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./interchange-worker-import.script.ts', import.meta.url));

describe('the interchange worker in the CommonJS bundle', () => {
  it('is started from beside the bundle that uses it, and imports a workbook there in two threads', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    // As build-electron.mjs builds the app: the worker as its own bundle beside main.cjs (here, a stand-in), the
    // migrations beside them, and the database driver outside the bundles.
    await build({ ...commonOptions, logLevel: 'silent', sourcemap: false, entryPoints: [INTERCHANGE_WORKER_ENTRY], outfile: path.join(dir, INTERCHANGE_WORKER_BUNDLE) });
    await build({ ...commonOptions, logLevel: 'silent', sourcemap: false, entryPoints: [script], outfile: path.join(dir, 'main.cjs') });
    cpSync(path.join(root, 'db', 'migrations'), path.join(dir, 'migrations'), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    // Enough clients for the Clients sheet, compressed, to pass the size worth a thread of its own (1,200
    // clients' sheet, as the export writes it, compresses to 127 KB, just under it).
    const data = generateDemoData({ clients: 1_500, seed: 7, today: '2026-01-15' });
    const workbook = path.join(dir, 'records.xlsx');
    const bytes = await writeInterchangeWorkbook(data);
    expect(worthTwoThreads(bytes)).toBe(true);
    writeFileSync(workbook, bytes);
    mkdirSync(path.join(dir, 'db'));

    const out = JSON.parse(execFileSync(process.execPath, [path.join(dir, 'main.cjs'), workbook, path.join(dir, 'db')], { cwd: dir, encoding: 'utf8' }));
    expect(out.outcome.ok).toBe(true);
    expect(out.rows).toEqual({
      clients: data.clients.length, jobs: data.jobs.length, contacts: data.contacts.length,
      activities: data.activities.length, wellbeing: data.wellbeing.length, staff: data.staff.length,
    });
  });
});
