import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../../electron/xlsx/template';
import { findEntry, readZipDirectory, type ZipEntry } from '../../../../electron/xlsx/zip/zip-directory';
import { EntryChecksumMismatch, UnpackBudget, UnpackLimitReached, unpackEntry, unpackEntryWhole } from '../../../../electron/xlsx/zip/zip-inflate';
import { GOLDEN_MAPPING, goldenParts } from '../template/golden-fixture';
import { unzipParts, zipParts } from '../template/zip-fixture';

/** The one zip reader, as the interchange import (streamed) and the template filler (whole parts) use it. */
const content = Buffer.from('<sheetData>'.concat('<row/>'.repeat(5000), '</sheetData>'));
const archive = zipParts([
  { name: '[Content_Types].xml', content: '<Types/>' },
  { name: 'xl/worksheets/Sheet1.xml', content },
  { name: 'xl/media/image1.png', content: Buffer.from('stored bytes'), store: true },
]);

function entries(bytes: Uint8Array): ZipEntry[] {
  const directory = readZipDirectory(bytes);
  if (directory.kind !== 'zip') throw new Error(`expected a zip, got ${directory.kind}`);
  return directory.entries;
}

async function streamed(bytes: Uint8Array, entry: ZipEntry, budget: UnpackBudget, maxPartBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of unpackEntry(bytes, entry, budget, maxPartBytes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('the zip reader', () => {
  it('tells a file that is not a zip from a zip cut short', () => {
    expect(readZipDirectory(Buffer.from('client_id,referral_date\n'))).toEqual({ kind: 'not-zip' });
    expect(readZipDirectory(archive.subarray(0, archive.length - 10))).toMatchObject({ kind: 'damaged', reason: 'no-end-record' });
    expect(readZipDirectory(archive, 2)).toEqual({ kind: 'damaged', reason: 'too-many-entries', count: 3 });
  });

  it('looks parts up case-insensitively, as OPC does', () => {
    const directory = { entries: entries(archive) };
    expect(findEntry(directory, 'xl/worksheets/sheet1.xml')?.name).toBe('xl/worksheets/Sheet1.xml');
    expect(findEntry(directory, 'xl/worksheets/sheet2.xml')).toBeUndefined();
  });

  it('unpacks the same bytes streamed or whole, stored or deflated', async () => {
    for (const entry of entries(archive)) {
      const whole = unpackEntryWhole(archive, entry, new UnpackBudget(1e6), 1e6);
      expect((await streamed(archive, entry, new UnpackBudget(1e6), 1e6)).equals(whole), entry.name).toBe(true);
    }
    expect(unpackEntryWhole(archive, entries(archive)[1]!, new UnpackBudget(1e6), 1e6).equals(content)).toBe(true);
  });

  it('stops at the smaller limit while inflating, and names it', async () => {
    const sheet = entries(archive)[1]!;
    const whole = (budget: number, part: number) => () => unpackEntryWhole(archive, sheet, new UnpackBudget(budget), part);
    expect(whole(1e6, 1000)).toThrow(expect.objectContaining({ limit: 'part' }) as UnpackLimitReached);
    expect(whole(1000, 1e6)).toThrow(expect.objectContaining({ limit: 'workbook' }) as UnpackLimitReached);
    await expect(streamed(archive, sheet, new UnpackBudget(1e6), 1000)).rejects.toMatchObject({ limit: 'part' });
  });

  it('refuses a whole part that does not match its CRC', () => {
    const sheet = { ...entries(archive)[1]!, crc: 1 };
    expect(() => unpackEntryWhole(archive, sheet, new UnpackBudget(1e6), 1e6)).toThrow(EntryChecksumMismatch);
  });
});

describe('a template whose part names differ in case from its relationships', () => {
  const rename = (name: string) => (name === 'xl/worksheets/sheet1.xml' ? 'xl/worksheets/Sheet1.xml' : name);

  it('is filled, the edits written to the entry as it is named in the zip', () => {
    const template = zipParts(goldenParts().map((p) => ({ ...p, name: rename(p.name) })));
    const result = fillTemplate(template, { resolve: () => 40, clients: [], mapping: GOLDEN_MAPPING });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const before = unzipParts(template).find((p) => p.name === 'xl/worksheets/Sheet1.xml')!;
    const after = unzipParts(result.bytes).find((p) => p.name === 'xl/worksheets/Sheet1.xml')!;
    expect(after.content.equals(before.content)).toBe(false);
    expect(after.content.toString('utf8')).toMatch(/<c r="B8"[^>]*>(<f[^>]*>[^<]*<\/f>)?<v>40<\/v>/);
  });

  it('is refused when two entries are one part to OPC', () => {
    const twice = zipParts([...goldenParts(), { name: 'XL/Worksheets/Sheet1.xml', content: '<worksheet/>' }]);
    const result = fillTemplate(twice, { resolve: () => 40 });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ code: 'damaged', message: expect.stringContaining('"XL/Worksheets/Sheet1.xml" appears twice in the zip') }),
    ]);
  });
});
