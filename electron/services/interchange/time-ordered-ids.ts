import { randomBytes } from 'node:crypto';

/**
 * Record ids for a bulk write: UUID version 7 (RFC 9562), whose first 48 bits are the time in
 * milliseconds, followed here by a counter, so ids made in one import sort in the order they were made.
 * Each table's primary-key index then grows at its end instead of at random places, which makes
 * importing 240,000 records measurably cheaper on an encrypted database (fewer pages touched). The rest
 * is random, so ids stay unguessable and unique across imports and computers.
 */
export function timeOrderedIds(now: number = Date.now()): () => string {
  const time = now.toString(16).padStart(12, '0').slice(-12);
  const random = randomBytes(10);
  let counter = random.readUInt32BE(0) >>> 2; // a random start within the counter's 30 bits
  const tail = random.subarray(4).toString('hex').slice(0, 11); // 44 random bits, the same for the whole run
  return () => {
    counter = (counter + 1) % 0x40000000;
    // 30 counter bits: 12 in rand_a (after the version nibble), 18 at the front of rand_b (after the variant bits).
    const high = (counter >>> 18) & 0xfff;
    const low = counter & 0x3ffff;
    const variantAndLow = (0b10 << 18) | low; // 20 bits: variant 10, then the counter's low 18 bits
    const hex = variantAndLow.toString(16).padStart(5, '0');
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${high.toString(16).padStart(3, '0')}-${hex.slice(0, 4)}-${hex.slice(4)}${tail}`;
  };
}
