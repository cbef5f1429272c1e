import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { commonOptions, copyBundleAssets, INTERCHANGE_WORKER_BUNDLE, INTERCHANGE_WORKER_ENTRY } from '../../build/scripts/build-electron.mjs';

/**
 * The test CLI (fixtures/cli-test-entry.ts) bundled once per test run, as build-electron.mjs bundles the app:
 * CommonJS, the interchange worker beside it, the migrations and templates copied next to both. Started with
 * plain node it is ready in about half a second, where tsx spent two transforming the sources on every one of
 * the few hundred CLI runs the tests make. The shipped entry (electron/cli.ts) is still run under tsx, as
 * `npm run cli` runs it. Inside the repository, so node_modules resolves better-sqlite3 and playwright-core.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = path.join(root, '.cache', 'test-cli');

export const CLI_TEST_BUNDLE = path.join(outdir, 'cli-test-entry.cjs');
/** The hostile-workbook import (xlsx/hostile-import.script.ts), bundled beside it for the same reason. */
export const HOSTILE_IMPORT_BUNDLE = path.join(outdir, 'hostile-import.cjs');
/** The process that holds a database's write lock (fixtures/hold-write-lock.ts), likewise. */
export const HOLD_WRITE_LOCK_BUNDLE = path.join(outdir, 'hold-write-lock.cjs');

export async function buildCliTestBundle(): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  const options = { ...commonOptions, logLevel: 'warning' as const, sourcemap: true, external: [...(commonOptions.external ?? []), 'playwright-core'] };
  await Promise.all([
    build({ ...options, entryPoints: ['test/electron/fixtures/cli-test-entry.ts'], outfile: CLI_TEST_BUNDLE }),
    build({ ...options, entryPoints: ['test/electron/xlsx/hostile-import.script.ts'], outfile: HOSTILE_IMPORT_BUNDLE }),
    build({ ...options, entryPoints: ['test/electron/fixtures/hold-write-lock.ts'], outfile: HOLD_WRITE_LOCK_BUNDLE }),
    build({ ...options, entryPoints: [INTERCHANGE_WORKER_ENTRY], outfile: path.join(outdir, INTERCHANGE_WORKER_BUNDLE) }),
  ]);
  await copyBundleAssets(outdir);
}
