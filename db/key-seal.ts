import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from 'node:crypto';
import { unwrapKey, wrapKey } from './key-wrap';
import type { SealedKey, WrappedKey } from './keyring-schema';

/**
 * Key pairs per slot (keyring v2). Each slot has an X25519 key pair: the public half is stored in clear, the
 * private half is wrapped with the slot's passphrase (or recovery) key, and the database key is sealed to the
 * public half. So the database key can be replaced and sealed again to every remaining slot without anyone's
 * passphrase ("change the database key" after a leaver or a compromise), while opening a slot still needs it.
 *
 * Each slot's user name is part of the authenticated data of both its wrapped private key and its sealed
 * database key: editing the name in the file makes the slot fail, exactly like a wrong passphrase.
 */

const RAW_KEY_BYTES = 32;
// DER prefixes of X25519 keys: PKCS#8 private and SPKI public, each followed by the 32 raw bytes.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

export interface SlotKeyPair {
  publicKey: Buffer;
  privateKey: Buffer;
}

export function generateSlotKeyPair(): SlotKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return { publicKey: rawPublic(publicKey), privateKey: rawPrivate(privateKey) };
}

function rawPublic(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

function rawPrivate(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);
}

function publicKeyObject(raw: Buffer): KeyObject {
  if (raw.length !== RAW_KEY_BYTES) throw new Error('An X25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

function privateKeyObject(raw: Buffer): KeyObject {
  if (raw.length !== RAW_KEY_BYTES) throw new Error('An X25519 private key is 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
}

/** How a slot is bound: the keyring's database, the slot, and (for passphrase slots) its user's name. */
export interface SlotBinding {
  databaseId: string;
  slotId: string;
  /** Normalised user name; null for the recovery slot. */
  user: string | null;
}

function bindingText(purpose: 'private' | 'seal', b: SlotBinding): Buffer {
  return Buffer.from(`ipsdesk-keyring v2|${purpose}|${b.databaseId}|${b.slotId}|${b.user ?? '(recovery)'}`, 'utf8');
}

/** The slot's private key under its passphrase- or recovery-derived key. */
export function wrapPrivateKey(kek: Buffer, privateKey: Buffer, binding: SlotBinding): WrappedKey {
  return wrapKey(kek, privateKey, bindingText('private', binding));
}

export function unwrapPrivateKey(kek: Buffer, wrapped: WrappedKey, binding: SlotBinding): Buffer | null {
  return unwrapKey(kek, wrapped, bindingText('private', binding));
}

function sealingKey(shared: Buffer, ephemeralPublic: Buffer, slotPublic: Buffer, binding: SlotBinding): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, slotPublic]), bindingText('seal', binding), 32));
}

/** Seals the database key to a slot's public key: anyone may seal, only the slot's private key opens. */
export function sealKey(databaseKey: Buffer, slotPublic: Buffer, binding: SlotBinding): SealedKey {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = rawPublic(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyObject(slotPublic) });
  const wrapped = wrapKey(sealingKey(shared, ephemeralPublic, slotPublic, binding), databaseKey, bindingText('seal', binding));
  return { ...wrapped, ephemeral_public: ephemeralPublic.toString('base64') };
}

/** The database key, or null when the private key or the binding is not this slot's. */
export function openSealedKey(sealed: SealedKey, slotPrivate: Buffer, slotPublic: Buffer, binding: SlotBinding): Buffer | null {
  const ephemeralPublic = Buffer.from(sealed.ephemeral_public, 'base64');
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: privateKeyObject(slotPrivate), publicKey: publicKeyObject(ephemeralPublic) });
  } catch {
    return null;
  }
  return unwrapKey(sealingKey(shared, ephemeralPublic, slotPublic, binding), sealed, bindingText('seal', binding));
}
