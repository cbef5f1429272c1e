import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { SERVICE, setUp } from '../flows';
import { RECOVERY_SHEET_SECTIONS } from '../../../shared/recovery-sheet';

test('the recovery sheet prints on one A4 page with the key and what to do with it', async ({ app }) => {
  test.skip(app.target !== 'browser', 'printing to PDF is a headless Chromium feature');
  const { page } = app;
  const key = await setUp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('recovery-sheet')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = join(mkdtempSync(join(tmpdir(), 'ipsdesk-sheet-')), 'recovery-sheet.pdf');
  writeFileSync(file, pdf);
  mkdirSync(SCREENS_DIR, { recursive: true });
  writeFileSync(join(SCREENS_DIR, 'browser-recovery-sheet.pdf'), pdf);

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m);

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text.replace(/ /g, '')).toContain(key); // printed in two rows of four groups
  expect(text).toContain(`Service: ${SERVICE}`);
  for (const section of RECOVERY_SHEET_SECTIONS) expect(text).toContain(section.heading);
  expect(text).toContain('restore --from BACKUP --db FILE --recovery-key KEY --new-passphrase P');
  // Only the sheet is printed: nothing of the screen around it.
  expect(text).not.toContain('I have printed or stored this recovery key');
});
