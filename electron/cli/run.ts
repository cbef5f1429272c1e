import { commandUsage, parseFlags } from './args';
import { commands } from './commands';
import { EXIT, UsageError, type CliCommand, type CliIo } from './types';

export function usage(only?: CliCommand): string {
  const list = only ? [only] : commands;
  return ['Usage:', ...list.map(commandUsage), '', 'The passphrase is read from IPSDESK_PASSPHRASE, or asked for in the terminal.', ''].join('\n');
}

/** Runs one command line and resolves to the exit code; never calls process.exit, so tests can drive it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(parseFlags(command, rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${usage(error.command ?? command)}`);
      return EXIT.usage;
    }
    io.stderr.write(`${command.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
