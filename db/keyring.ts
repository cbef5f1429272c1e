import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic, writeNewFileAtomic } from './atomic-file';
import {
  KeyringDamagedError, KeyringMissingError, UnknownUserError, WrongPassphraseError, WrongRecoveryKeyError,
} from './errors';
import {
  DEFAULT_SCRYPT_COST, deriveFromPassphrase, deriveFromRecoveryKey, keyCheck, keyMatchesCheck, newSalt, slotAad, unwrapKey,
  type ScryptCost,
} from './key-wrap';
import { generateSlotKeyPair, openSealedKey, sealKey, unwrapPrivateKey, wrapPrivateKey, type SlotBinding } from './key-seal';
import {
  isSealed, KEYRING_FORMAT, KEYRING_VERSION, keyringSchema, normaliseUser, sameUser, type Keyring, type PassphraseSlot, type RecoverySlot,
  type SealedPassphraseSlot, type SealedRecoverySlot,
} from './keyring-schema';
import { DATABASE_KEY_BYTES } from './connection';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key';

export type { Keyring, PassphraseSlot, RecoverySlot } from './keyring-schema';
export { DEFAULT_SCRYPT_COST, type ScryptCost } from './key-wrap';

/** `ipsdesk.db` → `ipsdesk.keyring.json` beside it; a name without `.db` just gains `.keyring.json`. */
export function keyringPathFor(databaseFile: string): string {
  return join(dirname(databaseFile), `${basename(databaseFile).replace(/\.db$/i, '')}.keyring.json`);
}

/**
 * Where the keyring of a new database key waits while the file is re-keyed: promoted over the keyring once the
 * database opens with it (db/… vault unlock), removed if the database never changed.
 */
export function pendingKeyringPath(keyringFile: string): string {
  return `${keyringFile}.pending`;
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
  const { slot: recoverySlot, recoveryKey } = buildRecoverySlot(options.databaseId, options.key, at);
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
  return { keyring, recoveryKey };
}

function bindingOf(databaseId: string, slotId: string, user: string | null): SlotBinding {
  return { databaseId, slotId, user: user === null ? null : normaliseUser(user) };
}

/** A new recovery slot and its key, formatted for printing (shown once, never stored). */
function buildRecoverySlot(databaseId: string, key: Buffer, at: string): { slot: SealedRecoverySlot; recoveryKey: string } {
  const recoveryBytes = generateRecoveryKey();
  const id = randomUUID();
  const salt = newSalt();
  const pair = generateSlotKeyPair();
  const binding = bindingOf(databaseId, id, null);
  const slot: SealedRecoverySlot = {
    id,
    kind: 'recovery',
    scheme: 'sealed',
    kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') },
    public_key: pair.publicKey.toString('base64'),
    private_key: wrapPrivateKey(deriveFromRecoveryKey(recoveryBytes, salt), pair.privateKey, binding),
    wrapped_key: sealKey(key, pair.publicKey, binding),
    created_at: at,
    updated_at: at,
  };
  pair.privateKey.fill(0);
  return { slot, recoveryKey: formatRecoveryKey(recoveryBytes) };
}

async function buildPassphraseSlot(o: {
  databaseId: string;
  key: Buffer;
  user: string;
  passphrase: string;
  scryptCost?: ScryptCost;
  at: string;
  existing?: PassphraseSlot;
}): Promise<SealedPassphraseSlot> {
  const cost = o.scryptCost ?? DEFAULT_SCRYPT_COST;
  const salt = newSalt();
  const id = o.existing?.id ?? randomUUID();
  const user = o.user.trim();
  const kek = await deriveFromPassphrase(o.passphrase, cost, salt);
  const pair = generateSlotKeyPair();
  const binding = bindingOf(o.databaseId, id, user);
  const slot: SealedPassphraseSlot = {
    id,
    kind: 'passphrase',
    scheme: 'sealed',
    user,
    kdf: { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: salt.toString('base64') },
    public_key: pair.publicKey.toString('base64'),
    private_key: wrapPrivateKey(kek, pair.privateKey, binding),
    wrapped_key: sealKey(o.key, pair.publicKey, binding),
    created_at: o.existing?.created_at ?? o.at,
    updated_at: o.at,
  };
  pair.privateKey.fill(0);
  kek.fill(0);
  return slot;
}

