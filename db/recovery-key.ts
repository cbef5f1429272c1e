import { randomBytes } from 'node:crypto';
import { MalformedRecoveryKeyError } from './errors';

/** 20 random bytes = 160 bits = exactly 32 base32 characters, printed as eight groups of four. */
export const RECOVERY_KEY_BYTES = 20;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const RECOVERY_KEY_CHARS = (RECOVERY_KEY_BYTES * 8) / 5;

export function generateRecoveryKey(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES);
}

/** RFC 4648 base32 (no padding needed: 20 bytes is a whole number of 5-byte blocks), grouped `ABCD-EFGH-…`. */
export function formatRecoveryKey(bytes: Buffer): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error(`A recovery key is ${RECOVERY_KEY_BYTES} bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/**
 * Reads a recovery key as a person types it from paper: case, spaces and dashes do not matter, and the
 * digits 0, 1 and 8 (which base32 never uses) are read as the letters O, I and B they are mistaken for.
 */
export function parseRecoveryKey(text: string): Buffer {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  const bad = [...new Set(cleaned.replace(/[A-Z2-7]/g, ''))];
  if (bad.length > 0) throw new MalformedRecoveryKeyError(`it contains ${bad.map((c) => `"${c}"`).join(', ')}, which never appear in one`);
  if (cleaned.length !== RECOVERY_KEY_CHARS) {
    throw new MalformedRecoveryKeyError(`it should have ${RECOVERY_KEY_CHARS} letters and digits, and this has ${cleaned.length}`);
  }
  const bytes = Buffer.alloc(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of cleaned) {
    value = ((value << 5) | ALPHABET.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return bytes;
}
