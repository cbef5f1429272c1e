import { createHmac } from 'node:crypto';

/**
 * The one pseudonym of a client or job, used by client-level returns and by the pseudonymised interchange
 * export alike, so the same client carries the same pseudonym in every file from this database (returns
 * from different periods line up, and line up with an export), a different one in another team's, and
 * nothing in a file alone leads back to the team's reference. An HMAC under the database's random secret
 * (db/repositories/pseudonym-secret.ts, kept inside the encrypted file); 12 base-32 characters give 60
 * bits, so no two of a team's references meet by chance.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no I, O, 0 or 1 to misread
const PSEUDONYM_CHARS = 12;

export function pseudonym(secret: Uint8Array, kind: 'client' | 'job', reference: string): string {
  const digest = createHmac('sha256', secret).update(`${kind}\0${reference}`, 'utf8').digest();
  let text = '';
  for (let i = 0; i < PSEUDONYM_CHARS; i++) text += ALPHABET[digest[i]! % ALPHABET.length];
  return `${kind === 'client' ? 'P' : 'J'}-${text}`;
}

/** A client's pseudonym (the client-level return's rows). */
export function pseudonymFor(secret: Uint8Array, clientId: string): string {
  return pseudonym(secret, 'client', clientId);
}
