import type { ScryptCost } from '../../db/keyring';

/** Cheap enough for tests (~2 ms); one test in keyring.test.ts uses the real default cost. Kept apart from
 * helpers.ts (which imports vitest) so the bundled test CLI can import it. */
export const TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
