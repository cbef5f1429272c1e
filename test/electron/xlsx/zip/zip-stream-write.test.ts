import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readZipDirectory, type ZipEntry } from '../../../../electron/xlsx/zip/zip-directory';
import { FLAG_DATA_DESCRIPTOR } from '../../../../electron/xlsx/zip/zip-headers';
import { UnpackBudget, unpackEntryWhole } from '../../../../electron/xlsx/zip/zip-inflate';
import { ZipStreamWriter } from '../../../../electron/xlsx/zip/zip-stream-write';

/** The streaming zip writer of the interchange export, read back by the app's own zip reader and by unzip. */
const MB = 1024 * 1024;

/** Runs `write` on a writer into memory; returns the zip and how many bytes had reached the output at each mark. */
async function written(write: (zip: ZipStreamWriter, mark: () => void) => Promise<void>): Promise<{ bytes: Buffer; marks: number[] }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  let received = 0;
  out.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
  });
  const marks: number[] = [];
  const zip = new ZipStreamWriter(out, 4);
  await write(zip, () => marks.push(received));
  await zip.finish();
  return { bytes: Buffer.concat(chunks), marks };
}

function entriesOf(bytes: Buffer): ZipEntry[] {
  const directory = readZipDirectory(bytes);
  if (directory.kind !== 'zip') throw new Error(`not read as a zip: ${directory.kind}`);
  return directory.entries;
}

const unpacked = (bytes: Buffer, entry: ZipEntry) => unpackEntryWhole(bytes, entry, new UnpackBudget(1e9), 1e9).toString('utf8');

/** 64 KB of random hex digits: deflate's window is 32 KB, so the block repeated still does not compress away. */
const NOISE = randomBytes(32 * 1024).toString('hex');

/**
 * `count` batches of about `size` bytes of text that compresses no better than real rows do: zlib holds
 * back the output of very repetitive text until the end, which would hide whether the writer streams.
 */
function batches(count: number, size: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => Buffer.from(`<row r="${i}">é${NOISE.repeat(Math.max(1, size / NOISE.length))}</row>`, 'utf8'));
}

describe('ZipStreamWriter', () => {
  it('writes small and streamed entries that the zip reader and unzip read back whole, checksums and sizes included', async () => {
    const parts = batches(5, 64 * 1024);
    const { bytes } = await written(async (zip) => {
      await zip.addEntry('[Content_Types].xml', '<Types/>');
      await zip.streamEntry('xl/worksheets/sheet1.xml', async (sink) => {
        for (const part of parts) await sink.write(part);
      });
      await zip.streamEntry('xl/empty.xml', async () => undefined);
      await zip.addEntry('docProps/core.xml', '<ü/>');
    });
    const entries = entriesOf(bytes);
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/empty.xml', 'docProps/core.xml']);
    expect(entries.map((e) => (e.flags & FLAG_DATA_DESCRIPTOR) !== 0)).toEqual([false, true, true, false]);
    expect(unpacked(bytes, entries[0]!)).toBe('<Types/>');
    expect(unpacked(bytes, entries[1]!)).toBe(Buffer.concat(parts).toString('utf8'));
    expect(unpacked(bytes, entries[2]!)).toBe('');
    expect(unpacked(bytes, entries[3]!)).toBe('<ü/>');

    const dir = mkdtempSync(join(tmpdir(), 'ipsdesk-zipstream-'));
    try {
      writeFileSync(join(dir, 'out.zip'), bytes);
      // unzip -t checks every entry's CRC and the data descriptors against the directory.
      expect(execFileSync('unzip', ['-t', join(dir, 'out.zip')], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams: compressed bytes reach the output while the entry is still being written', async () => {
    const parts = batches(16, MB / 2);
    const { bytes, marks } = await written(async (zip, mark) => {
      await zip.streamEntry('big.xml', async (sink) => {
        for (const part of parts) {
          await sink.write(part);
          mark();
        }
      });
    });
    // Half-way through, a good part of the entry has gone out (nothing is held back to the end).
    expect(marks[8]!).toBeGreaterThan(bytes.length / 4);
    expect(unpacked(bytes, entriesOf(bytes)[0]!).length).toBe(Buffer.concat(parts).toString('utf8').length);
  });

  it('fails, rather than waiting for ever, when the output fails part-way', async () => {
    let taken = 0;
    const out = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        taken += chunk.length;
        setImmediate(() => callback(taken > MB ? new Error('disk full') : null));
      },
    });
    out.on('error', () => undefined);
    const zip = new ZipStreamWriter(out, 1);
    const parts = batches(12, MB / 4);
    await expect(
      zip.streamEntry('big.xml', async (sink) => {
        for (const part of parts) await sink.write(part);
      }),
    ).rejects.toThrow('disk full');
  });

  it('abandons the entry when what produces it fails', async () => {
    const out = new PassThrough().resume();
    const zip = new ZipStreamWriter(out, 1);
    await expect(
      zip.streamEntry('sheet.xml', async (sink) => {
        await sink.write(Buffer.from('<row/>'));
        throw new TypeError('Cannot write fte');
      }),
    ).rejects.toThrow('Cannot write fte');
  });
});
