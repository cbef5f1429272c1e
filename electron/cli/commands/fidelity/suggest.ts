import { toPublicSuggestions } from '../../../../shared/fidelity';
import { runDatabaseFidelitySuggestions } from '../../../services/fidelity-suggestions';
import { stringFlag } from '../../args';
import { formatSuggestionsTable } from '../../fidelity-table';
import { periodFlags, readPeriodFlags } from '../../period-flags';
import { EXIT, type CliCommand } from '../../types';
import { sessionFlags, withSession } from '../../session';

export const fidelitySuggestCommand: CliCommand = {
  name: 'fidelity suggest',
  summary: 'Print the fidelity scores the data suggests (DOMAIN §7) for a period: a table, or JSON with --json.',
  flags: {
    db: sessionFlags.db,
    ...periodFlags,
    json: { description: 'print {"period":{…},"suggestions":{"sainsbury:2":{"score","figure"},…}} on one line' },
    user: sessionFlags.user,
  },
  run(flags, io) {
    // Flags first: a typing mistake should not cost a passphrase prompt.
    const { period, asOf } = readPeriodFlags(flags);
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context }) => {
      const result = context.read((reader) => runDatabaseFidelitySuggestions(reader, period, asOf));
      io.stdout.write(flags.json ? `${JSON.stringify(toPublicSuggestions(result))}\n` : formatSuggestionsTable(result, period.label));
      return EXIT.ok;
    });
  },
};
