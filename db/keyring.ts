import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic, writeNewFileAtomic } from './atomic-file';
import {
  KeyringDamagedError, KeyringMissingError, UnknownUserError, WrongPassphraseError, WrongRecoveryKeyError,
} from './errors';
import {
  DEFAULT_SCRYPT_COST, deriveFromPassphrase, deriveFromRecoveryKey, keyCheck, keyMatchesCheck, newSalt, slotAad, unwrapKey,
  wrapKey, type ScryptCost,
} from './key-wrap';
import {
  KEYRING_FORMAT, KEYRING_VERSION, keyringSchema, sameUser, type Keyring, type PassphraseSlot, type RecoverySlot,
} from './keyring-schema';
import { DATABASE_KEY_BYTES } from './connection';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key';

export type { Keyring, PassphraseSlot, RecoverySlot } from './keyring-schema';
export { DEFAULT_SCRYPT_COST, type ScryptCost } from './key-wrap';

/** `ipsdesk.db` → `ipsdesk.keyring.json` beside it; a name without `.db` just gains `.keyring.json`. */
export function keyringPathFor(databaseFile: string): string {
  return join(dirname(databaseFile), `${basename(databaseFile).replace(/\.db$/i, '')}.keyring.json`);
}

export function generateDatabaseKey(): Buffer {
  return randomBytes(DATABASE_KEY_BYTES);
}

export interface CreateKeyringOptions {
  file: string;
  databaseId: string;
  key: Buffer;
  user: string;
  passphrase: string;
  scryptCost?: ScryptCost;
  now?: Date;
}

/**
 * Writes a new keyring with one passphrase slot and the recovery slot, refusing to replace an existing
 * file. Returns the recovery key, formatted for printing: it is shown once and never stored.
 */
export async function createKeyring(options: CreateKeyringOptions): Promise<{ keyring: Keyring; recoveryKey: string }> {
  const at = (options.now ?? new Date()).toISOString();
  const recoveryBytes = generateRecoveryKey();
  const recoverySlotId = randomUUID();
  const recoverySalt = newSalt();
  const recoverySlot: RecoverySlot = {
    id: recoverySlotId,
    kind: 'recovery',
    kdf: { name: 'hkdf-sha256', salt: recoverySalt.toString('base64') },
    wrapped_key: wrapKey(deriveFromRecoveryKey(recoveryBytes, recoverySalt), options.key, slotAad(options.databaseId, recoverySlotId)),
    created_at: at,
    updated_at: at,
  };
  const passphraseSlot = await buildPassphraseSlot({ ...options, at });
  const keyring = keyringSchema.parse({
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    database_id: options.databaseId,
    key_check: keyCheck(options.key, options.databaseId).toString('base64'),
    created_at: at,
    slots: [passphraseSlot, recoverySlot],
  });
  writeNewFileAtomic(options.file, serialiseKeyring(keyring));
  return { keyring, recoveryKey: formatRecoveryKey(recoveryBytes) };
}

async function buildPassphraseSlot(o: {
  databaseId: string;
  key: Buffer;
  user: string;
  passphrase: string;
  scryptCost?: ScryptCost;
  at: string;
  existing?: PassphraseSlot;
}): Promise<PassphraseSlot> {
  const cost = o.scryptCost ?? DEFAULT_SCRYPT_COST;
  const salt = newSalt();
  const id = o.existing?.id ?? randomUUID();
  const kek = await deriveFromPassphrase(o.passphrase, cost, salt);
  return {
    id,
    kind: 'passphrase',
    user: o.user.trim(),
    kdf: { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: salt.toString('base64') },
    wrapped_key: wrapKey(kek, o.key, slotAad(o.databaseId, id)),
    created_at: o.existing?.created_at ?? o.at,
    updated_at: o.at,
  };
}

export function serialiseKeyring(keyring: Keyring): string {
  return `${JSON.stringify(keyring, null, 2)}\n`;
}

/**
 * Reads and checks a keyring. A missing file and a damaged one (not JSON, wrong shape) are told apart
 * here; a wrong passphrase can only show later, when a slot's GCM tag fails.
 */
