import type { Page } from '@playwright/test';
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

/** The assessment screens, starting from the demo data. */
async function withDemoData(page: Page): Promise<AssessmentsPage> {
  const assessments = new AssessmentsPage(page);
  await assessments.open('/');
  await assessments.app.loadDemoData();
  return assessments;
}

// One screen per test: each stays short on a slow machine, and a failure names its screen.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`assessment screens in the ${colorScheme} theme, with the demo data`, () => {
    test.use({ colorScheme });

    test('the list with the level history', async ({ page }) => {
      const assessments = await withDemoData(page);
      await assessments.open('/assessments');
      await expect(page.getByRole('heading', { name: 'Level history per category' })).toBeVisible();
      await check(page, `assessments-list-${colorScheme}`);
    });

    test('a result', async ({ page }) => {
      const assessments = await withDemoData(page);
      await assessments.open('/assessments');
      await page
        .getByRole('table', { name: /Assessments of/ })
        .getByRole('link')
        .first()
        .click();
      await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
      await check(page, `assessment-result-${colorScheme}`);
    });

    test('answering, with a reason missing and the evidence open', async ({ page }) => {
      const assessments = await withDemoData(page);
      await assessments.open('/assessments');
      await page
        .getByRole('table', { name: /Assessments of/ })
        .getByRole('link')
        .first()
        .click();
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
    });

    test('targets, with a gap’s action item form open', async ({ page }) => {
      const assessments = await withDemoData(page);
      await assessments.open('/assessments/targets');
      await page.locator('.gap-list > li').first().getByRole('button').click();
      await check(page, `assessment-targets-${colorScheme}`);
    });

    test('the comparison of two assessments', async ({ page }) => {
      const assessments = await withDemoData(page);
      await assessments.open('/assessments/compare');
      await check(page, `assessment-compare-${colorScheme}`);
    });

    test('starting an assessment, with its errors', async ({ page }) => {
      const assessments = await withDemoData(page);
      await assessments.open('/assessments/new');
      await page.getByRole('button', { name: 'Start assessment' }).click();
      await check(page, `assessment-start-errors-${colorScheme}`);
    });

    test('reconciling two raters', async ({ page }) => {
      const assessments = await withDemoData(page);
      await assessments.open('/assessments/new');
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
