import { renameSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { UserRow } from '../../../shared/ipc/users';
import { roleSchema, type Caller, type Role } from '../../../shared/roles';
import { audited } from '../../../db/audited-write';
import {
  findPassphraseSlot, generateDatabaseKey, keyringWithoutPassphraseSlot, keyringWithPassphraseSlot, passphraseUsers, pendingKeyringPath,
  readKeyring, rekeyedKeyring, saveKeyring,
} from '../../../db/keyring';
import { sameUser } from '../../../db/keyring-schema';
import type { ReadDb } from '../../../db/access';
import { users } from '../../../db/schema';
import { assertStrongPassphrase } from '../passphrase-policy';
import { ServiceError } from '../service-error';
import { backUpSession } from './session-backup';
import type { VaultCore } from './vault-core';

type StoredUser = { id: string; name: string; role: Role };

function storedUsers(db: ReadDb): StoredUser[] {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .all()
    .map((u) => ({ ...u, role: roleSchema.catch('viewer').parse(u.role) }));
}

function refuse(field: string, message: string): ServiceError {
  return new ServiceError('conflict', message, { issues: [{ path: [field], message }] });
}

/**
 * Users and roles (the manager's Settings), and changing the database key. The users table says who has
 * which role; the keyring holds each user's passphrase slot. Both change in one audited write: the keyring
 * file is saved inside the transaction, so a failed save rolls the rest back.
 */
export function createUserOperations(core: VaultCore) {
  const { paths, serial } = core;

  function list(caller: Caller): { users: UserRow[] } {
    const slots = passphraseUsers(readKeyring(paths.keyringFile));
    return {
      users: storedUsers(core.ready().reader.db)
        .map((u) => ({ name: u.name, role: u.role, hasPassphrase: slots.some((s) => sameUser(s, u.name)), isYou: sameUser(u.name, caller.user) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    };
  }

  function find(name: string): StoredUser {
    const found = storedUsers(core.ready().reader.db).find((u) => sameUser(u.name, name));
    if (!found) throw new ServiceError('not_found', `There is no user called ${name}.`, { issues: [{ path: ['name'], message: `There is no user called ${name}` }] });
    return found;
  }

  /** Someone must always be able to manage users: the last manager stays a manager. */
  function assertAnotherManager(user: StoredUser, field: string, doing: string): void {
    const managers = storedUsers(core.ready().reader.db).filter((u) => u.role === 'manager');
    if (user.role === 'manager' && managers.length === 1) throw refuse(field, `${user.name} is the only manager: make someone else a manager before ${doing}.`);
  }

  return {
    list: (caller: Caller) => serial(() => list(caller)),

    add: (input: ParsedInput<'users.add'>, caller: Caller) =>
      serial(async () => {
        const current = core.ready();
        const name = input.name.trim();
        const taken = [...storedUsers(current.reader.db).map((u) => u.name), ...passphraseUsers(readKeyring(paths.keyringFile))].find((n) => sameUser(n, name));
        if (taken) throw refuse('name', `${taken} is already a user: choose another name.`);
        assertStrongPassphrase(input.passphrase, 'passphrase', [name, current.serviceName ?? '']);
        const keyring = await keyringWithPassphraseSlot({ file: paths.keyringFile, key: current.key, user: name, passphrase: input.passphrase, ...core.scryptCost, now: new Date(core.clock()) });
        core.writeAsSession(current, ({ db }) => {
          db.insert(users).values({ name, role: input.role }).run();
          saveKeyring(paths.keyringFile, keyring);
          return audited(null, { action: 'user.create', entity: 'user', entity_id: name, after: { name, role: input.role } });
        });
        return list(caller);
      }),

    remove: (input: ParsedInput<'users.remove'>, caller: Caller) =>
      serial(() => {
        const current = core.ready();
        const user = find(input.name);
        if (sameUser(user.name, caller.user)) throw refuse('name', 'You cannot remove yourself: ask another manager.');
        assertAnotherManager(user, 'name', 'removing them');
        const keyring = readKeyring(paths.keyringFile);
        const hasSlot = findPassphraseSlot(keyring, user.name) !== undefined;
        core.writeAsSession(current, ({ db }) => {
          db.delete(users).where(eq(users.id, user.id)).run();
          if (hasSlot) saveKeyring(paths.keyringFile, keyringWithoutPassphraseSlot(keyring, user.name));
          return audited(null, { action: 'user.delete', entity: 'user', entity_id: user.name, before: { name: user.name, role: user.role, passphrase: hasSlot }, after: null });
        });
        return list(caller);
      }),

    setRole: (input: ParsedInput<'users.setRole'>, caller: Caller) =>
      serial(() => {
        const current = core.ready();
        const user = find(input.name);
        if (user.role !== input.role) {
          if (input.role !== 'manager') assertAnotherManager(user, 'role', 'changing their role');
          core.writeAsSession(current, ({ db }) => {
            db.update(users).set({ role: input.role }).where(eq(users.id, user.id)).run();
            return audited(null, { action: 'user.update', entity: 'user', entity_id: user.name, before: { role: user.role }, after: { role: input.role } });
          });
          if (sameUser(user.name, current.user ?? '')) current.role = input.role;
        }
        return list(caller);
      }),

    /**
     * A new random database key. The file is re-keyed (SQLite's rekey, in rollback-journal mode) with the new
     * keyring waiting beside the old; the new keyring then replaces the old inside the audited write. A crash
     * in between is mended at the next unlock (vault-core openFromKeyrings).
     */
    changeDatabaseKey: () =>
      serial(() => {
        const current = core.ready();
        const newKey = generateDatabaseKey();
        const next = rekeyedKeyring(readKeyring(paths.keyringFile), current.key, newKey, new Date(core.clock()));
        const pending = pendingKeyringPath(paths.keyringFile);
        saveKeyring(pending, next.keyring);
        const { raw } = current.database;
        raw.pragma('journal_mode=DELETE');
        raw.pragma(`rekey="x'${newKey.toString('hex')}'"`);
        raw.pragma('journal_mode=WAL');
        current.key.fill(0);
        current.key = newKey;
        core.writeAsSession(current, () => {
          renameSync(pending, paths.keyringFile);
          return audited(null, { action: 'vault.database_key_changed', details: { droppedUsers: next.dropped } });
        });
        // Every earlier backup opens only with the old key: make one the new key opens, at once.
        try {
          const fresh = backUpSession(paths, current, 'after-key-change', new Date(core.clock()));
          return { recoveryKey: next.recoveryKey, droppedUsers: next.dropped, backup: fresh.backup };
        } catch (error) {
          const backupProblem = error instanceof ServiceError ? error.message : 'The backup could not be written.';
          return { recoveryKey: next.recoveryKey, droppedUsers: next.dropped, backup: null, backupProblem };
        }
      }),
  };
}