/** Opens a sealed slot with its key-encryption key: the private key first, then the database key. */
function openSealedSlot(slot: SealedPassphraseSlot | SealedRecoverySlot, kek: Buffer, binding: SlotBinding): Buffer | null {
  const privateKey = unwrapPrivateKey(kek, slot.private_key, binding);
  if (!privateKey) return null;
  try {
    return openSealedKey(slot.wrapped_key, privateKey, Buffer.from(slot.public_key, 'base64'), binding);
  } finally {
    privateKey.fill(0);
  }
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
    const issue = first ? telling(first) : undefined;
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new KeyringDamagedError(file, `${where}${issue?.message ?? 'unexpected content'}`);
  }
  return parsed.data;
}

type Issue = { code: string; path: PropertyKey[]; message: string; errors?: Issue[][] };

/**
 * The issue worth showing. A slot is one of several shapes (passphrase or recovery, sealed or legacy), so a bad
 * slot fails every shape; the shape whose kind and scheme fit tells what is actually wrong with it.
 */
function telling(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || !issue.errors) return issue;
  const isDiscriminator = (i: Issue) => i.path.length === 1 && (i.path[0] === 'kind' || i.path[0] === 'scheme');
  const branch = issue.errors.find((issues) => issues.length > 0 && !issues.some(isDiscriminator));
  const inner = branch?.[0];
  if (!inner) return issue;
  const deeper = telling(inner);
  return { path: [...issue.path, ...deeper.path], message: deeper.message };
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

/**
 * GCM authentication failure means the passphrase is wrong, or the slot was tampered with (its user name
 * edited, say): the same answer either way.
 */
export async function unwrapWithPassphrase(keyring: Keyring, user: string, passphrase: string): Promise<Buffer> {
  const slot = findPassphraseSlot(keyring, user);
  if (!slot) throw new UnknownUserError(user, passphraseUsers(keyring));
  const kek = await deriveFromPassphrase(passphrase, slot.kdf, Buffer.from(slot.kdf.salt, 'base64'));
  const key = isSealed(slot)
    ? openSealedSlot(slot, kek, bindingOf(keyring.database_id, slot.id, slot.user))
    : unwrapKey(kek, slot.wrapped_key, slotAad(keyring.database_id, slot.id));
  kek.fill(0);
  if (!key || !keyMatchesCheck(key, keyring.database_id, keyring.key_check)) throw new WrongPassphraseError(slot.user);
  return key;
}

/** Accepts the key as typed (any case, spaces or dashes); MalformedRecoveryKeyError if it cannot be one. */
export function unwrapWithRecoveryKey(keyring: Keyring, recoveryKeyText: string): Buffer {
  const slot = recoverySlot(keyring);
  const kek = deriveFromRecoveryKey(parseRecoveryKey(recoveryKeyText), Buffer.from(slot.kdf.salt, 'base64'));
  const key = isSealed(slot)
    ? openSealedSlot(slot, kek, bindingOf(keyring.database_id, slot.id, null))
    : unwrapKey(kek, slot.wrapped_key, slotAad(keyring.database_id, slot.id));
  if (!key || !keyMatchesCheck(key, keyring.database_id, keyring.key_check)) throw new WrongRecoveryKeyError();
  return key;
}

/** Passphrase slots still in the version 1 form (no key pair): they cannot be sealed to a new database key. */
export function legacySlotUsers(keyring: Keyring): string[] {
  return passphraseSlots(keyring).filter((s) => !isSealed(s)).map((s) => s.user);
}

/**
 * A version 1 keyring's slot rebuilt in the sealed form, once its user has proved the passphrase; null when
 * the slot is already sealed. Done at unlock, so a keyring upgrades itself one user at a time.
 */
