import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { writeFileAtomic } from '../../../db/atomic-file';
import { formatUkDate } from '../../../shared/dates';
import { MAX_TEMPLATE_BYTES } from '../../../shared/ipc/returns';
import { runDataQuality } from '../../services/data-quality-run';
import { exportReturn, type ExportSpec } from '../../services/returns-service';
import { builtInTemplate } from '../../services/returns/template-source';
import { ServiceError } from '../../services/service-error';
import { BUILT_IN_RETURNS } from '../../xlsx/return-templates';
import { stringFlag } from '../args';
import { periodFlags, readPeriodFlags } from '../period-flags';
import { sessionFlags, withSession } from '../session';
import { EXIT, UsageError, type CliCommand, type CliIo, type ParsedFlags } from '../types';

const BUILT_IN_NAMES = BUILT_IN_RETURNS.map((b) => b.cliName).join('|');

/** --template or --builtin (exactly one), read before the passphrase is asked for. */
function templateOf(flags: ParsedFlags, io: CliIo): ExportSpec['template'] | number {
  const file = stringFlag(flags, 'template');
  const builtin = stringFlag(flags, 'builtin');
  if ((file === undefined) === (builtin === undefined)) throw new UsageError('Give either --template IN.xlsx or --builtin NAME (one of them).');
  if (builtin !== undefined) {
    const built = BUILT_IN_RETURNS.find((b) => b.cliName === builtin);
    if (!built) throw new UsageError(`--builtin: "${builtin}" is not a built-in return; use ${BUILT_IN_NAMES.replace(/\|/g, ', ')}.`);
    return { kind: 'ready', template: builtInTemplate(built) };
  }
  const path = resolve(file!);
  try {
    // A return template is small: anything bigger is refused before it is read into memory.
    if (statSync(path).size > MAX_TEMPLATE_BYTES) {
      io.stderr.write(`${path} is more than ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB, far larger than a return template; check that it is the right file.\n`);
      return EXIT.failed;
    }
    return { kind: 'file', fileName: basename(path), bytes: readFileSync(path) };
  } catch (error) {
    io.stderr.write(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}

/** A refused template: the reason, then each problem on its own line (each names its cell). */
function reportRefusal(error: ServiceError, io: CliIo): number {
  io.stderr.write(`${error.message}\n`);
  for (const issue of error.extra.issues ?? []) if (issue.message !== error.message) io.stderr.write(`  ${issue.message}\n`);
  return EXIT.failed;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Fill a return for a period: a commissioner’s template (with its saved mapping) or a built-in return.',
  flags: {
    db: sessionFlags.db,
    ...periodFlags,
    template: { value: 'IN.xlsx', description: 'the commissioner’s template to fill' },
    builtin: { value: BUILT_IN_NAMES, description: 'a built-in return instead: IPS standard data set, Sainsbury Centre KPIs, client-level extract' },
    out: { value: 'OUT.xlsx', required: true, description: 'the filled workbook (replaced in one step if it exists; not written if refused)' },
    identifiable: { description: 'client rows with names, NHS number and date of birth (a manager only; recorded in the history)' },
    user: sessionFlags.user,
  },
  async run(flags, io) {
    const { periodText, period, asOf } = readPeriodFlags(flags);
    const out = resolve(stringFlag(flags, 'out')!);
    const template = templateOf(flags, io);
    if (typeof template === 'number') return template;
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context, caller }) => {
      try {
        const outcome = exportReturn(context, caller, {
          template,
          periodText,
          asOf,
          identifiable: flags.identifiable === true,
          deliver: ({ bytes }) => writeFileAtomic(out, bytes),
        });
        const rows = outcome.clientRows.reduce((n, r) => n + r.rows, 0);
        const clients = outcome.clientRows.length > 0 ? `, ${rows} client row${rows === 1 ? '' : 's'}${flags.identifiable ? ' (identifiable)' : ' (pseudonymised)'}` : '';
        io.stdout.write(`Exported “${outcome.template.name}” for ${period.label}, as at ${formatUkDate(asOf)}, to ${out}\n`);
        io.stdout.write(`${outcome.filledCells} cells filled${clients}. SHA-256 ${outcome.sha256}\n`);
        for (const warning of outcome.warnings) io.stderr.write(`Warning: ${warning}\n`);
        const problems = context.read((reader) => runDataQuality(reader, asOf));
        if (problems.length > 0) {
          const blocking = problems.filter((p) => p.severity === 'blocks').length;
          io.stderr.write(
            `Data quality: ${problems.length} record problem${problems.length === 1 ? '' : 's'} as at ${formatUkDate(asOf)} (${blocking} blocking figures); see Data quality on the Reports screen.\n`,
          );
        }
        return EXIT.ok;
      } catch (error) {
        if (error instanceof ServiceError && error.code === 'invalid_input') return reportRefusal(error, io);
        throw error;
      }
    });
  },
};
