import type { EventEmitter } from 'node:events';
import type { TransformOptions, Writable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { METHOD_DEFLATED } from './zip-directory';
import {
  centralDirectory, dataDescriptor, dosNow, fitsZip32, FLAG_DATA_DESCRIPTOR, FLAG_UTF8, localHeader, VERSION_NEEDED,
  type WrittenEntry,
} from './zip-headers';

/**
 * Writes a zip into a stream as its entries are made, for workbooks too large to hold unpacked. A large
 * entry is handed over in pieces: each is deflated by zlib on its thread pool while the caller builds the
 * next, and the compressed bytes go to the output as they come, so neither the unpacked entry nor the
 * whole zip is ever in memory. Its CRC and sizes follow the data in a data descriptor.
 */
export interface EntrySink {
  /** Adds bytes to the entry (which keeps them: they must not be changed after); resolves when the caller may make the next piece. */
  write(bytes: Buffer): Promise<void>;
}

/** Output bytes zlib returns at a time: fewer round trips to the main thread than its 16 KB default. */
const DEFLATE_CHUNK_BYTES = 256 * 1024;
/** Unpacked bytes that may wait for zlib: enough for it to work on one piece while the next is built. */
const DEFLATE_QUEUE_BYTES = 4 * 1024 * 1024;

/** Resolves on `event`; rejects when the stream fails or closes first, so a broken output never hangs a writer. */
function waitFor(stream: EventEmitter, event: 'drain' | 'end'): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off(event, onEvent).off('error', onError).off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onEvent = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () => settle(new Error('The output closed before the zip was complete'));
    stream.on(event, onEvent).on('error', onError).on('close', onClose);
  });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ZipStreamWriter {
  private offset = 0;
  private readonly written: WrittenEntry[] = [];
  private readonly now = dosNow();

  constructor(
    private readonly out: Writable,
    /** zlib's compression level, 1 (fastest) to 9 (smallest). */
    private readonly level: number,
  ) {}

  /** A small entry, deflated at once: its CRC and sizes go in the local header. */
  async addEntry(name: string, text: string): Promise<void> {
    const content = Buffer.from(text, 'utf8');
    const data = deflateRawSync(content, { level: this.level });
    const entry = this.entryAt(name, 0);
    entry.crc = crc32(content);
    entry.size = content.length;
    entry.compressedSize = data.length;
    await this.emit(localHeader(entry));
    await this.emit(entry.name);
    await this.emit(data);
    this.written.push(entry);
  }

  /** A large entry, whose text `produce` hands over piece by piece. */
  async streamEntry(name: string, produce: (sink: EntrySink) => Promise<void>): Promise<void> {
    const entry = this.entryAt(name, FLAG_DATA_DESCRIPTOR);
    await this.emit(localHeader(entry));
    await this.emit(entry.name);
    // zlib passes stream options on to its Transform; its own option type leaves them out.
    const options: ZlibOptions & TransformOptions = { level: this.level, chunkSize: DEFLATE_CHUNK_BYTES, writableHighWaterMark: DEFLATE_QUEUE_BYTES };
    const deflate = createDeflateRaw(options);
    // An output that fails or closes would never drain: stop zlib too, so the writer fails instead of waiting.
    const stopOnOutputFailure = (error?: Error) => deflate.destroy(error ?? new Error('The output closed before the zip was complete'));
    this.out.once('error', stopOnOutputFailure).once('close', stopOnOutputFailure);
    deflate.on('data', (chunk: Buffer) => {
      entry.compressedSize += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk)) {
        deflate.pause();
        this.out.once('drain', () => deflate.resume());
      }
    });
    const ended = waitFor(deflate, 'end');
    // Attached now, so a failure while `produce` runs is not reported as unhandled; awaited below.
    ended.catch(() => undefined);
    try {
      await produce({
        write: async (bytes) => {
          entry.crc = crc32(bytes, entry.crc);
          entry.size += bytes.length;
          if (deflate.destroyed) throw deflate.errored ?? new Error('The zip entry was abandoned');
          if (!deflate.write(bytes)) await waitFor(deflate, 'drain');
          // zlib hands its results back through the event loop: without a turn it would wait for the whole entry.
          await nextTurn();
        },
      });
      deflate.end();
      await ended;
    } catch (error) {
      deflate.destroy();
      throw error;
    } finally {
      this.out.off('error', stopOnOutputFailure).off('close', stopOnOutputFailure);
    }
    if (!fitsZip32(entry.size) || !fitsZip32(entry.compressedSize)) throw new RangeError(`${name} passed 4 GB, which needs zip64`);
    await this.emit(dataDescriptor(entry));
    this.written.push(entry);
  }

  /** Writes the central directory and ends the output. */
  async finish(): Promise<void> {
    for (const chunk of centralDirectory(this.written, this.offset)) await this.emit(chunk);
    this.out.end();
  }

  private entryAt(name: string, flags: number): WrittenEntry {
    if (!fitsZip32(this.offset)) throw new RangeError('The zip passed 4 GB, which needs zip64');
    return {
      name: Buffer.from(name, 'utf8'),
      versionMadeBy: VERSION_NEEDED,
      versionNeeded: VERSION_NEEDED,
      flags: flags | FLAG_UTF8,
      method: METHOD_DEFLATED,
      crc: 0,
      compressedSize: 0,
      size: 0,
      time: this.now.time,
      date: this.now.date,
      internalAttributes: 0,
      externalAttributes: 0,
      offset: this.offset,
    };
  }

  private async emit(chunk: Buffer): Promise<void> {
    if (this.out.destroyed) throw this.out.errored ?? new Error('The output closed before the zip was complete');
    this.offset += chunk.length;
    if (!this.out.write(chunk)) await waitFor(this.out, 'drain');
  }
}
