import { backupInfoSchema } from './backups';
import { z } from 'zod';
import { roleSchema } from '../roles';
import { passphraseSchema, personNameSchema } from './vault';

export const userRowSchema = z.object({
  name: z.string(),
  role: roleSchema,
  /** False for someone in the users table without a passphrase slot (they cannot sign in). */
  hasPassphrase: z.boolean(),
  /** The person asking: they cannot remove themselves or take away their own manager role. */
  isYou: z.boolean(),
});
export type UserRow = z.infer<typeof userRowSchema>;

const usersOutput = z.object({ users: z.array(userRowSchema) });

/** People who may unlock IPS Desk, each with a passphrase of their own and a role (shared/roles.ts). */
export const userChannels = {
  'users.list': { input: z.object({}), output: usersOutput },
  /** The new user types their own passphrase (at the manager's laptop, or the manager tells them one to change). */
  'users.add': { input: z.object({ name: personNameSchema, role: roleSchema, passphrase: passphraseSchema }), output: usersOutput },
  /** Removes the user and their passphrase slot; their past actions stay in the audit trail under their name. */
  'users.remove': { input: z.object({ name: personNameSchema }), output: usersOutput },
  'users.setRole': { input: z.object({ name: personNameSchema, role: roleSchema }), output: usersOutput },
  /**
   * For a compromised passphrase or recovery key, or a leaver: a new random database key, sealed again to
   * every remaining user's slot, and a new recovery key shown once. `droppedUsers` had slots from an older
   * version that could not be sealed again: give them a new passphrase.
   */
  'vault.changeDatabaseKey': {
    input: z.object({}),
    output: z.object({
      recoveryKey: z.string(),
      droppedUsers: z.array(z.string()),
      /** The fresh backup under the new key (earlier backups still open with the old passphrases and recovery key). */
      backup: backupInfoSchema.nullable(),
      /** Why no fresh backup could be made (the key is changed all the same). */
      backupProblem: z.string().optional(),
    }),
  },
} as const;
