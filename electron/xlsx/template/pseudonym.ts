import { createHmac } from 'node:crypto';

/**
 * A client's pseudonym in client-level returns: stable for the same client in the same database (so
 * returns from different periods line up), meaningless without the database's secret (so it cannot be
 * turned back into the team's client id by trying ids). The secret is random, kept inside the encrypted
 * database by the returns service; 8 base-32 characters give 40 bits, ample for one team's caseload.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function pseudonymFor(secret: Uint8Array, clientId: string): string {
  const digest = createHmac('sha256', secret).update(clientId, 'utf8').digest();
  let out = '';
  for (let i = 0; i < 8; i++) out += ALPHABET[digest[i]! % 32];
  return `P-${out}`;
}
