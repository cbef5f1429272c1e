import { stringFlag } from '../args';
import { readPassphrase } from '../passphrase';
import { openVault, sessionFlags, userToAsk } from '../session';
import { EXIT, type CliCommand } from '../types';
import { reportServiceError } from '../vault';

export const auditVerifyCommand: CliCommand = {
  name: 'audit-verify',
  summary: 'Check the audit trail has not been altered (read-only): names the first broken entry if it has.',
  flags: sessionFlags,
  async run(flags, io) {
    const vault = openVault(stringFlag(flags, 'db')!, io);
    if (typeof vault === 'number') return vault;
    const user = userToAsk(vault, stringFlag(flags, 'user'), io);
    if (typeof user === 'number') return user;
    const passphrase = await readPassphrase(io, `Passphrase for ${user}: `);
    try {
      const check = await vault.verifyAuditTrail({ user, passphrase });
      if (check.ok) {
        io.stdout.write(`The audit trail is intact: ${check.entries.toLocaleString('en-GB')} entries, each chained to the one before.\n`);
        return EXIT.ok;
      }
      const { seq, at, id, reason } = check.firstBroken;
      const which = seq === null ? `An entry with no place in the chain (id ${id ?? 'unknown'})` : `Entry ${seq}`;
      io.stderr.write(`The audit trail has been altered. ${which}${at ? `, dated ${at}` : ''}: ${reason}.\n`);
      const n = check.entries;
      io.stderr.write(n === 1 ? 'The 1 entry before it is intact.\n' : `The ${n.toLocaleString('en-GB')} entries before it are intact.\n`);
      return EXIT.failed;
    } catch (error) {
      return reportServiceError(error, io);
    }
  },
};
