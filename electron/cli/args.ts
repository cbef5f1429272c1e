import { UsageError, type CliCommand, type ParsedFlags } from './types';

/** Reads `--name value`, `--name=value` and `--switch` against the command's declared flags; nothing else. */
export function parseFlags(command: CliCommand, args: readonly string[]): ParsedFlags {
  const flags: ParsedFlags = {};
  const positionals = [...(command.positionals ?? [])];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    if (!match && !arg.startsWith('-') && positionals.length > 0) {
      flags[positionals.shift()!.name] = arg;
      continue;
    }
    if (!match) throw new UsageError(`Unexpected argument "${arg}".`, command);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    const spec = command.flags[name];
    if (!spec) throw new UsageError(`Unknown option --${name} for "${command.name}".`, command);
    if (name in flags) throw new UsageError(`--${name} is given twice.`, command);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`, command);
      flags[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value (${spec.value}).`, command);
    }
    flags[name] = value;
  }
  const missing = positionals[0];
  if (missing) throw new UsageError(`${missing.value} is required.`, command);
  for (const [name, spec] of Object.entries(command.flags)) {
    if (spec.required && flags[name] === undefined) {
      throw new UsageError(`--${name}${spec.value ? ` ${spec.value}` : ''} is required.`, command);
    }
  }
  return flags;
}

export function stringFlag(flags: ParsedFlags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}

export function commandUsage(command: CliCommand): string {
  const flags = Object.entries(command.flags).map(([name, spec]) => {
    const text = `--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return spec.required ? text : `[${text}]`;
  });
  const positionals = command.positionals ?? [];
  const details = [
    ...Object.entries(command.flags).map(([name, spec]) => `    --${name}${spec.value ? ` ${spec.value}` : ''}`.padEnd(26) + spec.description),
    ...positionals.map((p) => `    ${p.value}`.padEnd(26) + p.description),
  ];
  const line = [...flags, ...positionals.map((p) => p.value)].join(' ');
  return [`  npm run cli -- ${command.name} ${line}`.trimEnd(), `    ${command.summary}`, ...details].join('\n');
}
