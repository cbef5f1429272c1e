import { expect, type Page } from '@playwright/test';
import { invoke } from './records-flows';

/** Steps for the client record specs, shared so each spec reads as what a specialist does. */

export interface NewClient {
  clientId: string;
  nhsNumber?: string;
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string;
  referralDate: string;
  specialist?: string;
}

export async function openNewClientForm(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/clients/new';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Add a client' })).toBeVisible();
}

export async function fillClientForm(page: Page, client: NewClient): Promise<void> {
  await page.getByLabel('Client ID').fill(client.clientId);
  if (client.nhsNumber) await page.getByLabel('NHS number').fill(client.nhsNumber);
  if (client.givenName) await page.getByLabel('Given name').fill(client.givenName);
  if (client.familyName) await page.getByLabel('Family name').fill(client.familyName);
  if (client.dateOfBirth) await page.getByLabel('Date of birth').fill(client.dateOfBirth);
  await page.getByLabel('Referral date').fill(client.referralDate);
  // Chosen from Settings › Staff, never typed (addClient puts them on the staff list first).
  if (client.specialist) await page.getByLabel('Employment specialist').selectOption({ label: client.specialist });
}

/**
 * Puts `name` on the staff list (full time, in post) if they are not on it, through the bridge, then reloads
 * so every screen reads the list afresh. For specs about something else that need a specialist to choose.
 */
export async function ensureStaff(page: Page, name: string): Promise<void> {
  const staff = await invoke<{ rows: { name: string }[] }>(page, 'staff.list', {});
  if (staff.rows.some((row) => row.name === name)) return;
  await invoke(page, 'staff.save', { staff: { name, fte: 1, start_date: '2020-01-01' } });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Fills the form, saves, and waits for the new record page. */
export async function addClient(page: Page, client: NewClient): Promise<void> {
  if (client.specialist) await ensureStaff(page, client.specialist);
  await openNewClientForm(page);
  await fillClientForm(page, client);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expectRecordOf(page, client);
}

export async function expectRecordOf(page: Page, client: NewClient): Promise<void> {
  const name = [client.givenName, client.familyName].filter(Boolean).join(' ') || `Client ${client.clientId}`;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(`Client ID ${client.clientId}`)).toBeVisible();
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-selected', 'true');
}

export interface NewJob {
  title: string;
  employer: string;
  start: string;
  end?: string;
  hours: string;
  contract?: string;
}

export async function fillJobDialog(page: Page, job: NewJob): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /job/ });
  await dialog.getByLabel('Job title').fill(job.title);
  await dialog.getByLabel('Employer').fill(job.employer);
  await dialog.getByLabel('Start date').fill(job.start);
  if (job.end) await dialog.getByLabel('End date').fill(job.end);
  await dialog.getByLabel('Hours per week').fill(job.hours);
  await dialog.getByLabel('Contract type').selectOption(job.contract ?? 'permanent');
}

export async function addContact(page: Page, date: string, kind: string, employer?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add contact' });
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByLabel('Kind of contact').selectOption(kind);
  if (employer) await dialog.getByLabel('Employer', { exact: true }).fill(employer);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialogsClosed(page);
}

/** Waits until the open dialog has finished fading in (half-faded text would fail contrast checks). */
export async function dialogOpened(page: Page): Promise<void> {
  await expect(page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1');
}

/** Waits until every dialog has finished closing (its fading backdrop would upset contrast checks). */
export async function dialogsClosed(page: Page): Promise<void> {
  await expect(page.locator('.MuiDialog-root')).toHaveCount(0);
}
