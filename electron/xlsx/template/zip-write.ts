import { crc32, deflateRawSync } from 'node:zlib';
import { METHOD_DEFLATED } from '../zip/zip-directory';
import { compressedData, type ZipArchive, type ZipEntry } from './zip-archive';

/**
 * Writes a zip whose entries are either copied from the source archive (their compressed bytes, CRC,
 * dates and attributes exactly as they were) or new content. Headers are written afresh: sizes go in the
 * local header (no data descriptor) and no zip64 fields are needed, since templates are far below 4 GB.
 */
export type OutputEntry = { kind: 'copy'; entry: ZipEntry } | { kind: 'new'; name: string; content: Buffer; like?: ZipEntry };

const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** 2.0: deflate. */
const VERSION_NEEDED = 20;

type Written = { name: Buffer; flags: number; method: number; crc: number; csize: number; size: number; time: number; date: number; source?: ZipEntry; offset: number };

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function localHeader(w: Written): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(Math.max(VERSION_NEEDED, w.source?.versionNeeded ?? 0) & 0xff, 4);
  h.writeUInt16LE(w.flags, 6);
  h.writeUInt16LE(w.method, 8);
  h.writeUInt16LE(w.time, 10);
  h.writeUInt16LE(w.date, 12);
  h.writeUInt32LE(w.crc >>> 0, 14);
  h.writeUInt32LE(w.csize, 18);
  h.writeUInt32LE(w.size, 22);
  h.writeUInt16LE(w.name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function directoryEntry(w: Written): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(w.source?.versionMadeBy ?? VERSION_NEEDED, 4);
  h.writeUInt16LE(Math.max(VERSION_NEEDED, w.source?.versionNeeded ?? 0) & 0xff, 6);
  h.writeUInt16LE(w.flags, 8);
  h.writeUInt16LE(w.method, 10);
  h.writeUInt16LE(w.time, 12);
  h.writeUInt16LE(w.date, 14);
  h.writeUInt32LE(w.crc >>> 0, 16);
  h.writeUInt32LE(w.csize, 20);
  h.writeUInt32LE(w.size, 24);
  h.writeUInt16LE(w.name.length, 28);
  h.writeUInt16LE(0, 30);
  h.writeUInt16LE(0, 32);
  h.writeUInt16LE(0, 34);
  h.writeUInt16LE(w.source?.internalAttributes ?? 0, 36);
  h.writeUInt32LE(w.source?.externalAttributes ?? 0, 38);
  h.writeUInt32LE(w.offset, 42);
  return h;
}

export function writeZip(source: ZipArchive, outputs: readonly OutputEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  const now = dosNow();
  for (const out of outputs) {
    let w: Written;
    let data: Uint8Array;
    if (out.kind === 'copy') {
      const e = out.entry;
      data = compressedData(source, e);
      w = {
        name: Buffer.from(e.name, 'utf8'),
        flags: (e.flags & ~FLAG_DATA_DESCRIPTOR) | FLAG_UTF8,
        method: e.method,
        crc: e.crc,
        csize: e.compressedSize,
        size: e.declaredSize,
        time: e.modTime,
        date: e.modDate,
        source: e,
        offset,
      };
    } else {
      data = deflateRawSync(out.content);
      const like = out.like;
      w = {
        name: Buffer.from(out.name, 'utf8'),
        flags: FLAG_UTF8,
        method: METHOD_DEFLATED,
        crc: crc32(out.content),
        csize: data.byteLength,
        size: out.content.byteLength,
        time: like?.modTime ?? now.time,
        date: like?.modDate ?? now.date,
        ...(like ? { source: like } : {}),
        offset,
      };
    }
    const header = localHeader(w);
    chunks.push(header, w.name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    offset += header.length + w.name.length + data.byteLength;
    written.push(w);
  }
  const directoryStart = offset;
  for (const w of written) {
    const entry = directoryEntry(w);
    chunks.push(entry, w.name);
    offset += entry.length + w.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
