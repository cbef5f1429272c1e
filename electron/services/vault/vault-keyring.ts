import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Caller } from '../../../shared/roles';
import { audited, writeAudited } from '../../../db/audited-write';
import { UnknownUserError } from '../../../db/errors';
import { keyringWithPassphraseSlot, readKeyring, saveKeyring } from '../../../db/keyring';
import { sameUser } from '../../../db/keyring-schema';
import { users } from '../../../db/schema';
import { assertStrongPassphrase } from '../passphrase-policy';
import { ServiceError } from '../service-error';
import type { VaultCore } from './vault-core';
import type { createSessionOperations } from './vault-session';

/**
 * Passphrase slots and the users they belong to. Each change is one audited write: the new keyring is built
 * first (scrypt is slow and async), then saved atomically inside the transaction that records it, so a
 * failed save rolls the audit entry back and a failed transaction leaves the old keyring in place.
 */
export function createKeyringOperations(core: VaultCore, session: ReturnType<typeof createSessionOperations>) {
  const { paths, serial } = core;

  return {
    setPassphraseAfterRecovery: (input: ParsedInput<'vault.setPassphraseAfterRecovery'>) =>
      serial(async () => {
        const current = core.unlocked();
        if (!current.mustSetPassphrase) {
          throw new ServiceError('conflict', 'This is only for after unlocking with the recovery key. Use Change passphrase instead.');
        }
        const known = current.reader.db.select({ name: users.name }).from(users).all().map((u) => u.name);
        const name = [...known, ...core.safeUsers()].find((n) => sameUser(n, input.user));
        if (!name) throw new UnknownUserError(input.user, known);
        assertStrongPassphrase(input.newPassphrase, 'newPassphrase', [name, current.serviceName ?? '']);
        const keyring = await keyringWithPassphraseSlot({ file: paths.keyringFile, key: current.key, user: name, passphrase: input.newPassphrase, ...core.scryptCost, now: new Date(core.clock()) });
        const role = core.roleOf(current.reader.db, name);
        // Recorded as the person who has just said who they are: the recovery key itself has no name.
        writeAudited(current.database, { user: name, role }, new Date(core.clock()), () => {
          saveKeyring(paths.keyringFile, keyring);
          return audited(undefined, { action: 'vault.passphrase_set_after_recovery', entity: 'user', entity_id: name, after: { user: name } });
        });
        current.mustSetPassphrase = false;
        current.user = name;
        current.role = role;
        return core.status();
      }),

    changePassphrase: (input: ParsedInput<'vault.changePassphrase'>, caller: Caller) =>
      serial(async () => {
        const current = core.ready();
        const user = caller.user;
        if (input.newPassphrase === input.currentPassphrase) {
          const message = 'Choose a new passphrase that is different from the current one';
          throw new ServiceError('invalid_input', message, { issues: [{ path: ['newPassphrase'], message }] });
        }
        assertStrongPassphrase(input.newPassphrase, 'newPassphrase', [user, current.serviceName ?? '']);
        const checked = await session.keyFromPassphrase(readKeyring(paths.keyringFile), user, input.currentPassphrase, (u) => `That is not the current passphrase for ${u}. Check Caps Lock and try again.`);
        checked.fill(0);
        const keyring = await keyringWithPassphraseSlot({ file: paths.keyringFile, key: current.key, user, passphrase: input.newPassphrase, ...core.scryptCost, now: new Date(core.clock()) });
        core.writeAsSession(current, () => {
          saveKeyring(paths.keyringFile, keyring);
          // Which slot changed, never the passphrase itself.
          return audited({}, { action: 'vault.passphrase_changed', entity: 'user', entity_id: user });
        });
        return {};
      }),

  };
}
