import { locateEntryData, METHOD_DEFLATED, METHOD_STORED, readZipDirectory, type DirectoryDamage, type ZipEntry } from '../zip/zip-directory';
import { EntryChecksumMismatch, EntryUnreadable, UnpackLimitReached, unpackEntryWhole, type UnpackBudget } from '../zip/zip-inflate';
import { damaged, tooLarge } from './template-errors';

/**
 * A template's zip, read in place with the app's zip reader (../zip/) and held to a template's stricter
 * terms: every entry must be readable when the file is opened, because untouched entries are copied to the
 * output as their original compressed bytes (zip-write.ts). The reader's errors become TemplateRefusals here.
 */
export type { ZipEntry };
export type ZipArchive = { bytes: Uint8Array; entries: ZipEntry[] };

/** All parts inflated share `unpacked`; one part may not inflate past `maxEntryBytes`. */
export type InflateBudget = { unpacked: UnpackBudget; maxEntryBytes: number };

function directoryDetail(damage: DirectoryDamage): string {
  switch (damage.reason) {
    case 'no-end-record':
      return 'the zip directory is missing; the file may be cut short';
    case 'zip64-incomplete':
      return 'the zip directory is incomplete';
    case 'too-many-entries':
      return `the zip lists ${damage.count} files, more than a workbook has`;
    case 'corrupt':
      return 'the zip directory is corrupt';
    case 'outside-file':
      return 'the zip directory points outside the file';
  }
}

/** Why an entry cannot be copied or inflated, or null when it can. */
function entryProblem(bytes: Uint8Array, entry: ZipEntry): string | null {
  const sizes = [entry.compressedSize, entry.declaredSize, entry.localHeaderOffset];
  if (!sizes.every(Number.isFinite)) return 'a zip entry is missing its size';
  if (entry.encrypted) return `"${entry.name}" is encrypted inside the zip`;
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) return `"${entry.name}" uses an unsupported compression method`;
  const located = locateEntryData(bytes, entry);
  if (located.kind === 'no-local-header') return `"${entry.name}" is not where the zip directory says`;
  if (located.kind === 'past-end') return `"${entry.name}" runs past the end of the file`;
  return null;
}

/**
 * Reads the directory and checks every entry. Throws TemplateRefusal('damaged') for anything inconsistent.
 * Names that differ only in case are one part to OPC (and to the lookup), so they are refused as twice.
 * The caller has already checked the zip signature: a file too short for a directory is cut short.
 */
export function readZip(bytes: Uint8Array, maxEntries: number): ZipArchive {
  const directory = readZipDirectory(bytes, maxEntries);
  if (directory.kind === 'not-zip') throw damaged(directoryDetail({ reason: 'no-end-record' }));
  if (directory.kind === 'damaged') throw damaged(directoryDetail(directory));
  const seen = new Set<string>();
  for (const entry of directory.entries) {
    const problem = entryProblem(bytes, entry);
    if (problem) throw damaged(problem);
    const key = entry.name.toLowerCase();
    if (seen.has(key)) throw damaged(`"${entry.name}" appears twice in the zip`);
    seen.add(key);
  }
  return { bytes, entries: directory.entries };
}

export function compressedData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const located = locateEntryData(archive.bytes, entry);
  // readZip has checked every entry; this only keeps a foreign entry from being copied as nothing.
  if (located.kind !== 'data') throw damaged(`"${entry.name}" is not where the zip directory says`);
  return located.data;
}

/**
 * The entry's content, inflated under the budget: the limit is enforced by zlib as it inflates, so a
 * "zip bomb" stops at the limit whatever its directory claims. The CRC and size are checked.
 */
export function inflateEntry(archive: ZipArchive, entry: ZipEntry, budget: InflateBudget): Buffer {
  try {
    return unpackEntryWhole(archive.bytes, entry, budget.unpacked, budget.maxEntryBytes);
  } catch (error) {
    if (error instanceof UnpackLimitReached) {
      throw error.limit === 'workbook'
        ? tooLarge('the unpacked workbook', budget.unpacked.maxBytes)
        : tooLarge(`the part "${entry.name}" unpacked`, budget.maxEntryBytes);
    }
    if (error instanceof EntryChecksumMismatch) throw damaged(`"${entry.name}" fails its checksum`);
    if (error instanceof EntryUnreadable) throw damaged(`"${entry.name}" cannot be decompressed`);
    throw error;
  }
}