export function readKeyring(file: string): Keyring {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new KeyringMissingError(file);
    throw new KeyringDamagedError(file, `it cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyringDamagedError(file, 'it is not valid JSON');
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    throw new KeyringDamagedError(file, `${where}${first?.message ?? 'unexpected content'}`);
  }
  return parsed.data;
}

export function passphraseUsers(keyring: Keyring): string[] {
  return passphraseSlots(keyring).map((s) => s.user);
}

function passphraseSlots(keyring: Keyring): PassphraseSlot[] {
  return keyring.slots.filter((s): s is PassphraseSlot => s.kind === 'passphrase');
}

function recoverySlot(keyring: Keyring): RecoverySlot {
  const slot = keyring.slots.find((s): s is RecoverySlot => s.kind === 'recovery');
  if (!slot) throw new Error('keyring without a recovery slot passed validation');
  return slot;
}

export function findPassphraseSlot(keyring: Keyring, user: string): PassphraseSlot | undefined {
  return passphraseSlots(keyring).find((s) => sameUser(s.user, user));
}

/** GCM authentication failure means the passphrase is wrong (or the slot was tampered with: same answer). */
export async function unwrapWithPassphrase(keyring: Keyring, user: string, passphrase: string): Promise<Buffer> {
  const slot = findPassphraseSlot(keyring, user);
  if (!slot) throw new UnknownUserError(user, passphraseUsers(keyring));
  const kek = await deriveFromPassphrase(passphrase, slot.kdf, Buffer.from(slot.kdf.salt, 'base64'));
  const key = unwrapKey(kek, slot.wrapped_key, slotAad(keyring.database_id, slot.id));
  if (!key || !keyMatchesCheck(key, keyring.database_id, keyring.key_check)) throw new WrongPassphraseError(slot.user);
  return key;
}

/** Accepts the key as typed (any case, spaces or dashes); MalformedRecoveryKeyError if it cannot be one. */
export function unwrapWithRecoveryKey(keyring: Keyring, recoveryKeyText: string): Buffer {
  const slot = recoverySlot(keyring);
  const kek = deriveFromRecoveryKey(parseRecoveryKey(recoveryKeyText), Buffer.from(slot.kdf.salt, 'base64'));
  const key = unwrapKey(kek, slot.wrapped_key, slotAad(keyring.database_id, slot.id));
  if (!key || !keyMatchesCheck(key, keyring.database_id, keyring.key_check)) throw new WrongRecoveryKeyError();
  return key;
}

export interface SetPassphraseSlotOptions {
  file: string;
  /** The database key, as unwrapped at unlock. Checked against the keyring before anything is written. */
  key: Buffer;
  user: string;
  passphrase: string;
  scryptCost?: ScryptCost;
  now?: Date;
}

/**
 * Adds a passphrase slot for `user`, or rewraps theirs. Every other slot is written back unchanged and the
 * database is not touched: a passphrase only ever protects the key, never the data directly.
 */
export async function addOrReplacePassphraseSlot(options: SetPassphraseSlotOptions): Promise<Keyring> {
  return saveKeyring(options.file, await keyringWithPassphraseSlot(options));
}

/**
 * The keyring with `user`'s passphrase slot added or rewrapped, not yet written: the slow part (scrypt) runs
 * here, so the caller can write it with saveKeyring inside the transaction that records the change.
 */
export async function keyringWithPassphraseSlot(options: SetPassphraseSlotOptions): Promise<Keyring> {
  const keyring = readKeyring(options.file);
  assertKeyBelongs(keyring, options);
  const existing = findPassphraseSlot(keyring, options.user);
  const slot = await buildPassphraseSlot({
    ...options,
    databaseId: keyring.database_id,
    at: (options.now ?? new Date()).toISOString(),
    ...(existing ? { existing, user: existing.user } : {}),
  });
  const slots = existing ? keyring.slots.map((s) => (s.id === existing.id ? slot : s)) : [...keyring.slots, slot];
  return keyringSchema.parse({ ...keyring, slots });
}

/** Removes a user's passphrase slot. The last passphrase slot stays: the recovery key alone is for emergencies. */
export function removePassphraseSlot(options: { file: string; key: Buffer; user: string }): Keyring {
  const keyring = readKeyring(options.file);
  assertKeyBelongs(keyring, options);
  const slot = findPassphraseSlot(keyring, options.user);
  if (!slot) throw new UnknownUserError(options.user, passphraseUsers(keyring));
  if (passphraseSlots(keyring).length === 1) throw new Error(`${slot.user} has the only passphrase; add another user first`);
  return saveKeyring(options.file, { ...keyring, slots: keyring.slots.filter((s) => s.id !== slot.id) });
}

function assertKeyBelongs(keyring: Keyring, options: { file: string; key: Buffer }): void {
  if (!keyMatchesCheck(options.key, keyring.database_id, keyring.key_check)) {
    throw new Error(`The key given does not belong to the keyring ${options.file}`);
  }
}

/** Writes a keyring atomically (temporary file, then rename), after checking it against the schema. */
export function saveKeyring(file: string, keyring: Keyring): Keyring {
  const checked = keyringSchema.parse(keyring);
  writeFileAtomic(file, serialiseKeyring(checked));
  return checked;
}
