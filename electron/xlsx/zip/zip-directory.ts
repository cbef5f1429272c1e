/**
 * The central directory of a zip file, read without decompressing anything, and where each entry's
 * compressed data lies. The sizes an entry *declares* once unpacked are reported for a cheap first check
 * only: a hostile file can understate them, so the inflater enforces its own limit (zip-inflate.ts).
 * The one zip reader of the app: the interchange import reads with it, and the template filler also keeps
 * the fields it needs to write an entry back unchanged (zip-write.ts). Each caller words its own errors.
 */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; anything else is refused when the entry is read. */
  method: number;
  /** The general-purpose flags as they were (bit 0, encryption, is also in `encrypted`). */
  flags: number;
  encrypted: boolean;
  crc: number;
  /** Infinity when a zip64 size the entry needs is missing: such an entry cannot be read. */
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  // Kept so that a copied entry is written back as it was.
  modTime: number;
  modDate: number;
  versionMadeBy: number;
  versionNeeded: number;
  internalAttributes: number;
  externalAttributes: number;
}

/** Why a directory cannot be read, for callers that say more than "damaged". */
export type DirectoryDamage =
  | { reason: 'no-end-record' | 'zip64-incomplete' | 'outside-file' | 'corrupt' }
  | { reason: 'too-many-entries'; count: number };

export type ZipDirectory =
  | { kind: 'not-zip' }
  | ({ kind: 'damaged' } & DirectoryDamage)
  | { kind: 'zip'; entries: ZipEntry[]; declaredBytes: number };

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

export const LOCAL_HEADER = 0x04034b50;
export const END_OF_DIRECTORY = 0x06054b50;
export const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const LOCAL_HEADER_SIZE = 30;
const DIRECTORY_ENTRY_SIZE = 46;
export const U32_MAX = 0xffffffff;

/** A zip starts with a local header, or (when empty) with its end-of-directory record. */
export function isZipSignature(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 4) return false;
  const signature = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  return signature === LOCAL_HEADER || signature === END_OF_DIRECTORY;
}

/**
 * Reads the directory. `maxEntries`, when given, refuses a larger count before any entry is read, so that a
 * directory of a million entries is not parsed only to be refused.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): ZipDirectory {
  if (bytes.byteLength < EOCD_SIZE || !isZipSignature(bytes)) return { kind: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return readDirectory(view, maxEntries);
  } catch {
    // A RangeError from DataView: the directory points outside the file (truncated or corrupt).
    return { kind: 'damaged', reason: 'outside-file' };
  }
}

/** Looks an entry up by name as OPC does (part names are case-insensitive); the first of duplicates wins. */
export function findEntry(directory: { entries: readonly ZipEntry[] }, name: string): ZipEntry | undefined {
  const wanted = name.toLowerCase();
  return directory.entries.find((entry) => entry.name.toLowerCase() === wanted);
}

export type EntryData = { kind: 'data'; data: Uint8Array } | { kind: 'no-local-header' } | { kind: 'past-end' };

/** The entry's compressed bytes (a view, not a copy), or why its local header does not hold up. */
export function locateEntryData(bytes: Uint8Array, entry: ZipEntry): EntryData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return { kind: 'no-local-header' };
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return { kind: 'past-end' };
  return { kind: 'data', data: bytes.subarray(start, end) };
}

/** The entry's compressed bytes, or null when its local header does not hold up. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const located = locateEntryData(bytes, entry);
  return located.kind === 'data' ? located.data : null;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function readDirectory(view: DataView, maxEntries: number): ZipDirectory {
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { kind: 'damaged', reason: 'no-end-record' };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === U32_MAX) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) return { kind: 'damaged', reason: 'zip64-incomplete' };
    ({ count, offset } = zip64);
  }
  if (count > maxEntries) return { kind: 'damaged', reason: 'too-many-entries', count };
  // Every entry takes at least 46 bytes of the file: a larger count is a lie, not a reason to loop.
  if (count * DIRECTORY_ENTRY_SIZE > view.byteLength) return { kind: 'damaged', reason: 'outside-file' };
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let declaredBytes = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) return { kind: 'damaged', reason: 'corrupt' };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
    const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, {
      declaredSize: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    const flags = view.getUint16(at + 8, true);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      flags,
      encrypted: (flags & 1) === 1,
      crc: view.getUint32(at + 16, true),
      ...sizes,
      modTime: view.getUint16(at + 12, true),
      modDate: view.getUint16(at + 14, true),
      versionMadeBy: view.getUint16(at + 4, true),
      versionNeeded: view.getUint16(at + 6, true),
      internalAttributes: view.getUint16(at + 36, true),
      externalAttributes: view.getUint32(at + 38, true),
    });
    declaredBytes += sizes.declaredSize;
    at += DIRECTORY_ENTRY_SIZE + nameLength + extraLength + commentLength;
  }
  return { kind: 'zip', entries, declaredBytes };
}

/** The zip64 end-of-directory record, found through its locator just before the ordinary one. */
function readZip64End(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (view.getUint32(record, true) !== ZIP64_END) return null;
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

type EntrySizes = Pick<ZipEntry, 'declaredSize' | 'compressedSize' | 'localHeaderOffset'>;

/**
 * Sizes that overflowed 32 bits are in the zip64 extra field, in this order and only those that overflowed:
 * uncompressed size, compressed size, local header offset. A missing one makes the entry unreadable.
 */
function zip64Sizes(view: DataView, start: number, length: number, sizes: EntrySizes): EntrySizes {
  const order = ['declaredSize', 'compressedSize', 'localHeaderOffset'] as const;
  if (order.every((key) => sizes[key] !== U32_MAX)) return sizes;
  const result = { ...sizes };
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of order) {
        if (sizes[key] !== U32_MAX) continue;
        if (field + 8 > at + 4 + size) break;
        result[key] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      break;
    }
    at += 4 + size;
  }
  for (const key of order) if (result[key] === U32_MAX) result[key] = Number.POSITIVE_INFINITY;
  return result;
}
