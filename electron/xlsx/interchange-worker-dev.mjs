// Starts the interchange worker from the TypeScript sources (vitest, and the CLI run through tsx): a worker
// thread does not inherit tsx from its parent, so it registers tsx itself, then loads the worker. The bundled
// app runs dist/electron/interchange-worker.cjs instead (build/scripts/build-electron.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./interchange-worker.ts');
