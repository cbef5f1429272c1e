import { buildCliTestBundle } from './electron/cli-bundle';

/** Runs once before any test file: builds what the CLI tests start in child processes. */
export default async function setup(): Promise<void> {
  await buildCliTestBundle();
}
