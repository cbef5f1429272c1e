import { commandUsage, parseFlags } from './args';
import { commands } from './commands';
import { EXIT, UsageError, type CliCommand, type CliIo } from './types';

export function usage(only?: CliCommand | readonly CliCommand[]): string {
  const list = only === undefined ? commands : 'run' in only ? [only] : only;
  return ['Usage:', ...list.map(commandUsage), '', 'The passphrase is read from IPSDESK_PASSPHRASE, or asked for in the terminal.', ''].join('\n');
}

const isHelp = (word: string | undefined) => word === 'help' || word === '--help' || word === '-h';

/** The command whose name's words begin the command line (`report …`, `fidelity suggest …`), and the rest. */
function findCommand(argv: readonly string[]): { command: CliCommand; rest: readonly string[] } | undefined {
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

/** The subcommands of a group such as `fidelity` (empty when `name` is not a group). */
function groupOf(name: string): CliCommand[] {
  return commands.filter((c) => c.name.startsWith(`${name} `));
}

/** Runs one command line and resolves to the exit code; never calls process.exit, so tests can drive it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, sub] = argv;
  if (name === undefined || isHelp(name)) {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    const group = groupOf(name);
    if (group.length > 0 && isHelp(sub)) {
      io.stdout.write(usage(group));
      return EXIT.ok;
    }
    const subcommands = group.map((c) => c.name.slice(name.length + 1)).join(', ');
    io.stderr.write(
      group.length === 0
        ? `Unknown command "${name}".\n\n${usage()}`
        : sub === undefined
          ? `"${name}" needs a subcommand: ${subcommands}.\n\n${usage(group)}`
          : `Unknown command "${name} ${sub}" (${name} has: ${subcommands}).\n\n${usage(group)}`,
    );
    return EXIT.usage;
  }
  const { command, rest } = found;
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
