// Bundles the main process, the preload and the interchange import's worker thread to CommonJS in dist/electron/.
// The preload must be one self-contained CJS file: a sandboxed preload cannot import ES modules or local files.
// The worker is its own bundle: electron/services/interchange/interchange-threads.ts starts it from beside main.cjs.
// 'electron' is provided by the runtime; better-sqlite3 stays outside the bundle because it loads a native module.
// The database migrations and the built-in return templates are copied beside main.cjs, where db/migrate.ts
// and electron/xlsx/return-templates/files.ts look when bundled.
import { build } from 'esbuild';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const defaultOutdir = path.join(root, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
export const commonOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 runs Node 22.
  target: 'node22',
  // esbuild itself: only the interchange worker's launcher uses it, when run from the TypeScript sources.
  external: ['electron', 'better-sqlite3', 'esbuild'],
  sourcemap: 'linked',
  logLevel: 'info',
  absWorkingDir: root,
  // db/migrate.ts falls back to __dirname when import.meta.url is missing, as it is in a CJS bundle.
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'undefined' },
};

export const INTERCHANGE_WORKER_ENTRY = 'electron/services/interchange/interchange-worker.ts';
export const INTERCHANGE_WORKER_BUNDLE = 'interchange-worker.cjs';

/** @param {{ outdir?: string, logLevel?: import('esbuild').LogLevel }} [opts] */
export async function buildElectron({ outdir = defaultOutdir, logLevel = 'info' } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await Promise.all([
    build({ ...commonOptions, logLevel, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') }),
    build({ ...commonOptions, logLevel, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs') }),
    build({ ...commonOptions, logLevel, entryPoints: [INTERCHANGE_WORKER_ENTRY], outfile: path.join(outdir, INTERCHANGE_WORKER_BUNDLE) }),
  ]);
  await copyBundleAssets(outdir);
}

/** Copies what a bundle reads from beside itself: the database migrations and the built-in return templates. */
export async function copyBundleAssets(outdir) {
  await cp(path.join(root, 'db', 'migrations'), path.join(outdir, 'migrations'), { recursive: true });
  await cp(path.join(root, 'build', 'templates'), path.join(outdir, 'templates'), { recursive: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
