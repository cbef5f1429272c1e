import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptKdf, WrappedKey } from './keyring-schema';

/** Key-encryption keys and the wrap/unwrap of the database key. Pure crypto: no files here. */

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * Measured on the 2-core build machine (Node 20): N=2^16 → 0.17 s, 2^17 → 0.34 s, 2^18 → 0.74 s.
 * 2^17 (128 MiB) lands near the 0.5 s aim on a typical NHS laptop, which is slower than that machine.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const KEK_BYTES = 32;

export function newSalt(): Buffer {
  return randomBytes(16);
}

/** scrypt off the main thread (libuv pool), so the app's window stays responsive during unlock. */
export function deriveFromPassphrase(passphrase: string, kdf: Pick<ScryptKdf, 'N' | 'r' | 'p'>, salt: Buffer): Promise<Buffer> {
  const { N, r, p } = kdf;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEK_BYTES, { N, r, p, maxmem: 256 * N * r * p + 16 * 1024 * 1024 }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    );
  });
}

export function deriveFromRecoveryKey(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'ipsdesk recovery slot v1', KEK_BYTES));
}

/** Additional authenticated data: a slot only opens inside its own keyring, under its own id. */
export function slotAad(databaseId: string, slotId: string): Buffer {
  return Buffer.from(`ipsdesk-keyring v1|${databaseId}|${slotId}`, 'utf8');
}

export function wrapKey(kek: Buffer, key: Buffer, aad: Buffer): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    alg: 'aes-256-gcm',
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the key, or null when GCM authentication fails (wrong passphrase or recovery key). */
export function unwrapKey(kek: Buffer, wrapped: WrappedKey, aad: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
  decipher.setAAD(aad);
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function keyCheck(key: Buffer, databaseId: string): Buffer {
  return createHmac('sha256', key).update(`ipsdesk key check|${databaseId}`).digest();
}

export function keyMatchesCheck(key: Buffer, databaseId: string, check: string): boolean {
  return timingSafeEqual(keyCheck(key, databaseId), Buffer.from(check, 'base64'));
}
