import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENS_DIR, test } from '../fixtures';
import { setUpAndContinue } from '../flows';
import { expectNoSeriousViolations, invoke, loadDemoData } from '../records-flows';

/**
 * WCAG 1.4.10 reflow: at 320 CSS pixels wide (a 1280-pixel window at 400 % zoom) and at 683 (1366 at
 * 200 %), no screen scrolls sideways. Tables and the caseload grid may scroll inside themselves; the page
 * may not.
 */

const SCREENS: { hash: string; heading: string; ready?: string }[] = [
  { hash: '#/home', heading: 'Home', ready: 'home-kpis' },
  { hash: '#/caseload', heading: 'Caseload' },
  { hash: '#/employers', heading: 'Employers and contacts', ready: 'employers-count' },
  { hash: '#/employers/log', heading: 'Employers and contacts', ready: 'employer-contact-count' },
  { hash: '#/reports', heading: 'Reports', ready: 'value-job_starts' },
  { hash: '#/data-quality', heading: 'Data quality' },
  { hash: '#/settings', heading: 'Settings' },
];

async function sidewaysOverflow(page: Page): Promise<{ scroll: number; client: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    // The elements sticking out of the page (not those inside something that scrolls or clips), to say
    // what to fix.
    const clipped = (el: HTMLElement) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0 && !clipped(el))
      // The outermost of them: their insides stick out with them.
      .filter((el, _i, all) => !all.some((other) => other !== el && other.contains(el)))
      .slice(0, 6)
      .map((el) => {
        const named = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent : null);
        return `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}${named ? ` "${named}"` : ''} (${Math.round(el.getBoundingClientRect().right)}px)`;
      });
    return { scroll: root.scrollWidth, client: width, culprits };
  });
}

for (const width of [320, 683]) {
  test(`no screen scrolls sideways at ${width} CSS pixels`, async ({ app }) => {
    const { page } = app;
    await setUpAndContinue(page);
    await loadDemoData(page);
    const clients = await invoke<{ rows: { id: string }[] }>(page, 'clients.list', {});
    const record = clients.rows[0]!.id;
    await page.setViewportSize({ width, height: 800 });
    const screens = [
      ...SCREENS,
      ...['details', 'jobs', 'contacts', 'activities', 'wellbeing', 'timeline', 'why-counted'].map((tab) => ({ hash: `#/clients/${record}/${tab}`, heading: '', ready: undefined })),
    ];
    const failures: unknown[] = [];
    for (const screen of screens) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, screen.hash);
      if (screen.heading) await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      else await expect(page.getByRole('tablist', { name: 'Client record sections' })).toBeVisible();
      if (screen.ready) await expect(page.getByTestId(screen.ready)).toBeVisible();
      const overflow = await sidewaysOverflow(page);
      if (width === 320) await page.screenshot({ path: join(SCREENS_DIR, `${app.target}-320-${screen.hash.replace(/[#/]+/g, '-').replace(/^-|-[0-9a-f-]{36}/g, '')}.png`), fullPage: true });
      if (overflow.scroll > overflow.client) failures.push({ screen: screen.hash.replace(/[0-9a-f-]{36}/, '<id>'), ...overflow });
    }
    expect(failures, `screens scrolling sideways at ${width}px`).toEqual([]);
    if (width === 320) await expectNoSeriousViolations(page, `client record at ${width}px`);
  });
}
