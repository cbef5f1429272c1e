/**
 * Writes the committed template fixtures: `golden.xlsx` from golden-fixture.ts (byte-for-byte repeatable;
 * a test checks the committed file still matches), and `golden-libreoffice.xlsx`, the same workbook opened
 * and saved by LibreOffice Calc, so the filler also meets the XML a real spreadsheet application writes.
 * Run: `npx tsx test/electron/xlsx/template/make-template-fixtures.ts` (needs soffice for the second file).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenTemplate } from './golden-fixture';
import { findSoffice } from './libreoffice';

const dir = fileURLToPath(new URL('../../../fixtures/xlsx/templates/', import.meta.url));
writeFileSync(join(dir, 'golden.xlsx'), goldenTemplate());

const soffice = findSoffice();
if (!soffice) throw new Error('soffice is needed to make golden-libreoffice.xlsx');
const work = mkdtempSync(join(tmpdir(), 'ipsdesk-fixture-'));
try {
  writeFileSync(join(work, 'golden-libreoffice.xlsx'), goldenTemplate());
  const out = join(work, 'out');
  execFileSync(soffice, ['--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, join(work, 'golden-libreoffice.xlsx')], {
    env: { ...process.env, HOME: work },
    stdio: 'inherit',
  });
  copyFileSync(join(out, 'golden-libreoffice.xlsx'), join(dir, 'golden-libreoffice.xlsx'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
