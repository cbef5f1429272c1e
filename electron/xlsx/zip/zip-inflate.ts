import { Readable } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { METHOD_DEFLATED, METHOD_STORED, entryData, type ZipEntry } from './zip-directory';

/**
 * Unpacks one zip entry, counting every byte against a budget while inflating: the size the zip declares is
 * never trusted, so a "zip bomb" stops at the budget instead of filling memory. Two ways to get the bytes:
 * a stream of chunks (the interchange import parses and drops them, in a worker, for sheets of any size)
 * and the whole part at once (the template filler edits parts as strings, synchronously).
 */
export class UnpackBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** Counts `bytes` more; false once the total is over the budget. */
  take(bytes: number): boolean {
    this.used += bytes;
    return this.used <= this.maxBytes;
  }

  get remaining(): number {
    return Math.max(0, this.maxBytes - this.used);
  }
}

/** The entry cannot be unpacked: its data is missing, encrypted, compressed in an unknown way or corrupt. */
export class EntryUnreadable extends Error {}

/** The part unpacked whole does not match the size and CRC its directory entry declares. */
export class EntryChecksumMismatch extends EntryUnreadable {}

/** Unpacking went over the budget (of the workbook, or of this one part). */
export class UnpackLimitReached extends Error {
  constructor(readonly limit: 'workbook' | 'part') {
    super(`unpack limit reached (${limit})`);
  }
}

/** Compressed bytes handed to zlib at a time: one slice can inflate to at most ~1,000 times its size. */
const SLICE_BYTES = 16 * 1024;
const CHUNK_BYTES = 64 * 1024;

/** The entry's compressed data, or EntryUnreadable when it cannot be unpacked at all. */
function readableData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new EntryUnreadable('the part is encrypted');
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) throw new EntryUnreadable(`unknown compression method ${entry.method}`);
  const data = entryData(bytes, entry);
  if (!data) throw new EntryUnreadable('the part lies outside the file');
  return data;
}

function* slices(data: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < data.byteLength; at += SLICE_BYTES) yield data.subarray(at, at + SLICE_BYTES);
}

async function* inflated(data: Uint8Array): AsyncGenerator<Buffer> {
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
  const source = Readable.from(slices(data));
  source.on('error', (error) => inflater.destroy(error));
  source.pipe(inflater);
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } catch (error) {
    throw new EntryUnreadable(error instanceof Error ? error.message : String(error));
  } finally {
    source.unpipe(inflater);
    source.destroy();
    inflater.destroy();
  }
}

async function* stored(data: Uint8Array): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.byteLength; at += CHUNK_BYTES) {
    yield Buffer.from(data.buffer, data.byteOffset + at, Math.min(CHUNK_BYTES, data.byteLength - at));
  }
}

/**
 * The entry's unpacked bytes, chunk by chunk. Throws UnpackLimitReached as soon as the workbook's budget or
 * `maxPartBytes` is passed, EntryUnreadable when the data cannot be unpacked.
 */
export async function* unpackEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: UnpackBudget,
  maxPartBytes: number,
): AsyncGenerator<Buffer> {
  const data = readableData(bytes, entry);
  let partBytes = 0;
  for await (const chunk of entry.method === METHOD_STORED ? stored(data) : inflated(data)) {
    partBytes += chunk.byteLength;
    if (partBytes > maxPartBytes) throw new UnpackLimitReached('part');
    if (!budget.take(chunk.byteLength)) throw new UnpackLimitReached('workbook');
    yield chunk;
  }
}

/**
 * The entry's unpacked bytes at once, checked against the size and CRC it declares. zlib stops at the
 * smaller of `maxPartBytes` and what is left of the budget, so a zip bomb is cut off while inflating;
 * UnpackLimitReached names the limit that was the smaller one. The budget is charged only on success.
 */
export function unpackEntryWhole(bytes: Uint8Array, entry: ZipEntry, budget: UnpackBudget, maxPartBytes: number): Buffer {
  const data = readableData(bytes, entry);
  const limit = Math.min(maxPartBytes, budget.remaining);
  const overLimit = () => new UnpackLimitReached(budget.remaining < maxPartBytes ? 'workbook' : 'part');
  let out: Buffer;
  if (entry.method === METHOD_STORED) {
    if (data.byteLength > limit) throw overLimit();
    out = Buffer.from(data);
  } else {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw overLimit();
      throw new EntryUnreadable(error instanceof Error ? error.message : String(error));
    }
  }
  if (out.byteLength !== entry.declaredSize || crc32(out) >>> 0 !== entry.crc >>> 0) throw new EntryChecksumMismatch('the part fails its checksum');
  budget.take(out.byteLength);
  return out;
}
