import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { backupReasonSchema } from '../shared/ipc/backups';
import { BackupDamagedError } from './errors';

/**
 * The one-file backup. Layout:
 *
 *   MAGIC (16 bytes) | header length (uint32, big-endian) | header (UTF-8 JSON) | each part's bytes, in header order
 *
 * The header says what the file is (format, version, database id, when, why) and lists its parts, each with
 * its length and SHA-256: `keyring` (the keyring file exactly as it was), `database` (the encrypted database)
 * and, in a copy of files taken without opening them, `wal`. Nothing in it is readable without a passphrase or
 * the recovery key: the database bytes are SQLCipher pages and the keyring holds the key only wrapped.
 * Damage (a cut-off copy, a flipped bit) shows as a length or checksum mismatch before anything is restored.
 */
export const BACKUP_FILE_EXTENSION = '.ipsdesk-backup';
export const BACKUP_FORMAT = 'ipsdesk-backup';
export const BACKUP_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('IPSDESK-BACKUP\n\0', 'latin1');
const PREFIX_BYTES = MAGIC.length + 4;
/** A keyring is a few kilobytes; anything near this is not a header we wrote. */
const MAX_HEADER_BYTES = 1024 * 1024;
const CHUNK_BYTES = 4 * 1024 * 1024;

export const PART_NAMES = ['keyring', 'database', 'wal'] as const;
export type PartName = (typeof PART_NAMES)[number];

const partSchema = z.object({
  name: z.enum(PART_NAMES),
  bytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 hex digits'),
});
export type BackupPart = z.infer<typeof partSchema>;

export const backupHeaderSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_FORMAT_VERSION),
    /** The id in the keyring (and the database); null only when a damaged keyring was kept as it was. */
    database_id: z.uuid().nullable(),
    created_at: z.iso.datetime({ offset: true }),
    reason: backupReasonSchema,
    /** `copy`: VACUUM INTO of the open database; `files`: the database (and WAL) files as they were on disk. */
    kind: z.enum(['copy', 'files']),
    parts: z.array(partSchema).max(PART_NAMES.length),
  })
  .superRefine((h, ctx) => {
    const names = h.parts.map((p) => p.name);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', path: ['parts'], message: 'a part is listed twice' });
    if (!names.includes('database')) ctx.addIssue({ code: 'custom', path: ['parts'], message: 'there is no database part' });
    if (h.kind === 'copy' && names.includes('wal')) ctx.addIssue({ code: 'custom', path: ['parts'], message: 'a copy has no WAL part' });
  });
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** A part to write: its name and the file holding its bytes. */
export interface PartSource {
  name: PartName;
  file: string;
}

export interface ReadBackup {
  header: BackupHeader;
  /** Where each part's bytes start in the file. */
  offsets: Map<PartName, number>;
  /** Size of the whole file. */
  bytes: number;
}

/** Reads `length` bytes from `fd` at `position` in chunks, handing each to `use`. */
function eachChunk(fd: number, position: number, length: number, use: (chunk: Buffer) => void): void {
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(1, length)));
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, length - done), position + done);
    if (n === 0) throw new Error('unexpected end of file');
    use(buffer.subarray(0, n));
    done += n;
  }
}

function writeAll(fd: number, data: Buffer): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done);
}

