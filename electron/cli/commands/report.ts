import { todayIso } from '../../../shared/dates';
import { toPublicMetrics } from '../../../shared/outcomes';
import { checkAsOfDate, parseReportPeriod } from '../../../shared/report-period';
import { createReportHandlers } from '../../services/report-service';
import { stringFlag } from '../args';
import { formatReportTable } from '../report-table';
import { EXIT, UsageError, type CliCommand } from '../types';
import { sessionFlags, withSession } from '../session';

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
    ...sessionFlags,
    period: { value: 'P', required: true, description: 'financial year 2025-26, quarter 2025-26-Q3 or range 2025-04-01..2025-09-30' },
    'as-of': { value: 'YYYY-MM-DD', description: 'the date the data is true at (default: today)' },
    json: { description: 'print {"period":{…},"metrics":{…}} on one line' },
  },
  async run(flags, io) {
    // Flags first: a typing mistake should not cost a passphrase prompt.
    const periodText = stringFlag(flags, 'period')!;
    const period = checked('period', () => parseReportPeriod(periodText));
    const asOfFlag = stringFlag(flags, 'as-of');
    const asOf = asOfFlag === undefined ? todayIso() : checked('as-of', () => checkAsOfDate(asOfFlag, 'As-of date'));

    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context, caller }) => {
      const { report } = await createReportHandlers(context)['reports.run']({ period: periodText, asOf, withCatalogue: false }, caller);
      const output = toPublicMetrics(report);
      io.stdout.write(flags.json ? `${JSON.stringify(output)}\n` : formatReportTable(output, period.label));
      return EXIT.ok;
    });
  },
};
