import { crc32, inflateRawSync } from 'node:zlib';
import { damaged, tooLarge } from './template-errors';

/**
 * A zip file read in place: the central directory is parsed and each entry's compressed bytes are located,
 * but nothing is inflated until asked, and then never past a limit enforced while inflating (the sizes a
 * zip declares are not trusted). Entries are copied to the output as their original compressed bytes.
 */
export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** As declared; checked against the real size when the entry is inflated. */
  declaredSize: number;
  modTime: number;
  modDate: number;
  versionMadeBy: number;
  versionNeeded: number;
  internalAttributes: number;
  externalAttributes: number;
  /** Offset of the compressed data in the file. */
  dataStart: number;
};

export type ZipArchive = { bytes: Uint8Array; entries: ZipEntry[]; byName: Map<string, ZipEntry> };

export type InflateBudget = { maxEntryBytes: number; remainingBytes: number; maxTotalBytes: number };

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const EOCD_SIZE = 22;
const FLAG_ENCRYPTED = 0x0001;
export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

export function isZipSignature(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 4) return false;
  const sig = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  return sig === LOCAL_HEADER || sig === END_OF_DIRECTORY;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function zip64End(view: DataView, eocd: number): { count: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw damaged('the zip directory is incomplete');
  const record = Number(view.getBigUint64(locator + 8, true));
  if (view.getUint32(record, true) !== ZIP64_END) throw damaged('the zip directory is incomplete');
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** Sizes and offset from a zip64 extra field: present only for the fields that overflowed, in this order. */
function zip64Fields(view: DataView, start: number, length: number, need: { size: boolean; csize: boolean; offset: boolean }) {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const read = () => {
        const v = Number(view.getBigUint64(p, true));
        p += 8;
        return v;
      };
      return { size: need.size ? read() : undefined, csize: need.csize ? read() : undefined, offset: need.offset ? read() : undefined };
    }
    at += 4 + size;
  }
  throw damaged('a zip entry is missing its size');
}

/** Reads the directory. Throws TemplateRefusal('damaged') for anything inconsistent. */
export function readZip(bytes: Uint8Array, maxEntries: number): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return readDirectory(bytes, view, maxEntries);
  } catch (error) {
    if (error instanceof RangeError) throw damaged('the zip directory points outside the file');
    throw error;
  }
}

function readDirectory(bytes: Uint8Array, view: DataView, maxEntries: number): ZipArchive {
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) throw damaged('the zip directory is missing; the file may be cut short');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) ({ count, offset } = zip64End(view, eocd));
  if (count > maxEntries) throw damaged(`the zip lists ${count} files, more than a workbook has`);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged('the zip directory is corrupt');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const need = { size: declaredSize === 0xffffffff, csize: compressedSize === 0xffffffff, offset: localOffset === 0xffffffff };
    if (need.size || need.csize || need.offset) {
      const z = zip64Fields(view, at + 46 + nameLength, extraLength, need);
      declaredSize = z.size ?? declaredSize;
      compressedSize = z.csize ?? compressedSize;
      localOffset = z.offset ?? localOffset;
    }
    if (flags & FLAG_ENCRYPTED) throw damaged(`"${name}" is encrypted inside the zip`);
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) throw damaged(`"${name}" uses an unsupported compression method`);
    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw damaged(`"${name}" is not where the zip directory says`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) throw damaged(`"${name}" runs past the end of the file`);
    if (byName.has(name)) throw damaged(`"${name}" appears twice in the zip`);
    const entry: ZipEntry = {
      name,
      method,
      flags,
      crc: view.getUint32(at + 16, true),
      compressedSize,
      declaredSize,
      modTime: view.getUint16(at + 12, true),
      modDate: view.getUint16(at + 14, true),
      versionMadeBy: view.getUint16(at + 4, true),
      versionNeeded: view.getUint16(at + 6, true),
      internalAttributes: view.getUint16(at + 36, true),
      externalAttributes: view.getUint32(at + 38, true),
      dataStart,
    };
    entries.push(entry);
    byName.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries, byName };
}

export function compressedData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  return archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/**
 * The entry's content, inflated under the budget: the limit is enforced by zlib as it inflates, so a
 * "zip bomb" stops at the limit whatever its directory claims. The CRC and size are checked.
 */
export function inflateEntry(archive: ZipArchive, entry: ZipEntry, budget: InflateBudget): Buffer {
  const limit = Math.min(budget.maxEntryBytes, budget.remainingBytes);
  const data = compressedData(archive, entry);
  let out: Buffer;
  if (entry.method === METHOD_STORED) {
    if (data.byteLength > limit) throw overBudget(entry, budget);
    out = Buffer.from(data);
  } else {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw overBudget(entry, budget);
      throw damaged(`"${entry.name}" cannot be decompressed`);
    }
  }
  if (out.byteLength !== entry.declaredSize || crc32(out) >>> 0 !== entry.crc >>> 0) {
    throw damaged(`"${entry.name}" fails its checksum`);
  }
  budget.remainingBytes -= out.byteLength;
  return out;
}

function overBudget(entry: ZipEntry, budget: InflateBudget) {
  return budget.remainingBytes < budget.maxEntryBytes
    ? tooLarge('the unpacked workbook', budget.maxTotalBytes)
    : tooLarge(`the part "${entry.name}" unpacked`, budget.maxEntryBytes);
}
