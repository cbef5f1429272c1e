import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLI_TEST_BUNDLE } from './cli-bundle';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in a child process with no terminal: the test entry (cheap passphrase slots) bundled by
 * the global setup, or with `entry: 'shipped'` electron/cli.ts itself under tsx, as `npm run cli` runs it.
 * `passphrase` sets IPSDESK_PASSPHRASE (undefined: not set, so the CLI must say it needs one).
 */
export function runCli(
  args: string[],
  opts: { passphrase?: string; env?: Record<string, string | undefined>; timeoutMs?: number; entry?: 'test' | 'shipped' } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    const env = { ...process.env, IPSDESK_PASSPHRASE: opts.passphrase, ...opts.env };
    const entry = opts.entry === 'shipped' ? ['--import', 'tsx', 'electron/cli.ts'] : [CLI_TEST_BUNDLE];
    const child = execFile(
      process.execPath,
      [...entry, ...args],
      { cwd: root, env, timeout: opts.timeoutMs ?? 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}
