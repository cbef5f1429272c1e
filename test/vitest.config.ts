import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and integration tests run under plain Node: nothing here may import 'electron'.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    // Vitest's default on two cores is one worker; many tests wait on child processes (the CLI, crash and
    // busy tests) or on SQLite, so a second worker nearly halves the run on the CI machine's two cores.
    maxWorkers: 2,
    // Test files share their worker's loaded modules instead of importing everything afresh: importing was half
    // of the run (128 s of 258 s in CI), and sharing halves the run. Tests keep no state in modules; the suite
    // passes with the files shuffled (--sequence.shuffle.files). A test that stubs a global or a module undoes it.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
