import { DEFAULT_DEMO_CLIENTS, DEMO_LABEL, MAX_DEMO_CLIENTS } from '../../services/demo';
import { DEFAULT_DEMO_SEED, loadDemoData } from '../../services/records/demo-loader';
import { stringFlag } from '../args';
import { sessionFlags, withSession } from '../session';
import { EXIT, UsageError, type CliCommand } from '../types';

function wholeNumber(text: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}.`);
  }
  return n;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Fill an empty team database with a made-up caseload over three financial years.',
  flags: {
    ...sessionFlags,
    clients: { value: 'N', description: `how many clients (default ${DEFAULT_DEMO_CLIENTS})` },
    seed: { value: 'S', description: 'any whole number; the same seed gives the same people (default: the app\'s demo)' },
  },
  async run(flags, io) {
    const clients = wholeNumber(stringFlag(flags, 'clients'), 'clients', 1, MAX_DEMO_CLIENTS) ?? DEFAULT_DEMO_CLIENTS;
    const seed = wholeNumber(stringFlag(flags, 'seed'), 'seed', -(2 ** 31), 2 ** 31 - 1) ?? DEFAULT_DEMO_SEED;
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context, caller }) => {
      const added = loadDemoData(context, caller, { clients, seed });
      io.stdout.write(
        `Added ${added.clients.toLocaleString('en-GB')} clients, ${added.jobs.toLocaleString('en-GB')} jobs and ` +
          `${added.contacts.toLocaleString('en-GB')} contacts.\n${DEMO_LABEL}\n`,
      );
      return EXIT.ok;
    });
  },
};
