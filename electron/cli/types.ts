import type { ScryptCost } from '../../db/keyring';

/** What a command may touch: its streams and environment, so tests and the real terminal differ only here. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  env: NodeJS.ProcessEnv;
  /**
   * Cost of new passphrase slots. Only the test entry (test/electron/fixtures/cli-test-entry.ts) sets it, so
   * tests get cheap slots; the shipped entry (electron/cli.ts) never does and nothing a user sets reaches it.
   */
  scryptCost?: ScryptCost;
}

export interface FlagSpec {
  /** Shown in usage, e.g. `FILE`; a flag without one is a switch (true when present). */
  value?: string;
  required?: boolean;
  description: string;
}

export type ParsedFlags = Record<string, string | true | undefined>;

/** A required argument given without a flag (`import WORKBOOK.xlsx`), read into ParsedFlags under `name`. */
export interface PositionalSpec {
  name: string;
  /** Shown in usage, e.g. `WORKBOOK.xlsx`. */
  value: string;
  description: string;
}

export interface CliCommand {
  name: string;
  summary: string;
  flags: Record<string, FlagSpec>;
  positionals?: readonly PositionalSpec[];
  /** Resolves to the process exit code. */
  run(flags: ParsedFlags, io: CliIo): Promise<number>;
}

/** Exit codes every command shares. 64 is EX_USAGE from sysexits.h; 2 is kept for a wrong passphrase. */
export const EXIT = { ok: 0, failed: 1, wrongPassphrase: 2, usage: 64 } as const;

/** A mistake in how the command was typed: the runner prints it with the usage text. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CliCommand,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
