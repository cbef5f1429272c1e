import { todayIso } from '../../../shared/dates';
import { toPublicMetrics } from '../../../shared/outcomes';
import { checkAsOfDate, parseReportPeriod } from '../../../shared/report-period';
import { createReportHandlers } from '../../services/report-service';
import { stringFlag } from '../args';
import { readPassphrase } from '../passphrase';
import { formatReportTable } from '../report-table';
import { EXIT, UsageError, type CliCommand } from '../types';
import { reportServiceError, vaultFor } from '../vault';

/** Turns a bad flag value into a usage error that names the flag. */
function checked<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new UsageError(`--${flag}: ${(error as Error).message}`);
  }
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Print every DOMAIN figure for a period: a table, or JSON with --json.',
  flags: {
    db: { value: 'FILE', required: true, description: 'the team database file' },
    period: { value: 'P', required: true, description: 'financial year 2025-26, quarter 2025-26-Q3 or range 2025-04-01..2025-09-30' },
    'as-of': { value: 'YYYY-MM-DD', description: 'the date the data is true at (default: today)' },
    json: { description: 'print {"period":{…},"metrics":{…}} on one line' },
    user: { value: 'NAME', description: 'whose passphrase (default: the first user in the keyring)' },
  },
  async run(flags, io) {
    // Flags first: a typing mistake should not cost a passphrase prompt.
    const periodText = stringFlag(flags, 'period')!;
    const period = checked('period', () => parseReportPeriod(periodText));
    const asOfFlag = stringFlag(flags, 'as-of');
    const asOf = asOfFlag === undefined ? todayIso() : checked('as-of', () => checkAsOfDate(asOfFlag, 'As-of date'));

    const vault = vaultFor(stringFlag(flags, 'db')!, io);
    const status = vault.status();
    if (status.state === 'needs_setup') {
      io.stderr.write(`There is no team database at ${vault.paths.databaseFile}. Create one with "init" first.\n`);
      return EXIT.failed;
    }
    const user = stringFlag(flags, 'user') ?? status.users[0];
    if (!user) {
      io.stderr.write(`The keyring ${vault.paths.keyringFile} is missing or damaged, or has no passphrase users; use --user NAME to say whose passphrase.\n`);
      return EXIT.failed;
    }
    const passphrase = await readPassphrase(io, `Passphrase for ${user}: `);
    try {
      await vault.unlock({ user, passphrase });
      const handlers = createReportHandlers(vault, { today: () => asOf });
      const { report } = await handlers['reports.run']({ period: periodText, asOf, withCatalogue: false });
      const output = toPublicMetrics(report);
      io.stdout.write(flags.json ? `${JSON.stringify(output)}\n` : formatReportTable(output, period.label));
      return EXIT.ok;
    } catch (error) {
      return reportServiceError(error, io);
    } finally {
      await vault.lock().catch(() => undefined);
      vault.close();
    }
  },
};
