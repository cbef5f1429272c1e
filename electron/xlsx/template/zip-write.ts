import { crc32, deflateRawSync } from 'node:zlib';
import { METHOD_DEFLATED } from '../zip/zip-directory';
import { centralDirectory, dosNow, FLAG_DATA_DESCRIPTOR, FLAG_UTF8, localHeader, VERSION_NEEDED, type WrittenEntry } from '../zip/zip-headers';
import { compressedData, type ZipArchive, type ZipEntry } from './zip-archive';

/**
 * Writes a zip whose entries are either copied from the source archive (their compressed bytes, CRC,
 * dates and attributes exactly as they were) or new content. Headers are written afresh: sizes go in the
 * local header (no data descriptor) and no zip64 fields are needed, since templates are far below 4 GB.
 */
export type OutputEntry = { kind: 'copy'; entry: ZipEntry } | { kind: 'new'; name: string; content: Buffer; like?: ZipEntry };

/** Version and attributes as the source entry had them (a new entry modelled on one keeps its). */
function keptFields(source: ZipEntry | undefined) {
  return {
    versionMadeBy: source?.versionMadeBy ?? VERSION_NEEDED,
    versionNeeded: Math.max(VERSION_NEEDED, source?.versionNeeded ?? 0) & 0xff,
    internalAttributes: source?.internalAttributes ?? 0,
    externalAttributes: source?.externalAttributes ?? 0,
  };
}

export function writeZip(source: ZipArchive, outputs: readonly OutputEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const written: WrittenEntry[] = [];
  let offset = 0;
  const now = dosNow();
  for (const out of outputs) {
    let w: WrittenEntry;
    let data: Uint8Array;
    if (out.kind === 'copy') {
      const e = out.entry;
      data = compressedData(source, e);
      w = {
        name: Buffer.from(e.name, 'utf8'),
        ...keptFields(e),
        flags: (e.flags & ~FLAG_DATA_DESCRIPTOR) | FLAG_UTF8,
        method: e.method,
        crc: e.crc,
        compressedSize: e.compressedSize,
        size: e.declaredSize,
        time: e.modTime,
        date: e.modDate,
        offset,
      };
    } else {
      data = deflateRawSync(out.content);
      const like = out.like;
      w = {
        name: Buffer.from(out.name, 'utf8'),
        ...keptFields(like),
        flags: FLAG_UTF8,
        method: METHOD_DEFLATED,
        crc: crc32(out.content),
        compressedSize: data.byteLength,
        size: out.content.byteLength,
        time: like?.modTime ?? now.time,
        date: like?.modDate ?? now.date,
        offset,
      };
    }
    const header = localHeader(w);
    chunks.push(header, w.name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    offset += header.length + w.name.length + data.byteLength;
    written.push(w);
  }
  chunks.push(...centralDirectory(written, offset));
  return Buffer.concat(chunks);
}
