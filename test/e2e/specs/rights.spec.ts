import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatUkDate } from '../../../shared/dates';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { lock, setUpAndContinue, unlock } from '../flows';
import { expectNoSeriousViolations, invoke, openNav } from '../records-flows';
import { chooseRightsAction, isoYearsAgo, openRecord, seedClient } from '../rights-flows';
import { openSettings } from '../settings-flows';

/** Retention, subject access and erasure (issue 10 point 9) as a manager does them. */

test.beforeEach(async ({ app }) => {
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

async function shots(page: Page, target: string, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}.png`), animations: 'disabled', caret: 'hide' });
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}-full.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

async function caseloadRow(page: Page, id: string): Promise<{ name: string; client_id: string } | undefined> {
  const { rows } = await invoke<{ rows: { id: string; name: string; client_id: string }[] }>(page, 'clients.list', {});
  return rows.find((row) => row.id === id);
}

test('retention: set the period, see whom it covers, anonymise them, and the records lose their names', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const longAgo = { referral: isoYearsAgo(11), discharged: isoYearsAgo(9) };
  const old = await seedClient(page, { client_id: 'R-OLD', given_name: 'Ada', family_name: 'Quill', nhs_number: '9434765919', date_of_birth: '1980-05-05', referral_date: longAgo.referral, discharged: longAgo.discharged });
  const recent = await seedClient(page, { client_id: 'R-MID', given_name: 'Bea', family_name: 'Marsh', referral_date: isoYearsAgo(6), discharged: isoYearsAgo(4) });
  await seedClient(page, { client_id: 'R-OPEN', given_name: 'Cal', family_name: 'Open', referral_date: isoYearsAgo(1) });

  await openSettings(page, 'Retention');
  await expect(page.getByTestId('retention-rule')).toHaveText('The rule: Anonymise clients discharged more than 6 years ago.');
  await expect(page.getByTestId('retention-due')).toHaveText('1 client is due to be anonymised today.');
  await expect(page.getByRole('button', { name: 'Anonymise this client' })).toBeVisible();
  const due = page.getByRole('table', { name: 'Clients due to be anonymised' });
  await expect(due.getByRole('row')).toHaveCount(2);
  await expect(due.getByRole('row', { name: /R-OLD/ })).toContainText(`${formatUkDate(longAgo.referral)}${formatUkDate(longAgo.discharged)}`);
  await expectNoSeriousViolations(page, 'settings retention');
  await shots(page, app.target, 'settings-retention');

  // Out of range is refused beside the field; nothing is saved.
  const years = page.getByLabel('Anonymise clients discharged more than this many years ago');
  await expect(years).toHaveValue('6');
  await years.fill('0');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(years).toHaveAccessibleDescription('Retention must be at least 1 year');
  await expect(years).toBeFocused();
  await years.fill('3');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: 3 years.' })).toBeVisible();
  await expect(page.getByTestId('retention-rule')).toHaveText('The rule: Anonymise clients discharged more than 3 years ago.');
  await expect(page.getByTestId('retention-due')).toHaveText('2 clients are due to be anonymised today.');
  expect((await invoke<{ retentionYears: number }>(page, 'settings.get', {})).retentionYears).toBe(3);

  // The confirmation says it is one-way and what goes; Cancel is where focus starts.
  await page.getByRole('button', { name: 'Anonymise these 2 clients' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anonymise 2 clients?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog).toContainText('NHS number');
  await expect(dialog).toContainText('date of birth (kept only as the age band at referral');
  await expect(dialog).toContainText('So reports and returns give the same figures as before.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousViolations(page, 'anonymise dialog');
  await shots(page, app.target, 'settings-retention-confirm');
  await dialog.getByRole('button', { name: 'Anonymise 2 clients' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('anonymise-outcome')).toHaveText(new RegExp(`^Anonymised 2 clients on ${formatUkDate(new Date().toISOString().slice(0, 10))}\\.`));
  await expect(page.getByTestId('anonymise-outcome')).toBeFocused();
  await expect(page.getByTestId('retention-due')).toHaveText('No client is due to be anonymised today.');
  await expect(page.getByText('2 clients were anonymised before.')).toBeVisible();

  // The record says so, has no name, and its form offers no name field to put one back.
  await openRecord(page, old, 'Client R-OLD');
  await expect(page.getByTestId('anonymised-notice')).toContainText(/^Anonymised on \d{2}\/\d{2}\/\d{4} under the retention rule/);
  await expect(page.getByTestId('anonymised-notice')).toContainText('the age band at referral');
  await expect(page.locator('[data-field="given_name"]')).toHaveText('Removed when anonymised');
  // Discharged, but not to be re-opened: the person can no longer be named.
  await expect(page.getByText(/discharged \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Re-open' })).toHaveCount(0);
  await expect(page.getByTestId('anonymised-notice')).toContainText('The record cannot be re-opened: if the person is referred again, add them as a new client.');
  await expectNoSeriousViolations(page, 'anonymised client record');
  await shots(page, app.target, 'client-anonymised');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByRole('form', { name: 'Client details' })).toBeVisible();
  await expect(page.getByLabel('Given name')).toHaveCount(0);
  await expect(page.getByLabel('NHS number')).toHaveCount(0);
  await expect(page.getByLabel('Referral date')).toBeVisible();

  // The caseload lists them by client ID only.
  expect(await caseloadRow(page, old)).toMatchObject({ client_id: 'R-OLD', name: '' });
  expect(await caseloadRow(page, recent)).toMatchObject({ client_id: 'R-MID', name: '' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await openNav(page, 'Caseload');
  await page.getByRole('button', { name: /^Everyone/ }).click();
  const grid = page.getByRole('grid', { name: 'Clients' });
  await expect(grid).toContainText('R-OLD');
  await expect(grid).toContainText('Cal');
  await expect(grid).not.toContainText('Quill');
  await expect(grid).not.toContainText('Marsh');

  // A discharged record that was not anonymised can still be re-opened.
  const lately = await seedClient(page, { client_id: 'R-NEW', given_name: 'Dee', family_name: 'Late', referral_date: isoYearsAgo(2), discharged: isoYearsAgo(1) });
  await openRecord(page, lately, 'Dee Late');
  await expect(page.getByTestId('anonymised-notice')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Re-open' })).toBeVisible();
});

test('subject access: the export downloads a workbook holding the client’s records, and a PDF', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const id = await seedClient(page, { client_id: 'S-1', given_name: 'Jane', family_name: 'Rowe', nhs_number: '9434765919', referral_date: isoYearsAgo(1) });
  await invoke(page, 'jobs.save', { job: { job_id: 'J-1', client_id: 'S-1', employer: 'Harbour Coffee', job_title: 'Barista', start_date: isoYearsAgo(0), hours_per_week: 16, contract_type: 'permanent' } });
  await openRecord(page, id, 'Jane Rowe');

  // By keyboard: the menu opens on Enter with its first item focused.
  await page.getByRole('button', { name: 'Subject access and erasure' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Export everything held about this person' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export everything held about Jane Rowe' });
  await expect(dialog).toContainText('The files are not encrypted');
  await expectNoSeriousViolations(page, 'subject access dialog');
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await dialog.getByRole('button', { name: 'Export both files' }).click();
  await expect(dialog.getByTestId('sar-saved')).toHaveText(/^Saved subject-access-S-1-\d{4}-\d{2}-\d{2}\.xlsx and subject-access-S-1-\d{4}-\d{2}-\d{2}\.pdf\.$/);
  await expect.poll(() => downloads.length).toBe(2);
  await shots(page, app.target, 'client-subject-access');

  const [workbookFile, pdfFile] = downloads;
  expect(workbookFile!.suggestedFilename()).toMatch(/^subject-access-S-1-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await workbookFile!.path())!)) as unknown as ArrayBuffer);
  const text = (name: string) => {
    const rows: string[] = [];
    workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).map(String).join(' ')));
    return rows.join('\n');
  };
  expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Client', 'Jobs', 'Audit trail']));
  expect(text('Client')).toContain('Jane');
  expect(text('Client')).toContain('Rowe');
  expect(text('Client')).toContain('S-1');
  expect(text('Jobs')).toContain('Harbour Coffee');
  expect(pdfFile!.suggestedFilename()).toMatch(/^subject-access-S-1-.*\.pdf$/);
  expect((await readFile((await pdfFile!.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
});

test('erasure: preview, a reason required, then gone from the caseload and recorded in the audit trail', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const id = await seedClient(page, { client_id: 'E-1', given_name: 'Erin', family_name: 'Vale', referral_date: isoYearsAgo(1) });
  await seedClient(page, { client_id: 'E-2', given_name: 'Finn', family_name: 'Stays', referral_date: isoYearsAgo(1) });
  await invoke(page, 'jobs.save', { job: { job_id: 'J-E', client_id: 'E-1', employer: 'Vale Garden Centre', start_date: isoYearsAgo(0), hours_per_week: 12, contract_type: 'permanent' } });
  await invoke(page, 'contacts.save', { contact: { date: isoYearsAgo(0), kind: 'employer_face_to_face', client_id: 'E-1', employer: 'Vale Garden Centre' } });
  await invoke(page, 'contacts.save', { contact: { date: isoYearsAgo(0), kind: 'client_face_to_face', client_id: 'E-1' } });
  await openRecord(page, id, 'Erin Vale');

  await chooseRightsAction(page, 'Erase this client…');
  const dialog = page.getByRole('dialog', { name: 'Erase Erin Vale (E-1)?' });
  await expect(dialog.getByTestId('erase-deleted')).toContainText('1 job');
  await expect(dialog.getByTestId('erase-deleted')).toContainText('1 contact with the person');
  await expect(dialog.getByTestId('erase-kept')).toContainText('1 employer contact made for them stays in the employer log, no longer linked to anyone');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousViolations(page, 'erase dialog');
  await shots(page, app.target, 'client-erase');

  // Blank reason and no tick: refused at each, nothing erased.
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  const reason = dialog.getByLabel('Reason for erasing');
  await expect(reason).toHaveAccessibleDescription('Reason is required');
  await expect(reason).toBeFocused();
  await expect(dialog).toContainText('Tick to confirm you understand the record cannot be brought back');
  await expectNoSeriousViolations(page, 'erase dialog with errors');
  await shots(page, app.target, 'client-erase-errors');
  expect(await caseloadRow(page, id)).toBeDefined();

  await reason.fill('Erasure request received by letter');
  await dialog.getByLabel('I understand E-1 is deleted for good and cannot be brought back').check();
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  await expect(page.getByTestId('caseload-notice')).toHaveText(
    'Erased the record of E-1. 1 employer contact made for them stays in the employer log, no longer linked to anyone. The erasure and its reason are in the audit trail.',
  );
  const grid = page.getByRole('grid', { name: 'Clients' });
  await expect(grid).toContainText('Finn');
  await expect(grid).not.toContainText('Erin');
  expect(await caseloadRow(page, id)).toBeUndefined();
  const log = await invoke<{ rows: { employer: string | null; client_id: string | null }[] }>(page, 'contacts.listEmployer', {});
  expect(log.rows).toEqual([expect.objectContaining({ employer: 'Vale Garden Centre', client_id: null })]);

  await openSettings(page, 'Audit trail');
  const erased = page.getByRole('table', { name: 'All entries' }).getByRole('row', { name: /Client record erased on request/ });
  await expect(erased).toHaveCount(1);
  await expect(erased).toContainText('Erasure request received by letter');
  await expect(erased).toContainText('E-1');
  await expect(erased).not.toContainText('Erin');
});

test('a specialist sees neither the Retention page nor the subject access and erasure menu', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const id = await seedClient(page, { client_id: 'P-1', given_name: 'Pat', family_name: 'Lee', referral_date: isoYearsAgo(1) });
  await invoke(page, 'users.add', { name: 'Ben Okafor', role: 'specialist', passphrase: 'quilted sparrow harbour 58' });
  await lock(page);
  await page.getByLabel('Who are you?').selectOption('Ben Okafor');
  await unlock(page, 'quilted sparrow harbour 58');
  await openRecord(page, id, 'Pat Lee');
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Subject access and erasure' })).toHaveCount(0);
  await openNav(page, 'Settings');
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await expect(nav.getByRole('link', { name: 'Security' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Retention' })).toHaveCount(0);
});

test('a viewer reads the caseload, a record and the employer log, and is offered nothing that changes them', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const id = await seedClient(page, { client_id: 'V-1', given_name: 'Val', family_name: 'Reed', referral_date: isoYearsAgo(1) });
  await invoke(page, 'users.add', { name: 'Vic Reader', role: 'viewer', passphrase: 'copper kettle meadow 41' });
  await lock(page);
  await page.getByLabel('Who are you?').selectOption('Vic Reader');
  await unlock(page, 'copper kettle meadow 41');

  await openNav(page, 'Caseload');
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add client' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import a workbook' })).toHaveCount(0);

  await openRecord(page, id, 'Val Reed');
  await expect(page.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Discharge' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { name: 'Jobs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add job' })).toHaveCount(0);

  await openNav(page, 'Employers and contacts');
  await expect(page.getByRole('button', { name: 'Add employer contact' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'viewer employer log');
});
