import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { entryData, type ZipEntry } from './zip-inspect';

/**
 * Unpacks one zip entry as a stream of chunks, counting every byte against a budget while inflating: the
 * size the zip declares is never trusted, so a "zip bomb" stops at the budget instead of filling memory.
 * Chunks are yielded as they come; the caller parses them and drops them.
 */
export class UnpackBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** Counts `bytes` more; false once the total is over the budget. */
  take(bytes: number): boolean {
    this.used += bytes;
    return this.used <= this.maxBytes;
  }
}

/** The entry cannot be unpacked: its data is missing, encrypted, compressed in an unknown way or corrupt. */
export class EntryUnreadable extends Error {}

/** Unpacking went over the budget (of the workbook, or of this one part). */
export class UnpackLimitReached extends Error {
  constructor(readonly limit: 'workbook' | 'part') {
    super(`unpack limit reached (${limit})`);
  }
}

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to zlib at a time: one slice can inflate to at most ~1,000 times its size. */
const SLICE_BYTES = 16 * 1024;
const CHUNK_BYTES = 64 * 1024;

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
  if (entry.encrypted) throw new EntryUnreadable('the part is encrypted');
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new EntryUnreadable(`unknown compression method ${entry.method}`);
  const data = entryData(bytes, entry);
  if (!data) throw new EntryUnreadable('the part lies outside the file');
  let partBytes = 0;
  for await (const chunk of entry.method === STORED ? stored(data) : inflated(data)) {
    partBytes += chunk.byteLength;
    if (partBytes > maxPartBytes) throw new UnpackLimitReached('part');
    if (!budget.take(chunk.byteLength)) throw new UnpackLimitReached('workbook');
    yield chunk;
  }
}