/** Length and SHA-256 of a whole file, read in chunks (a database may be hundreds of megabytes). */
export function describeFile(file: string): { bytes: number; sha256: string } {
  const fd = openSync(file, 'r');
  try {
    const bytes = fstatSync(fd).size;
    const hash = createHash('sha256');
    eachChunk(fd, 0, bytes, (chunk) => hash.update(chunk));
    return { bytes, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a complete backup to `file`, which must not exist yet (the caller writes to a temporary name and
 * publishes it once this returns: a killed backup never leaves a file that looks like one). Created 0600.
 */
export function writeBackupFile(file: string, header: Omit<BackupHeader, 'parts'>, sources: readonly PartSource[]): BackupHeader {
  const parts = sources.map((s) => ({ name: s.name, ...describeFile(s.file) }));
  const complete = backupHeaderSchema.parse({ ...header, parts });
  const json = Buffer.from(JSON.stringify(complete), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const out = openSync(file, 'wx', 0o600);
  try {
    writeAll(out, Buffer.concat([MAGIC, length, json]));
    for (const [i, source] of sources.entries()) {
      const expected = parts[i]!;
      const hash = createHash('sha256');
      const fd = openSync(source.file, 'r');
      try {
        eachChunk(fd, 0, expected.bytes, (chunk) => {
          hash.update(chunk);
          writeAll(out, chunk);
        });
      } finally {
        closeSync(fd);
      }
      // The file changed between hashing and copying: the header would lie about it.
      if (hash.digest('hex') !== expected.sha256) throw new Error(`${source.file} changed while it was being backed up`);
    }
    fsyncSync(out);
  } catch (error) {
    closeSync(out);
    rmSync(file, { force: true });
    throw error;
  }
  closeSync(out);
  return complete;
}

/** Copies a file into a new private file (0600; `to` must not exist), durably. */
export function copyFilePrivately(from: string, to: string): void {
  const input = openSync(from, 'r');
  try {
    const out = openSync(to, 'wx', 0o600);
    try {
      eachChunk(input, 0, fstatSync(input).size, (chunk) => writeAll(out, chunk));
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
  } finally {
    closeSync(input);
  }
}

/** True when the file starts like a one-file backup (old two-file backups are plain encrypted databases). */
export function looksLikeBackupFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const start = Buffer.alloc(MAGIC.length);
    return readSync(fd, start, 0, MAGIC.length, 0) === MAGIC.length && start.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and checks the header: the magic bytes, a bounded length, valid JSON of the right shape, and a file
 * exactly as long as the header says (a copy cut off part-way fails here). Part checksums are checked when
 * the parts are read.
 */
export function readBackupHeader(file: string): ReadBackup {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const prefix = Buffer.alloc(PREFIX_BYTES);
    if (readSync(fd, prefix, 0, PREFIX_BYTES, 0) < PREFIX_BYTES || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new BackupDamagedError(file, 'it is not an IPS Desk backup');
    }
    const headerLength = prefix.readUInt32BE(MAGIC.length);
    if (headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > size) {
      throw new BackupDamagedError(file, 'its header is damaged or cut off');
    }
    const raw = Buffer.alloc(headerLength);
    readSync(fd, raw, 0, headerLength, PREFIX_BYTES);
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new BackupDamagedError(file, 'its header is not readable');
    }
    const parsed = backupHeaderSchema.safeParse(json);
    if (!parsed.success) {
      const versionIssue = typeof json === 'object' && json !== null && (json as { version?: unknown }).version !== BACKUP_FORMAT_VERSION;
      throw new BackupDamagedError(
        file,
        versionIssue ? 'it was written by a newer version of IPS Desk (or is damaged)' : `its header is damaged (${parsed.error.issues[0]?.message ?? 'unexpected content'})`,
      );
    }
    const offsets = new Map<PartName, number>();
    let position = PREFIX_BYTES + headerLength;
    for (const part of parsed.data.parts) {
      offsets.set(part.name, position);
      position += part.bytes;
    }
    if (position !== size) {
      throw new BackupDamagedError(file, position > size ? 'it is cut off (shorter than its header says)' : 'it has extra bytes after its contents');
    }
    return { header: parsed.data, offsets, bytes: size };
  } finally {
    closeSync(fd);
  }
}

/** Reads a (small) part into memory, checking its checksum: the keyring. */
export function readBackupPart(file: string, read: ReadBackup, name: PartName): Buffer | null {
  const part = read.header.parts.find((p) => p.name === name);
  if (!part) return null;
  const chunks: Buffer[] = [];
  const fd = openSync(file, 'r');
  try {
    eachChunk(fd, read.offsets.get(name)!, part.bytes, (chunk) => chunks.push(Buffer.from(chunk)));
  } finally {
    closeSync(fd);
  }
  const bytes = Buffer.concat(chunks);
  if (createHash('sha256').update(bytes).digest('hex') !== part.sha256) throw new BackupDamagedError(file, `its ${name} does not match its checksum`);
  return bytes;
}

/**
 * Copies each named part into a new file (0600, must not exist), checking checksums as it goes. On any
 * mismatch every file it wrote is removed and BackupDamagedError names the part.
 */
export function extractBackupParts(file: string, read: ReadBackup, targets: Partial<Record<PartName, string>>): void {
  const written: string[] = [];
  const fd = openSync(file, 'r');
  try {
    for (const part of read.header.parts) {
      const target = targets[part.name];
      if (!target) continue;
      const out = openSync(target, 'wx', 0o600);
      written.push(target);
      const hash = createHash('sha256');
      try {
        eachChunk(fd, read.offsets.get(part.name)!, part.bytes, (chunk) => {
          hash.update(chunk);
          writeAll(out, chunk);
        });
        fsyncSync(out);
      } finally {
        closeSync(out);
      }
      if (hash.digest('hex') !== part.sha256) throw new BackupDamagedError(file, `its ${part.name} does not match its checksum: the file is damaged`);
    }
  } catch (error) {
    for (const target of written) rmSync(target, { force: true });
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** Checks every part's checksum without writing anything (the integrity check of a file on its own). */
export function verifyBackupFile(file: string): ReadBackup {
  const read = readBackupHeader(file);
  const fd = openSync(file, 'r');
  try {
    for (const part of read.header.parts) {
      const hash = createHash('sha256');
      eachChunk(fd, read.offsets.get(part.name)!, part.bytes, (chunk) => hash.update(chunk));
      if (hash.digest('hex') !== part.sha256) throw new BackupDamagedError(file, `its ${part.name} does not match its checksum: the file is damaged`);
    }
  } finally {
    closeSync(fd);
  }
  return read;
}
