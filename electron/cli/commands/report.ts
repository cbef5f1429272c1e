import { toPublicMetrics } from '../../../shared/outcomes';
import { createReportHandlers } from '../../services/report-service';
import { stringFlag } from '../args';
import { periodFlags, readPeriodFlags } from '../period-flags';
import { formatReportTable } from '../report-table';
import { sessionFlags, withSession } from '../session';
import { EXIT, type CliCommand } from '../types';

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Print every DOMAIN figure for a period: a table, or JSON with --json.',
  flags: {
    db: sessionFlags.db,
    ...periodFlags,
    json: { description: 'print {"period":{…},"metrics":{…}} on one line' },
    user: sessionFlags.user,
  },
  run(flags, io) {
    // Flags first: a typing mistake should not cost a passphrase prompt.
    const { periodText, period, asOf } = readPeriodFlags(flags);
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context, caller }) => {
      const { report } = await createReportHandlers(context)['reports.run']({ period: periodText, asOf, withCatalogue: false }, caller);
      const output = toPublicMetrics(report);
      io.stdout.write(flags.json ? `${JSON.stringify(output)}\n` : formatReportTable(output, period.label));
      return EXIT.ok;
    });
  },
};
