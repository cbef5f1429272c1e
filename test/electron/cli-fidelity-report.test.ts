import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_FILE_NAME } from '../../electron/services/vault/vault-core';
import { INSTRUMENTS } from '../../shared/fidelity';
import { runCli, type CliRun } from './cli-runner';
import { createReview, finalReview, ips25Scores } from './fidelity/fidelity-app';
import { openRecordsApp } from './records/records-app';

const PASSPHRASE = 'river stone meadow 7'; // openRecordsApp's
const SLOW = 180_000;

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runCli(args, { passphrase: PASSPHRASE, env, timeoutMs: SLOW });
}

describe('cli fidelity list and report', () => {
  let dir: string;
  let dbFile: string;
  let previousId: string;
  let finalId: string;
  let draftId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipsdesk-test-'));
    dbFile = join(dir, DEFAULT_DATABASE_FILE_NAME);
    const app = await openRecordsApp(dir);
    previousId = await finalReview(app, 'ips25', '2025-07-10', ips25Scores(90));
    finalId = await createReview(app, { instrument: 'ips25', review_date: '2026-01-10', reviewers: ['Dana Whitfield', 'Sam Okafor'] });
    const scores = ips25Scores(98);
    for (const [i, item] of INSTRUMENTS.ips25.items.entries()) await app.call('fidelity.saveItem', { id: finalId, item: item.id, score: scores[i]! });
    await app.call('fidelity.saveItem', { id: finalId, item: 'ips25:17', evidence: 'Fewer visits while a post was vacant', sources: ['records'] });
    await app.call('fidelity.saveAction', { review_id: finalId, action: { items: ['ips25:17'], action: 'Two employer visits a week each', owner: 'Sam Okafor', due_date: '2026-04-30' } });
    await app.call('fidelity.finalise', { id: finalId });
    draftId = await createReview(app, { instrument: 'sainsbury_c', review_date: '2026-01-14' });
    app.close();
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it(
    'fidelity list prints every review with its total and band, and when each instrument is next due; --json as the app sees it',
    async () => {
      const run = await cli(['fidelity', 'list', '--db', dbFile]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toMatch(/^id +instrument +review date +period +status +kind +total +band +reviewers$/);
      expect(lines[1]).toMatch(new RegExp(`^${draftId} +Sainsbury Centre C +14/01/2026 +15/01/2025 to 14/01/2026 +draft +self +0 / 36 \\(0 of 8 scored\\) +– +Dana Whitfield$`));
      expect(lines[2]).toMatch(new RegExp(`^${finalId} +IPS-25 +10/01/2026 +11/01/2025 to 10/01/2026 +final +self +98 / 125 +Fair fidelity +Dana Whitfield, Sam Okafor$`));
      expect(lines[3]).toMatch(new RegExp(`^${previousId} +IPS-25 +10/07/2025 .* +90 / 125 +Fair fidelity`));
      // The CLI's today is the computer's, so only the due date itself is fixed here.
      expect(run.stdout).toMatch(/Next review due\n +Sainsbury Centre C +no final review yet\n +IPS-25 +10\/07\/2026 \((in \d+ days?|today|\d+ days? ago); (not due yet|due within 30 days|overdue)\)\n$/);

      const json = await cli(['fidelity', 'list', '--db', dbFile, '--json']);
      expect(json.code).toBe(0);
      const out = JSON.parse(json.stdout) as { reviews: { id: string; total: number; band: { key: string } | null }[]; schedule: { instrument: string; due: string | null }[] };
      expect(out.reviews.map((r) => [r.id, r.total, r.band?.key ?? null])).toEqual([[draftId, 0, null], [finalId, 98, 'fair'], [previousId, 90, 'fair']]);
      expect(out.schedule.map((s) => [s.instrument, s.due])).toEqual([['sainsbury_c', null], ['ips25', '2026-07-10']]);
    },
    SLOW,
  );

  it(
    'fidelity report --out X.pdf prints the review through Chromium: an A4, tagged PDF whose text holds the total, band and items',
    async () => {
      const out = join(dir, 'review.pdf');
      const run = await cli(['fidelity', 'report', '--db', dbFile, '--review', finalId, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`Wrote the final review of 10/01/2026 (total 98 of 125, Fair fidelity) to ${out}\n`);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged: +yes/);
      expect(info).toMatch(/Page size: +59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('IPS-25 Supported Employment Fidelity Scale');
      expect(text).toContain('Next review due 10/07/2026 98 out of 125 Fair fidelity');
      expect(text).toContain('Band: Fair fidelity.');
      expect(text).toContain('Evidence Fewer visits while a post was vacant Sources: Records.');
      expect(text).toContain('Two employer visits a week each');
      expect(text).toContain('Compared with the final review of 10/07/2025');
      expect(text).toMatch(/Page 1 of \d+/);
      // Bookmarks from the headings (the PDF's outline).
      const pdf = readFileSync(out).toString('latin1');
      expect(pdf).toContain('/Outlines');
      for (const title of ['(Scores)', '(Services \\(items 12 to 25\\))', '(17. Job development: frequent employer contact)', '(Action plan)']) {
        expect(pdf).toContain(`/Title ${title}`);
      }
    },
    SLOW,
  );

  it(
    'fidelity report --out X.xlsx writes a sheet of the scores that reads back with every item’s score',
    async () => {
      const out = join(dir, 'scores.xlsx');
      const run = await cli(['fidelity', 'report', '--db', dbFile, '--review', finalId, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const sheet = workbook.getWorksheet('Scores')!;
      const scores = ips25Scores(98);
      expect(INSTRUMENTS.ips25.items.map((item, i) => [sheet.getRow(i + 2).getCell(1).value, sheet.getRow(i + 2).getCell(5).value])).toEqual(
        INSTRUMENTS.ips25.items.map((item, i) => [item.id, scores[i]]),
      );
      expect(sheet.getRow(27).getCell(5).value).toBe(98);
    },
    SLOW,
  );

  it(
    'says clearly, and exits non-zero, when there is no Chromium to print a PDF with (before asking for a passphrase)',
    async () => {
      const out = join(dir, 'none.pdf');
      const run = await cli(['fidelity', 'report', '--db', dbFile, '--review', finalId, '--out', out], { CHROMIUM_PATH: join(dir, 'no-such-chromium'), IPSDESK_PASSPHRASE: undefined });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Cannot write a PDF: no Chromium to print it with.');
      expect(run.stderr).toContain(`CHROMIUM_PATH is set to "${join(dir, 'no-such-chromium')}", but that is not an executable file.`);
      expect(run.stderr).toContain('--out FILE.xlsx');
      expect(existsSync(out)).toBe(false);
    },
    SLOW,
  );

  it(
    'refuses a file type it cannot write, a malformed or unknown review id, and leaves an existing file alone',
    async () => {
      const bad = await cli(['fidelity', 'report', '--db', dbFile, '--review', finalId, '--out', join(dir, 'review.docx')], { IPSDESK_PASSPHRASE: undefined });
      expect(bad.code).toBe(64);
      expect(bad.stderr).toContain('--out must name a .pdf or .xlsx file');
      const malformed = await cli(['fidelity', 'report', '--db', dbFile, '--review', '42', '--out', join(dir, 'x.xlsx')], { IPSDESK_PASSPHRASE: undefined });
      expect(malformed.code).toBe(64);
      expect(malformed.stderr).toContain('--review must be a review id as "fidelity list" prints it (got "42")');
      const existing = join(dir, 'keep.xlsx');
      writeFileSync(existing, 'old contents');
      const unknown = await cli(['fidelity', 'report', '--db', dbFile, '--review', '00000000-0000-4000-8000-000000000000', '--out', existing]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('That fidelity review is no longer recorded');
      expect(readFileSync(existing, 'utf8')).toBe('old contents');
    },
    SLOW,
  );
});
