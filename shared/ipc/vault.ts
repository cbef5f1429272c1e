import { z } from 'zod';
import { roleSchema } from '../roles';

/** Passphrases protect patient data on a shared laptop: 12 characters is the floor, not the aim. */
export const PASSPHRASE_MIN_LENGTH = 12;

export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN_LENGTH, `Passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters`)
  .max(1024, 'Passphrase is too long')
  .refine((p) => p.trim() !== '', 'A passphrase cannot be only spaces');

/** Recovery keys are shown as groups of four, e.g. ABCD-EFGH-…; spaces, dashes and case are forgiven. */
export const recoveryKeyInputSchema = z.string().trim().min(1, 'Enter the recovery key');

export const personNameSchema = z.string().trim().min(1, 'Enter a name').max(100, 'Name is too long');

export const vaultStatusSchema = z.object({
  state: z.enum(['needs_setup', 'locked', 'unlocked']),
  serviceName: z.string().optional(),
  /** Names on the passphrase slots, so the unlock screen can offer them. */
  users: z.array(z.string()),
  currentUser: z.string().optional(),
  currentRole: roleSchema.optional(),
  /** Set after a recovery-key unlock: the user must choose a new passphrase before going on. */
  mustSetPassphrase: z.boolean(),
  dataFolder: z.string().optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const vaultChannels = {
  'vault.status': { input: z.object({}), output: vaultStatusSchema },
  'vault.setup': {
    input: z.object({
      serviceName: z.string().trim().min(1, 'Enter the service name').max(200),
      managerName: personNameSchema,
      passphrase: passphraseSchema,
    }),
    output: z.object({ recoveryKey: z.string(), status: vaultStatusSchema }),
  },
  'vault.unlock': {
    input: z.object({ user: personNameSchema, passphrase: z.string().min(1, 'Enter your passphrase') }),
    output: vaultStatusSchema,
  },
  'vault.unlockWithRecoveryKey': {
    input: z.object({ recoveryKey: recoveryKeyInputSchema }),
    output: vaultStatusSchema,
  },
  /** Only after a recovery-key unlock: sets (or adds) the passphrase slot for `user`. */
  'vault.setPassphraseAfterRecovery': {
    input: z.object({ user: personNameSchema, newPassphrase: passphraseSchema }),
    output: vaultStatusSchema,
  },
  'vault.changePassphrase': {
    input: z.object({ currentPassphrase: z.string().min(1, 'Enter your current passphrase'), newPassphrase: passphraseSchema }),
    output: z.object({}),
  },
  'vault.lock': { input: z.object({}), output: vaultStatusSchema },
} as const;
