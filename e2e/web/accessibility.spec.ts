import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { AppPage, SCREENS } from './pages/app-page';
import { expectNoSeriousA11yViolations } from '../support/axe';

const SCREENSHOT_DIR = 'e2e/screenshots';

async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('first-run screen', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `first-run-${colorScheme}`);
    });

    test('a screen other than Home before any team exists', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.goTo('Drills');
      await expectNoSeriousA11yViolations(page);
      await snap(page, `no-team-drills-${colorScheme}`);
    });

    // One screen per test: each stays short on a slow machine, and a failure names its screen.
    for (const screen of SCREENS) {
      test(`${screen} with the demo data`, async ({ page }) => {
        const app = new AppPage(page);
        await app.open();
        await app.loadDemoData();
        await app.goTo(screen);
        await expect(app.heading()).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await snap(page, `${screen.toLowerCase()}-${colorScheme}`);
      });
    }

    test('validation messages and the delete dialog', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.loadDemoData();
      await app.goTo('Teams');
      await page.getByRole('form', { name: 'Add a service' }).getByRole('button').click();
      await page.getByRole('form', { name: 'Add a person' }).getByRole('button').click();
      await expectNoSeriousA11yViolations(page);
      await snap(page, `teams-errors-${colorScheme}`);
      await page.getByRole('button', { name: 'Delete team…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/delete-dialog-${colorScheme}.png` });
    });
  });
}
