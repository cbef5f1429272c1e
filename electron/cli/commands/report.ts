import { toPublicMetrics } from '../../../shared/outcomes';
import { createReportHandlers } from '../../services/report-service';
import { stringFlag } from '../args';
import { periodFlags, readPeriodFlags } from '../period-flags';
import { recordFlags } from '../records-session';
import { formatReportTable } from '../report-table';
import { EXIT, type CliCommand } from '../types';
import { withUnlockedVault } from '../unlock';

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Print every DOMAIN figure for a period: a table, or JSON with --json.',
  flags: {
    db: recordFlags.db,
    ...periodFlags,
    json: { description: 'print {"period":{…},"metrics":{…}} on one line' },
    user: recordFlags.user,
  },
  run(flags, io) {
    // Flags first: a typing mistake should not cost a passphrase prompt.
    const { periodText, period, asOf } = readPeriodFlags(flags);
    return withUnlockedVault(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async (vault) => {
      const handlers = createReportHandlers(vault, { today: () => asOf });
      const { report } = await handlers['reports.run']({ period: periodText, asOf, withCatalogue: false });
      const output = toPublicMetrics(report);
      io.stdout.write(flags.json ? `${JSON.stringify(output)}\n` : formatReportTable(output, period.label));
      return EXIT.ok;
    });
  },
};
