import { toPublicSuggestions } from '../../../../shared/fidelity';
import { runDatabaseFidelitySuggestions } from '../../../services/fidelity-suggestions';
import { stringFlag } from '../../args';
import { formatSuggestionsTable } from '../../fidelity-table';
import { periodFlags, readPeriodFlags } from '../../period-flags';
import { recordFlags } from '../../records-session';
import { EXIT, type CliCommand } from '../../types';
import { withUnlockedVault } from '../../unlock';

export const fidelitySuggestCommand: CliCommand = {
  name: 'fidelity suggest',
  summary: 'Print the fidelity scores the data suggests (DOMAIN §7) for a period: a table, or JSON with --json.',
  flags: {
    db: recordFlags.db,
    ...periodFlags,
    json: { description: 'print {"period":{…},"suggestions":{"sainsbury:2":{"score","figure"},…}} on one line' },
    user: recordFlags.user,
  },
  run(flags, io) {
    // Flags first: a typing mistake should not cost a passphrase prompt.
    const { period, asOf } = readPeriodFlags(flags);
    return withUnlockedVault(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async (vault) => {
      const result = runDatabaseFidelitySuggestions(vault.getDatabase(), period, asOf);
      io.stdout.write(flags.json ? `${JSON.stringify(toPublicSuggestions(result))}\n` : formatSuggestionsTable(result, period.label));
      return EXIT.ok;
    });
  },
};
