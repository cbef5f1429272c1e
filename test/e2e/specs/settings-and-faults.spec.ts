import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { openSettings } from '../settings-flows';
import { lock, NEW_PASSPHRASE, PASSPHRASE, SERVICE, setUpAndContinue, submitPassphrase, unlock } from '../flows';
import { addClient, openTab } from '../client-flows';
import { expectNoSeriousViolations, openNav } from '../records-flows';

/** Issue 11 point 8: Settings (service details, your own passphrase) and the small faults. */

async function shot(page: Page, target: string, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `${target}-1366-${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

test('the manager edits the service name and manager name, and changes their own passphrase', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpAndContinue(page);
  await openNav(page, 'Settings');
  const service = page.getByRole('region', { name: 'Service' });
  await expect(service.getByLabel('Service name')).toHaveValue(SERVICE);
  await service.getByLabel('Service name').fill('');
  await service.getByRole('button', { name: 'Save service details' }).click();
  await expect(service.getByLabel('Service name')).toHaveAccessibleDescription('Enter the service name');
  await expect(service.getByLabel('Service name')).toBeFocused();
  await service.getByLabel('Service name').fill('Northshire IPS and Employment');
  await service.getByLabel("Manager's name").fill('Sam Patel-Jones');
  await service.getByRole('button', { name: 'Save service details' }).click();
  await expect(service.getByRole('status')).toHaveText('Saved the service details.');
  // Every screen's heading shows the new name at once.
  await expect(page.getByRole('banner')).toContainText('Northshire IPS and Employment');

  await openSettings(page, 'Security');
  const passphrase = page.getByRole('region', { name: 'Change your passphrase' });
  await passphrase.getByLabel('Current passphrase').fill('not my passphrase');
  await passphrase.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await passphrase.getByLabel('Confirm new passphrase').fill(`${NEW_PASSPHRASE}x`);
  await passphrase.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(passphrase.getByLabel('Confirm new passphrase')).toHaveAccessibleDescription('The passphrases do not match');
  await passphrase.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
  await passphrase.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(passphrase.getByLabel('Current passphrase')).toHaveAccessibleDescription(/not the current passphrase/);
  await expect(passphrase.getByLabel('Current passphrase')).toBeFocused();
  await shot(page, app.target, 'settings-errors');
  await expectNoSeriousViolations(page, 'settings with errors');
  await passphrase.getByLabel('Current passphrase').fill(PASSPHRASE);
  await passphrase.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(passphrase.getByRole('status')).toContainText('Your passphrase is changed');
  await expect(passphrase.getByLabel('Current passphrase')).toHaveValue('');
  await shot(page, app.target, 'settings');

  await lock(page);
  await submitPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  await unlock(page, NEW_PASSPHRASE);
  await expect(page.getByRole('banner')).toContainText('Northshire IPS and Employment');
});

test('buttons that are links keep their colours after a visit; an empty activities list reads properly', async ({ app }) => {
  const { page } = app;
  await setUpAndContinue(page);
  const add = page.getByRole('link', { name: 'Add a client' });
  const before = await add.evaluate((el) => getComputedStyle(el).color);
  await addClient(page, { clientId: 'NS-0007', givenName: 'Vi', familyName: 'Sited', referralDate: '03/04/2025' });
  await openTab(page, 'Activities');
  await expect(page.getByText('No activities recorded yet.')).toBeVisible();
  await openNav(page, 'Caseload');
  // Browsers hide visited colours from scripts, so the check is on the style rules: no :visited rule that
  // sets a colour applies to the Add client button (a link to a page now visited), while one applies to a
  // text link such as a client's name.
  const visitedColourRules = (selector: string) =>
    page.locator(selector).first().evaluate((element) => {
      const rules: string[] = [];
      const walk = (list: CSSRuleList) => {
        for (const rule of Array.from(list)) {
          if (rule instanceof CSSStyleRule && rule.selectorText.includes(':visited') && rule.style.color) {
            if (element.matches(rule.selectorText.replace(/:visited/g, ':link'))) rules.push(rule.selectorText);
          } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
      return rules;
    });
  await expect(page.getByRole('link', { name: 'Add client' })).toHaveCSS('color', before);
  expect(await visitedColourRules('a[href="#/clients/new"]')).toEqual([]);
  expect(await visitedColourRules('[role="grid"] a[href^="#/clients/"]')).not.toEqual([]);
});