export async function keyringWithUpgradedSlot(keyring: Keyring, options: { key: Buffer; user: string; passphrase: string; scryptCost?: ScryptCost; now?: Date }): Promise<Keyring | null> {
  const slot = findPassphraseSlot(keyring, options.user);
  if (!slot || isSealed(slot)) return null;
  const rebuilt = await buildPassphraseSlot({ ...options, user: slot.user, databaseId: keyring.database_id, at: (options.now ?? new Date()).toISOString(), existing: slot });
  return keyringSchema.parse({ ...keyring, version: KEYRING_VERSION, slots: keyring.slots.map((s) => (s.id === slot.id ? rebuilt : s)) });
}

/** A version 1 recovery slot rebuilt sealed after the recovery key has been used (the key is known then). */
export function keyringWithUpgradedRecoverySlot(keyring: Keyring, key: Buffer, recoveryKeyText: string, now = new Date()): Keyring | null {
  const slot = recoverySlot(keyring);
  if (isSealed(slot)) return null;
  const recoveryBytes = parseRecoveryKey(recoveryKeyText);
  const salt = newSalt();
  const pair = generateSlotKeyPair();
  const binding = bindingOf(keyring.database_id, slot.id, null);
  const rebuilt: SealedRecoverySlot = {
    ...slot,
    scheme: 'sealed',
    kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') },
    public_key: pair.publicKey.toString('base64'),
    private_key: wrapPrivateKey(deriveFromRecoveryKey(recoveryBytes, salt), pair.privateKey, binding),
    wrapped_key: sealKey(key, pair.publicKey, binding),
    updated_at: now.toISOString(),
  };
  pair.privateKey.fill(0);
  return keyringSchema.parse({ ...keyring, slots: keyring.slots.map((s) => (s.id === slot.id ? rebuilt : s)) });
}

/**
 * The keyring for a new database key: the key sealed again to every sealed passphrase slot (no passphrase
 * needed), a new recovery slot with a new recovery key, and a new key check. Version 1 slots cannot be
 * sealed without their passphrase: they are left out and named in `dropped`, so their users can be given a
 * new passphrase.
 */
export function rekeyedKeyring(keyring: Keyring, oldKey: Buffer, newKey: Buffer, now = new Date()): { keyring: Keyring; recoveryKey: string; dropped: string[] } {
  assertKeyBelongs(keyring, { file: 'the keyring', key: oldKey });
  const at = now.toISOString();
  const kept: SealedPassphraseSlot[] = [];
  const dropped: string[] = [];
  for (const slot of passphraseSlots(keyring)) {
    if (!isSealed(slot)) {
      dropped.push(slot.user);
      continue;
    }
    const binding = bindingOf(keyring.database_id, slot.id, slot.user);
    kept.push({ ...slot, wrapped_key: sealKey(newKey, Buffer.from(slot.public_key, 'base64'), binding), updated_at: at });
  }
  const { slot: recovery, recoveryKey } = buildRecoverySlot(keyring.database_id, newKey, at);
  const next = keyringSchema.parse({
    ...keyring,
    version: KEYRING_VERSION,
    key_check: keyCheck(newKey, keyring.database_id).toString('base64'),
    slots: [...kept, recovery],
  });
  return { keyring: next, recoveryKey, dropped };
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

/** The keyring without `user`'s passphrase slot, not yet written. The last passphrase slot always stays. */
export function keyringWithoutPassphraseSlot(keyring: Keyring, user: string): Keyring {
  const slot = findPassphraseSlot(keyring, user);
  if (!slot) throw new UnknownUserError(user, passphraseUsers(keyring));
  if (passphraseSlots(keyring).length === 1) throw new Error(`${slot.user} has the only passphrase; add another user first`);
  return keyringSchema.parse({ ...keyring, slots: keyring.slots.filter((s) => s.id !== slot.id) });
}

/** Removes a user's passphrase slot. The last passphrase slot stays: the recovery key alone is for emergencies. */
export function removePassphraseSlot(options: { file: string; key: Buffer; user: string }): Keyring {
  const keyring = readKeyring(options.file);
  assertKeyBelongs(keyring, options);
  return saveKeyring(options.file, keyringWithoutPassphraseSlot(keyring, options.user));
}

export function assertKeyBelongs(keyring: Keyring, options: { file: string; key: Buffer }): void {
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
