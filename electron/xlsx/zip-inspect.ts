/**
 * A look at a zip file's central directory before handing it to exceljs, which would otherwise throw
 * unhelpful errors on non-zip input and inflate a "zip bomb" fully into memory. Only the directory is read;
 * nothing is decompressed.
 */
export type ZipSummary =
  | { kind: 'not-zip' }
  | { kind: 'damaged' }
  | { kind: 'zip'; entryNames: string[]; uncompressedBytes: number };

const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function inspectZip(bytes: Uint8Array): ZipSummary {
  if (bytes.byteLength < EOCD_SIZE) return { kind: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(0, true);
  // An empty archive starts with its end-of-directory record.
  if (signature !== LOCAL_HEADER && signature !== END_OF_DIRECTORY) return { kind: 'not-zip' };
  try {
    return readDirectory(view);
  } catch {
    // A RangeError from DataView: the directory points outside the file (truncated or corrupt).
    return { kind: 'damaged' };
  }
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function readDirectory(view: DataView): ZipSummary {
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { kind: 'damaged' };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) return { kind: 'damaged' };
    ({ count, offset } = zip64);
  }
  const decoder = new TextDecoder();
  const entryNames: string[] = [];
  let uncompressedBytes = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) return { kind: 'damaged' };
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength));
    if (size === 0xffffffff) size = zip64Size(view, at + 46 + nameLength, extraLength) ?? Number.POSITIVE_INFINITY;
    entryNames.push(name);
    uncompressedBytes += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { kind: 'zip', entryNames, uncompressedBytes };
}

/** The zip64 end-of-directory record, found through its locator just before the ordinary one. */
function readZip64End(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (view.getUint32(record, true) !== 0x06064b50) return null;
  return { count: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** The uncompressed size from an entry's zip64 extra field (it comes first when the 32-bit size overflowed). */
function zip64Size(view: DataView, start: number, length: number): number | null {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA && size >= 8) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return null;
}
