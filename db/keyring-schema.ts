import { z } from 'zod';

/**
 * The keyring file beside each database (`ipsdesk.db` → `ipsdesk.keyring.json`). It holds the 32-byte
 * database key wrapped once per slot with AES-256-GCM; nothing in it is secret without a passphrase or the
 * recovery key. Binary fields are base64.
 */
export const KEYRING_FORMAT = 'ipsdesk-keyring';
/**
 * Version 2 slots hold a key pair each (db/key-seal.ts) and bind the user's name; version 1 slots wrapped the
 * database key directly. Version 1 files are still read, and each slot is upgraded when it is next opened.
 */
export const KEYRING_VERSION = 2;

const base64Of = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, `${what} is not base64`)
    .refine((s) => Buffer.from(s, 'base64').length === bytes, `${what} must be ${bytes} bytes`);

const isoTimestamp = z.iso.datetime({ offset: true });

export const wrappedKeySchema = z.object({
  alg: z.literal('aes-256-gcm'),
  iv: base64Of(12, 'iv'),
  ciphertext: base64Of(32, 'ciphertext'),
  tag: base64Of(16, 'tag'),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/** The database key sealed to a slot's public key: an ephemeral X25519 public key and the AES-GCM box. */
export const sealedKeySchema = wrappedKeySchema.extend({ ephemeral_public: base64Of(32, 'ephemeral_public') });
export type SealedKey = z.infer<typeof sealedKeySchema>;

/** What a version 2 slot adds: its key pair (private half wrapped) and the database key sealed to it. */
const sealedSlotFields = {
  scheme: z.literal('sealed'),
  public_key: base64Of(32, 'public_key'),
  private_key: wrappedKeySchema,
  wrapped_key: sealedKeySchema,
};

/** Bounds keep a tampered keyring from asking for gigabytes of memory or minutes of CPU. */
export const scryptKdfSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: base64Of(16, 'salt'),
});
export type ScryptKdf = z.infer<typeof scryptKdfSchema>;

/** The recovery key already has 160 random bits, so a fast KDF is enough. */
export const hkdfKdfSchema = z.object({ name: z.literal('hkdf-sha256'), salt: base64Of(16, 'salt') });

const legacyPassphraseSlotSchema = z.object({
  id: z.uuid(),
  kind: z.literal('passphrase'),
  user: z.string().trim().min(1).max(100),
  kdf: scryptKdfSchema,
  wrapped_key: wrappedKeySchema,
  created_at: isoTimestamp,
  updated_at: isoTimestamp,
});

export const sealedPassphraseSlotSchema = legacyPassphraseSlotSchema.extend(sealedSlotFields);
export type SealedPassphraseSlot = z.infer<typeof sealedPassphraseSlotSchema>;

export const passphraseSlotSchema = z.union([sealedPassphraseSlotSchema, legacyPassphraseSlotSchema]);
export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;

const legacyRecoverySlotSchema = z.object({
  id: z.uuid(),
  kind: z.literal('recovery'),
  kdf: hkdfKdfSchema,
  wrapped_key: wrappedKeySchema,
  created_at: isoTimestamp,
  updated_at: isoTimestamp,
});

export const sealedRecoverySlotSchema = legacyRecoverySlotSchema.extend(sealedSlotFields);
export type SealedRecoverySlot = z.infer<typeof sealedRecoverySlotSchema>;

export const recoverySlotSchema = z.union([sealedRecoverySlotSchema, legacyRecoverySlotSchema]);
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;

// Sealed first: a union takes the first schema that fits, and a legacy schema would strip the sealed fields.
export const keySlotSchema = z.union([sealedPassphraseSlotSchema, sealedRecoverySlotSchema, legacyPassphraseSlotSchema, legacyRecoverySlotSchema]);

export function isSealed<S extends KeySlot>(slot: S): slot is Extract<S, { scheme: 'sealed' }> {
  return 'scheme' in slot && slot.scheme === 'sealed';
}

/** The name as bound into a slot (and compared): trimmed, Unicode-normalised, any case. */
export function normaliseUser(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('en-GB');
}
export type KeySlot = z.infer<typeof keySlotSchema>;

/** Compares user names the way people type them: trimmed, Unicode-normalised, any case. */
export function sameUser(a: string, b: string): boolean {
  return normaliseUser(a) === normaliseUser(b);
}

export const keyringSchema = z
  .object({
    format: z.literal(KEYRING_FORMAT),
    version: z.union([z.literal(1), z.literal(KEYRING_VERSION)]),
    database_id: z.uuid(),
    /** HMAC of the database id under the key: proves a key belongs to this keyring without revealing it. */
    key_check: base64Of(32, 'key_check'),
    created_at: isoTimestamp,
    slots: z.array(keySlotSchema),
  })
  .superRefine((k, ctx) => {
    if (k.slots.filter((s) => s.kind === 'recovery').length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['slots'], message: 'there must be exactly one recovery slot' });
    }
    const ids = new Set(k.slots.map((s) => s.id));
    if (ids.size !== k.slots.length) ctx.addIssue({ code: 'custom', path: ['slots'], message: 'slot ids repeat' });
    const users = k.slots.flatMap((s) => (s.kind === 'passphrase' ? [s.user] : []));
    if (users.some((u, i) => users.findIndex((v) => sameUser(u, v)) !== i)) {
      ctx.addIssue({ code: 'custom', path: ['slots'], message: 'two passphrase slots have the same user' });
    }
  });
export type Keyring = z.infer<typeof keyringSchema>;
