import { expect, type Page } from '@playwright/test';
import { format, subYears } from 'date-fns';
import { invoke } from './records-flows';

/** Steps the retention, subject access and erasure specs share. */

/** A date `years` whole years (and a month, to stay clear of the cut-off) before today, as stored. */
export function isoYearsAgo(years: number): string {
  const date = subYears(new Date(), years);
  date.setMonth(date.getMonth() - 1);
  return format(date, 'yyyy-MM-dd');
}

export interface SeedClient {
  client_id: string;
  given_name?: string;
  family_name?: string;
  nhs_number?: string;
  date_of_birth?: string;
  referral_date: string;
  /** Discharged on this date (moved away) when given. */
  discharged?: string;
}

/** Adds a client through the bridge (the screens under test are elsewhere) and returns its record id. */
export async function seedClient(page: Page, client: SeedClient): Promise<string> {
  const { discharged, ...fields } = client;
  const { id } = await invoke<{ id: string }>(page, 'clients.create', { client: fields, acknowledgeDuplicates: true });
  if (discharged) await invoke(page, 'clients.discharge', { id, discharge_date: discharged, discharge_reason: 'moved_away' });
  return id;
}

export async function openRecord(page: Page, id: string, heading: string): Promise<void> {
  await page.evaluate((recordId) => {
    window.location.hash = `#/clients/${recordId}`;
  }, id);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Opens "Subject access and erasure" on the record on show and chooses one of its items. */
export async function chooseRightsAction(page: Page, item: 'Export everything held about this person' | 'Erase this client…'): Promise<void> {
  await page.getByRole('button', { name: 'Subject access and erasure' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}
