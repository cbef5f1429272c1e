import { readReviewList } from '../../../services/fidelity/review-reads';
import { stringFlag } from '../../args';
import { formatFidelityList } from '../../fidelity-list-table';
import { sessionFlags, withSession } from '../../session';
import { EXIT, type CliCommand } from '../../types';

export const fidelityListCommand: CliCommand = {
  name: 'fidelity list',
  summary: 'List the fidelity reviews (instrument, period, status, total and band) and when each instrument is next due.',
  flags: {
    db: sessionFlags.db,
    json: { description: 'print {"today","reviews":[…],"schedule":[…]} on one line (as the app’s fidelity.list)' },
    user: sessionFlags.user,
  },
  run(flags, io) {
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context }) => {
      const list = context.read((reader) => readReviewList(reader, context.today()));
      io.stdout.write(flags.json ? `${JSON.stringify(list)}\n` : formatFidelityList(list.reviews, list.schedule));
      return EXIT.ok;
    });
  },
};
