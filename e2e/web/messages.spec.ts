// Messages take their own room in the page: a confirmation or a failure never lies over a control
// of the run screen, and a failure stays until it is dismissed.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { AppPage } from './pages/app-page';
import { DrillPlanPage, DrillRunPage } from './pages/drill-run-page';

/** Every message box that overlaps a visible control outside it, named, as "message × control". */
const overlaps = (page: Page) =>
  page.evaluate(() => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const messages = [...document.querySelectorAll('.toast')].filter(visible);
    const controls = [
      ...document.querySelectorAll('button, a[href], input, select, textarea, [tabindex="0"]'),
    ].filter((el) => visible(el) && el.closest('.toast') === null);
    const found: string[] = [];
    for (const message of messages) {
      const a = message.getBoundingClientRect();
      for (const control of controls) {
        const b = control.getBoundingClientRect();
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        if (!apart)
          found.push(`${message.textContent} × ${control.textContent || control.tagName}`);
      }
    }
    return { messages: messages.length, found };
  });

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
]) {
  test(`at ${viewport.width}×${viewport.height} messages cover no control of the run, and a failure stays until dismissed`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.clock.install();
    const app = new AppPage(page);
    await app.open();
    await app.loadDemoData();
    const plan = new DrillPlanPage(page);
    await plan.open();
    const drillId = await plan.plan('Messages drill');
    const run = new DrillRunPage(page);
    await run.open(drillId);
    await run.start();
    await run.markNext('Detected');

    // A confirmation (the pause) and a failure (a mark refused while paused), side by side.
    await page.keyboard.press('p');
    await page.keyboard.type('Fire alarm');
    await page.keyboard.press('Enter');
    await app.expectToast('Drill paused.');
    await page.keyboard.press('n');
    const failure = page
      .getByRole('alert')
      .filter({ hasText: 'The drill is paused. Resume it before recording a mark.' });
    await expect(failure).toBeVisible();
    for (const scrolled of [false, true]) {
      if (scrolled) await page.mouse.wheel(0, 400);
      const { messages, found } = await overlaps(page);
      expect(messages).toBe(2);
      expect(found).toEqual([]);
    }

    // Time passes: the confirmation fades, the failure does not.
    await page.clock.runFor(6000);
    await expect(page.getByRole('status').filter({ hasText: 'Drill paused.' })).toHaveCount(0);
    await expect(failure).toBeVisible();

    // Dismissed by keyboard.
    const dismiss = failure.getByRole('button', { name: /^Dismiss/ });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await expect(failure).toHaveCount(0);
  });
}
