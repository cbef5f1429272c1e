import { describe, expect, it } from 'vitest';
import { countRowElements } from '../../../electron/xlsx/sheet-xml-read';
import { readZipDirectory } from '../../../electron/xlsx/zip/zip-directory';
import { UnpackBudget } from '../../../electron/xlsx/zip/zip-inflate';
import { part, zip } from './zip-writer';

const LIMIT = 1024 * 1024 * 1024;

async function countIn(xml: string, limit = LIMIT): Promise<number> {
  const bytes = zip([part('xl/worksheets/sheet1.xml', xml)]);
  const directory = readZipDirectory(bytes);
  if (directory.kind !== 'zip') throw new Error('not a zip');
  return countRowElements({ bytes, entries: directory.entries, budget: new UnpackBudget(LIMIT) }, 'xl/worksheets/sheet1.xml', limit, LIMIT);
}

describe('counting a sheet’s rows before reading them', () => {
  it('counts every row tag, wherever the unpacked chunks (64 KB) cut it', async () => {
    // Rows of different lengths put a tag across a chunk boundary at every offset within it.
    for (let pad = 0; pad < 6; pad++) {
      const rows = Array.from({ length: 9_000 }, (_, i) => `<row r="${i + 1}" x="${'y'.repeat((i + pad) % 7)}"><c><v>1</v></c></row>`);
      expect(await countIn(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`)).toBe(9_000);
      // With a prefix the end tags count too: the count may be too high (the rows are then counted one by one), never too low.
      const prefixed = rows.map((r) => r.replace('<row', '<x:row').replace('</row>', '</x:row>'));
      expect(await countIn(`<x:worksheet><x:sheetData>${prefixed.join('')}</x:sheetData></x:worksheet>`)).toBe(18_000);
    }
  });

  it('stops past the limit, and counts no <rows> or <rowBreaks> as rows', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `<row r="${i + 1}"/>`).join('');
    expect(await countIn(`<worksheet><sheetData>${rows}</sheetData><rowBreaks/></worksheet>`, 100)).toBeLessThan(5_000);
    expect(await countIn(`<worksheet><sheetData>${rows}</sheetData><rowBreaks count="1"/></worksheet>`)).toBe(5_000);
  });
});
