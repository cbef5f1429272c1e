import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in a child process, as `npm run cli` does (tsx), through the test entry (cheap passphrase
 * slots) and with no terminal. `passphrase` sets IPSDESK_PASSPHRASE (undefined: not set, so the CLI must say
 * it needs one). `entry: 'shipped'` runs electron/cli.ts itself.
 */
export function runCli(
  args: string[],
  opts: { passphrase?: string; env?: Record<string, string | undefined>; timeoutMs?: number; entry?: 'test' | 'shipped' } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    const env = { ...process.env, IPSDESK_PASSPHRASE: opts.passphrase, ...opts.env };
    const entry = opts.entry === 'shipped' ? 'electron/cli.ts' : 'test/electron/fixtures/cli-test-entry.ts';
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', entry, ...args],
      { cwd: root, env, timeout: opts.timeoutMs ?? 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}
