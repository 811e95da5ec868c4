import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { AssessmentsPage } from './pages/assessments-page';

const SCREENSHOT_DIR = 'e2e/screenshots';

/** Axe, then a screenshot: the whole page, or only the first screenful of very long ones. */
async function check(page: Page, name: string, fullPage = true): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`assessment screens in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every assessment screen, with the demo data', async ({ page }) => {
      const assessments = new AssessmentsPage(page);
      await assessments.open('/');
      await assessments.app.loadDemoData();

      await assessments.open('/assessments');
      await expect(page.getByRole('heading', { name: 'Level history per category' })).toBeVisible();
      await check(page, `assessments-list-${colorScheme}`);

      await page
        .getByRole('table', { name: /Assessments of/ })
        .getByRole('link')
        .first()
        .click();
      await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
      await check(page, `assessment-result-${colorScheme}`);

      await page.getByRole('button', { name: 'Clone to start the next assessment' }).click();
      await page.getByRole('link', { name: 'Continue answering' }).click();
      // Not applicable without a reason yet: the screen asks for one.
      await assessments
        .criterion(/someone writes down the steps/)
        .getByRole('radio', { name: 'Not applicable' })
        .check();
      await expect(page.getByText('Not saved yet: say why it does not apply.')).toBeVisible();
      await page.getByText('Evidence', { exact: true }).first().click();
      await check(page, `assessment-take-${colorScheme}`);

      await assessments.open('/assessments/targets');
      await page.locator('.gap-list > li').first().getByRole('button').click();
      await check(page, `assessment-targets-${colorScheme}`);

      await assessments.open('/assessments/compare');
      await check(page, `assessment-compare-${colorScheme}`);

      await assessments.open('/assessments/new');
      await page.getByRole('button', { name: 'Start assessment' }).click();
      await check(page, `assessment-start-errors-${colorScheme}`);
      const form = page.getByRole('form', { name: 'Start an assessment' });
      await form.getByLabel('Facilitator').fill('Facilitator');
      for (const box of (await form.getByRole('checkbox').all()).slice(0, 2)) await box.check();
      await form.getByRole('checkbox', { name: 'Participants rate independently' }).check();
      await form.getByRole('button', { name: 'Start assessment' }).click();
      await expect(page.getByRole('link', { name: 'Reconcile answers' })).toBeVisible();
      const raterLinks = page.getByRole('link', { name: /^Answer as / });
      await raterLinks.first().click();
      await assessments.answer(/someone writes down the steps/, 'Yes');
      await page.getByRole('link', { name: 'Results' }).click();
      await page
        .getByRole('link', { name: /^Answer as / })
        .nth(1)
        .click();
      await assessments.answer(/someone writes down the steps/, 'Partly');
      await page.getByRole('link', { name: 'Results' }).click();
      await page.getByRole('link', { name: 'Reconcile answers' }).click();
      await check(page, `assessment-reconcile-${colorScheme}`, false);
    });
  });
}
