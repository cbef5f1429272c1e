import { DIRECTORY_ENTRY, END_OF_DIRECTORY, LOCAL_HEADER, U32_MAX } from './zip-directory';

/**
 * The records a zip writer puts around entry data: local header, data descriptor, central directory entry
 * and end-of-directory record (APPNOTE 4.3). The one place they are built, for the template filler, which
 * buffers whole entries (template/zip-write.ts), and for the streaming writer (zip-stream-write.ts). No
 * zip64: a writer must refuse sizes or offsets past 4 GB (`fitsZip32`) rather than write a corrupt file.
 */
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;
/** 2.0: deflate. */
export const VERSION_NEEDED = 20;

const DATA_DESCRIPTOR = 0x08074b50;
const U16_MAX = 0xffff;

/** What the local header and the directory entry of one written entry say. */
export interface WrittenEntry {
  /** The name as UTF-8 bytes (FLAG_UTF8 says so). */
  name: Buffer;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** MS-DOS time and date. */
  time: number;
  date: number;
  internalAttributes: number;
  externalAttributes: number;
  /** Where the entry's local header starts. */
  offset: number;
}

export function fitsZip32(n: number): boolean {
  return n <= U32_MAX;
}

/** Now, as MS-DOS time and date (local time, two-second steps, as zip tools show it). */
export function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The local header. With FLAG_DATA_DESCRIPTOR in `flags` the writer does not know CRC and sizes yet: they
 * are written as zero here and given in the data descriptor after the data (and in the directory).
 */
export function localHeader(e: WrittenEntry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL_HEADER, 0);
  writeEntryFields(h, 4, e, (e.flags & FLAG_DATA_DESCRIPTOR) !== 0);
  return h;
}

/**
 * The fields the local header (from byte 4) and the directory entry (from byte 6) share, in the same
 * order: version needed, flags, method, time, date, CRC, sizes, name and extra field lengths.
 */
function writeEntryFields(h: Buffer, at: number, e: WrittenEntry, deferred: boolean): void {
  h.writeUInt16LE(e.versionNeeded, at);
  h.writeUInt16LE(e.flags, at + 2);
  h.writeUInt16LE(e.method, at + 4);
  h.writeUInt16LE(e.time, at + 6);
  h.writeUInt16LE(e.date, at + 8);
  h.writeUInt32LE(deferred ? 0 : e.crc >>> 0, at + 10);
  h.writeUInt32LE(deferred ? 0 : e.compressedSize, at + 14);
  h.writeUInt32LE(deferred ? 0 : e.size, at + 18);
  h.writeUInt16LE(e.name.length, at + 22);
  h.writeUInt16LE(0, at + 24);
}

/** The data descriptor, with its optional signature (every reader accepts it, and some need it). */
export function dataDescriptor(e: Pick<WrittenEntry, 'crc' | 'compressedSize' | 'size'>): Buffer {
  const d = Buffer.alloc(16);
  d.writeUInt32LE(DATA_DESCRIPTOR, 0);
  d.writeUInt32LE(e.crc >>> 0, 4);
  d.writeUInt32LE(e.compressedSize, 8);
  d.writeUInt32LE(e.size, 12);
  return d;
}

function directoryEntry(e: WrittenEntry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(DIRECTORY_ENTRY, 0);
  h.writeUInt16LE(e.versionMadeBy, 4);
  writeEntryFields(h, 6, e, false);
  // Comment length, disk number start (both 0), then the attributes and where the local header is.
  h.writeUInt16LE(0, 32);
  h.writeUInt16LE(0, 34);
  h.writeUInt16LE(e.internalAttributes, 36);
  h.writeUInt32LE(e.externalAttributes, 38);
  h.writeUInt32LE(e.offset, 42);
  return h;
}

/** The central directory (every entry's record and name) and the end record after it. */
export function centralDirectory(entries: readonly WrittenEntry[], start: number): Buffer[] {
  if (entries.length > U16_MAX) throw new RangeError(`A zip without zip64 holds at most ${U16_MAX} entries`);
  const chunks: Buffer[] = [];
  let size = 0;
  for (const e of entries) {
    const record = directoryEntry(e);
    chunks.push(record, e.name);
    size += record.length + e.name.length;
  }
  if (!fitsZip32(start + size)) throw new RangeError('The zip would pass 4 GB, which needs zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(start, 16);
  chunks.push(end);
  return chunks;
}
